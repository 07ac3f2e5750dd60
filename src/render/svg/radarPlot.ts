import type { Lang } from "../../issues/messages.js";
import { formatNumber } from "../format.js";
import { seriesMarkup } from "./marks.js";
import { type Point, polar, type RadarLayout } from "./radarLayout.js";
import { SERIES_STYLE, type Series, type SeriesKey } from "./radarSeries.js";
import { el, escapeXml, points } from "./xml.js";

/** Series drawn back to front: the current measurement on top. */
const DRAW_ORDER: readonly SeriesKey[] = ["target", "baseline", "current"];

/**
 * The plot of a radar, centred on the origin: rings at levels 1..max, spokes, the series, the
 * scale numbers and the axis labels.
 *
 * @param layout - The radar layout.
 * @param domains - The domain ids, in axis order (for `data-domain`).
 * @param series - The series.
 * @param max - The highest level.
 * @param lang - The language of the scale numbers.
 * @returns The plot's groups, back to front.
 * @example
 * ```ts
 * radarPlot(radarLayout(titles), ["GOV", "ORG", "RISK"], series, 5, "en").length; //=> 5
 * ```
 */
export function radarPlot(
  layout: RadarLayout,
  domains: readonly string[],
  series: readonly Series[],
  max: number,
  lang: Lang,
): string[] {
  const { angles, radius } = layout;
  const at = (angle: number, value: number): Point => polar(angle, value, max, radius);
  const levels = Array.from({ length: max }, (_, k) => k + 1);
  const rings = levels.map((level) =>
    el("polygon", {
      points: points(angles.map((angle) => at(angle, level))),
      fill: "none",
      stroke: level === max ? "#8c8c8c" : "#d0d0d0",
      "stroke-width": level === max ? 1.25 : 1,
    }),
  );
  const spokes = angles.map((angle) => {
    const [x2, y2] = at(angle, max);
    return el("line", { x1: 0, y1: 0, x2, y2, stroke: "#d0d0d0", "stroke-width": 1 });
  });
  // Scale numbers sit halfway between the first two spokes, where no marker can cover them.
  const mid = Math.PI / angles.length;
  const scale = levels.map((level) => {
    const [x, y] = polar(mid, level * Math.cos(mid), max, radius);
    return el(
      "text",
      {
        x,
        y: y + 3.5,
        "text-anchor": "middle",
        "font-size": 10,
        fill: "#555",
        stroke: "#ffffff",
        "stroke-width": 3,
        "paint-order": "stroke",
      },
      escapeXml(formatNumber(level, lang, 0)),
    );
  });
  const marks = DRAW_ORDER.flatMap((key) =>
    series
      .filter((s) => s.key === key)
      .map((s) =>
        seriesMarkup(
          key,
          SERIES_STYLE[key],
          // One point per axis; a value that is null (or missing) leaves a gap.
          angles.map((angle, i) => {
            const v = s.values[i] ?? null;
            return v === null ? null : at(angle, v);
          }),
        ),
      ),
  );
  return [
    el("g", { class: "grid" }, ...rings, ...spokes),
    ...marks,
    el("g", { class: "scale" }, ...scale),
    el("g", { class: "axis-labels" }, ...axisLabels(layout, domains)),
  ];
}

function axisLabels(layout: RadarLayout, domains: readonly string[]): string[] {
  return layout.labels.map((label, i) => {
    const line = (text: string, k: number, note: boolean): string =>
      el(
        "tspan",
        {
          class: note ? "note" : undefined,
          x: label.x,
          y: label.baselines[k],
          fill: note ? "#555" : undefined,
          "font-style": note ? "italic" : undefined,
        },
        escapeXml(text),
      );
    return el(
      "text",
      {
        class: "axis-label",
        "data-domain": domains[i],
        "text-anchor": label.anchor,
        "font-size": 12,
      },
      ...label.lines.map((text, k) => line(text, k, false)),
      ...(label.note === null ? [] : [line(label.note, label.lines.length, true)]),
    );
  });
}
