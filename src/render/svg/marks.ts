import type { Point } from "./radarLayout.js";
import type { Marker, SeriesStyle } from "./radarSeries.js";
import { el, points } from "./xml.js";

/** Marker size: circle radius, half a square's side, half a diamond's diagonal (px). */
const SIZE: Readonly<Record<Marker, number>> = { circle: 3.5, square: 3.25, diamond: 4.5 };

/**
 * A marker of a series at a point.
 *
 * @param style - The series style (shape and colours).
 * @param at - The centre of the marker.
 * @returns The marker's markup.
 * @example
 * ```ts
 * marker(SERIES_STYLE.current, [0, -85]); //=> '<circle cx="0" cy="-85" r="3.5" …/>'
 * ```
 */
export function marker(style: SeriesStyle, [x, y]: Point): string {
  const s = SIZE[style.marker];
  const paint = {
    class: "marker",
    fill: style.markerFill,
    stroke: style.stroke,
    "stroke-width": 1.5,
  };
  if (style.marker === "circle") return el("circle", { cx: x, cy: y, r: s, ...paint });
  if (style.marker === "square") {
    return el("rect", { x: x - s, y: y - s, width: 2 * s, height: 2 * s, ...paint });
  }
  const diamond: Point[] = [
    [x, y - s],
    [x + s, y],
    [x, y + s],
    [x - s, y],
  ];
  return el("polygon", { points: points(diamond), ...paint });
}

/**
 * Runs of consecutive defined values around a closed ring of axes: `null` for a full ring (every
 * value defined), otherwise the index runs to draw as open lines, a gap at every `null`.
 *
 * @param defined - Whether each axis has a value.
 * @returns `null` when all are defined, else the runs (single points included).
 * @example
 * ```ts
 * runs([true, false, true, true]); //=> [[2, 3, 0]]
 * ```
 */
export function runs(defined: readonly boolean[]): number[][] | null {
  const n = defined.length;
  const firstGap = defined.indexOf(false);
  if (firstGap < 0) return null;
  const out: number[][] = [];
  let run: number[] = [];
  // Start after the first gap and end on it, so the gap closes the last run too.
  for (let k = 1; k <= n; k++) {
    const i = (firstGap + k) % n;
    if (defined[i]) run.push(i);
    else if (run.length > 0) {
      out.push(run);
      run = [];
    }
  }
  return out;
}

/**
 * The outline of a series: a closed polygon when every axis has a value, else open polylines
 * with a gap at each missing value; then a marker at every value.
 *
 * @param key - The series key, used as class.
 * @param style - How to draw it.
 * @param pts - One point per axis, `null` for no value.
 * @returns The series group's markup.
 * @example
 * ```ts
 * seriesMarkup("target", SERIES_STYLE.target, [[0, -10], [9, 5], [-9, 5]]); //=> '<g class="series series-target">…'
 * ```
 */
export function seriesMarkup(
  key: string,
  style: SeriesStyle,
  pts: readonly (Point | null)[],
): string {
  const line = {
    stroke: style.stroke,
    "stroke-width": style.strokeWidth,
    "stroke-dasharray": style.dash,
    "stroke-linecap": style.dash ? "round" : undefined,
    "stroke-linejoin": "round",
  };
  const defined = pts.filter((p): p is Point => p !== null);
  const parts = runs(pts.map((p) => p !== null));
  const outline =
    parts === null
      ? [
          el("polygon", {
            class: "outline",
            points: points(defined),
            fill: style.fill ?? "none",
            "fill-opacity": style.fill ? 0.12 : undefined,
            ...line,
          }),
        ]
      : parts
          .filter((run) => run.length > 1)
          .map((run) =>
            el("polyline", {
              class: "outline",
              points: points(run.map((i) => pts[i]).filter((p): p is Point => !!p)),
              fill: "none",
              ...line,
            }),
          );
  return el(
    "g",
    { class: `series series-${key}` },
    ...outline,
    ...defined.map((p) => marker(style, p)),
  );
}
