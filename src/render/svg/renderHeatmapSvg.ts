import type { SectorView } from "../../sector/types.js";
import { type CheckedOptions, checkRenderArgs } from "../checkArgs.js";
import type { RenderOptions } from "../options.js";
import { chartPrefix, headingMarkup, MARGIN, svgDocument } from "./document.js";
import { heatmapDesc } from "./heatmapDesc.js";
import { type Column, heatmapGrid } from "./heatmapGrid.js";
import { heatmapLegend } from "./heatmapLegend.js";
import { groupLabel, heatmapRows, pickGroup, suppressionNote } from "./heatmapRows.js";
import { levelLabel } from "./modelText.js";
import { hatchPattern } from "./shade.js";
import { chartWords } from "./words.js";

/** The narrowest a heatmap is drawn, so heading and legend have room. */
const MIN_WIDTH = 560;

/** Options for {@link renderHeatmapSvg}. */
export interface HeatmapOptions extends RenderOptions {
  /** The group to show (`"all"` or an institution type); default the first group not suppressed. */
  readonly group?: string;
}

/**
 * Renders a sector heatmap as a standalone SVG: one row per domain, one column per maturity level
 * (0..max, with the model's level labels), each cell the number of institutions of the group at
 * that level, shaded grey by its share of the domain's institutions (darker is more; the count's
 * colour switches for contrast). A suppressed group, or a suppressed row, is drawn as a hatched
 * band with the note "suppressed (n < minGroupSize)" and no numbers, and the legend explains the
 * hatch. The heading names the group and its n; the `<desc>` gives every count in words.
 *
 * Pure and deterministic; nothing is loaded from outside the document.
 *
 * @param view - A sector view from `aggregateSector`.
 * @param options - Language, the view's model, and optionally the group to show.
 * @returns The SVG document.
 * @throws {KsmError} `model_mismatch` when `options.model` is not the view's model version.
 * @throws {KsmError} `invalid_argument` when `options.group` names no group of the view, and as
 *   for `renderMarkdown` for inputs and options that are not as documented.
 * @example
 * ```ts
 * const view = aggregateSector(results2025, { groupBy: "institutionType" });
 * renderHeatmapSvg(view, { lang: "en", model: kennisveiligheid2025, group: "universiteit" });
 * //=> '<svg xmlns="http://www.w3.org/2000/svg" …>…</svg>'
 * ```
 */
export function renderHeatmapSvg(view: SectorView, options: HeatmapOptions): string {
  const checked = checkRenderArgs(view, options, ["sectorView"]);
  return heatmapOf(checked.input, checked.options);
}

// Only the checked copy is read: what was checked is what is rendered.
function heatmapOf(view: SectorView, options: CheckedOptions): string {
  // checkRenderArgs checked that the view is of options.model (or of no results at all).
  const { lang, model } = options;
  const words = chartWords(lang);
  const group = pickGroup(view, options.group);
  const rows = heatmapRows(view, group, model, lang);
  const columns: Column[] = Array.from({ length: view.maxLevel + 1 }, (_, level) => ({
    level,
    label: levelLabel(model, level, lang),
  }));
  const groupNote = suppressionNote(group.suppressed, view.minGroupSize, lang);
  const heading = {
    title: `${words.heatmapTitle}: ${groupLabel(group.key, model, lang)} (${groupNote === null ? `n = ${group.n}` : words.suppressedGroup})`,
    subtitle: `${model.title[lang]}, ${words.version} ${model.version} · ${words.minGroupSize(view.minGroupSize)}`,
  };

  const title = heading.title;
  const desc = heatmapDesc(`${heading.title}; ${heading.subtitle}`, rows, view.maxLevel, lang);
  const prefix = chartPrefix("heatmap", title, desc);
  const hatch = `${prefix}-hatch`;
  const width = Math.max(heatmapGrid(rows, columns, hatch, 0, 0).box.width, MIN_WIDTH);
  const head = headingMarkup(heading, MARGIN, MARGIN, width);
  const grid = heatmapGrid(rows, columns, hatch, MARGIN, MARGIN + head.height + 8);
  const note = rows.find((r) => r.suppressed !== null)?.suppressed ?? null;
  const legendTop = grid.box.y + grid.box.height + 16;
  const legend = heatmapLegend(hatch, note, MARGIN, legendTop, width, lang);
  return svgDocument({
    kind: "heatmap",
    prefix,
    title,
    desc,
    viewBox: {
      x: 0,
      y: 0,
      width: width + 2 * MARGIN,
      height: legend.box.y + legend.box.height + MARGIN,
    },
    defs: note === null ? [] : [hatchPattern(hatch)],
    body: [head.markup, grid.markup, legend.markup],
  });
}
