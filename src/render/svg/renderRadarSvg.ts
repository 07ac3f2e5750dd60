import type { Comparison } from "../../compare/types.js";
import type { Result } from "../../scoring/result.js";
import { at, fail, root } from "../check/fields.js";
import { type CheckedArgs, checkRenderArgs } from "../checkArgs.js";
import type { RenderOptions } from "../options.js";
import { chartPrefix, headingMarkup, MARGIN, svgDocument } from "./document.js";
import { legendMarkup } from "./legend.js";
import { domainTitle } from "./modelText.js";
import { radarLayout } from "./radarLayout.js";
import { radarPlot } from "./radarPlot.js";
import { radarSeries, SERIES_STYLE } from "./radarSeries.js";
import { radarDesc, radarHeading } from "./radarText.js";

/** The narrowest a radar is drawn, so heading and legend have room. */
const MIN_WIDTH = 600;

/**
 * Renders a radar chart of maturity per domain as a standalone SVG: one axis per domain
 * (clockwise from the top), rings at every level up to the model's maximum, and the series target
 * and current score, plus the baseline score for a comparison. Series differ by dash pattern and
 * marker shape as well as colour, so the chart survives grey-scale print. Axis labels are the
 * domain titles, wrapped on two lines and placed so that they overlap neither each other nor the
 * plot.
 *
 * A domain without a value (not applicable; in a comparison, no comparable indicators, e.g. a
 * domain new in the current model) gets no point: the series' line has a gap there, the axis label
 * carries a note such as "(new)", and the `<desc>` says so. The `<desc>` lists every domain's
 * values in words.
 *
 * A radar needs at least three axes; for a model with one or two domains use a table (Markdown
 * or CSV) instead. Pure and deterministic: coordinates are rounded to two decimals, nothing is
 * loaded from outside the document.
 *
 * @param input - A result, or a comparison (its domains are those of the current model).
 * @param options - Language and the model the input was scored with (for a comparison the
 *   current model; `baselineModel`, when given, must be the baseline's model).
 * @returns The SVG document.
 * @throws {KsmError} `model_mismatch` when `options.model` (or `options.baselineModel`) is not the
 *   input's model version.
 * @throws {KsmError} `invalid_argument` when the input has fewer than three domains, is of
 *   another kind, or is one (read back from JSON) with a field missing, of the wrong type or out
 *   of range, or an id the model does not have; for options that are not as documented; for a
 *   revoked proxy or a throwing getter anywhere in the arguments. Its `issues` hold one issue
 *   whose path names the value (see `checkRenderArgs`).
 * @example
 * ```ts
 * const svg = renderRadarSvg(result, { lang: "nl", model: kennisveiligheid2025 });
 * svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"'); //=> true
 * ```
 */
export function renderRadarSvg(input: Result | Comparison, options: RenderOptions): string {
  return radarOf(checkRenderArgs(input, options, ["result", "comparison"]));
}

// Only the checked copy is read: what was checked is what is rendered.
function radarOf({ input, options }: CheckedArgs<Result | Comparison>): string {
  const { lang, model } = options;
  const { domains, notes, series } = radarSeries(input, lang);
  if (domains.length < 3) {
    const minimum = { minimum: 3, inclusive: "yes", unit: "items" } as const;
    fail(at("domains", root("input")), "too_small", minimum);
  }
  const max =
    input.kind === "result" ? input.maxLevel : Math.max(...model.levels.map((l) => l.level));
  const titles = domains.map((id) => domainTitle(model, id, lang));
  const layout = radarLayout(
    titles.map((title, i) => {
      const note = notes[i] ?? null;
      return { title, note: note === null ? null : `(${note})` };
    }),
  );

  // The plot is centred on the origin; heading above and legend below share its width.
  const { bounds } = layout;
  const heading = radarHeading(input, model, lang);
  const width = Math.max(bounds.width, MIN_WIDTH);
  const left = bounds.x - (width - bounds.width) / 2;
  const headTop = bounds.y - headingMarkup(heading, left, 0, width).height - 12;
  const head = headingMarkup(heading, left, headTop, width);
  const legend = legendMarkup(
    series.map((s) => ({ key: s.key, label: s.label, style: SERIES_STYLE[s.key] })),
    left,
    bounds.y + bounds.height + 20,
    width,
  );

  const title = `${heading.title} (${heading.subtitle})`;
  const desc = radarDesc(heading, titles, notes, series, max, lang);
  return svgDocument({
    kind: "radar",
    prefix: chartPrefix("radar", title, desc),
    title,
    desc,
    viewBox: {
      x: left - MARGIN,
      y: headTop - MARGIN,
      width: width + 2 * MARGIN,
      height: legend.box.y + legend.box.height - headTop + 2 * MARGIN,
    },
    body: [...radarPlot(layout, domains, series, max, lang), head.markup, legend.markup],
  });
}
