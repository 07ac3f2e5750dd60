import { type Anchor, type Box, placeRadialLabels } from "./labels.js";
import { estimateTextWidth, fitLine, wrapText } from "./textWidth.js";

/** Sizes of the radar chart, in px. */
export const RADAR = {
  radius: 170,
  labelFont: 12,
  lineHeight: 15,
  labelMaxWidth: 150,
  /** Clearance between the plot and labels, and between labels. */
  gap: 8,
} as const;

/** A point `[x, y]`, origin at the centre of the plot, y downwards. */
export type Point = readonly [number, number];

/** An axis title with an optional note, e.g. `"(new)"`, shown on a line of its own. */
export interface AxisTitle {
  readonly title: string;
  readonly note: string | null;
}

/** An axis label laid out: its lines, box and where the text goes. */
export interface AxisLabel {
  /** The title, on one or two lines. */
  readonly lines: readonly string[];
  /** The note line, if any, after the title lines. */
  readonly note: string | null;
  readonly box: Box;
  readonly anchor: Anchor;
  /** The `x` of the text for its anchor. */
  readonly x: number;
  /** The baseline of each line, the note's last. */
  readonly baselines: readonly number[];
}

/** Where everything of a radar goes, centred on the origin. */
export interface RadarLayout {
  readonly radius: number;
  /** One angle per axis, radians clockwise from 12 o'clock; the first axis points up. */
  readonly angles: readonly number[];
  readonly labels: readonly AxisLabel[];
  /** The plot and its labels together. */
  readonly bounds: Box;
}

/**
 * Lays out a radar: one spoke per axis, clockwise from the top, and the axis titles around it,
 * wrapped on at most two lines (plus a note line) and placed so that they overlap neither each
 * other nor the plot (by the estimated text width).
 *
 * @param titles - The axis titles with their notes, in order (at least one).
 * @returns The layout.
 * @example
 * ```ts
 * radarLayout([{ title: "Governance", note: null }, { title: "Risk", note: null }, { title: "HR", note: "(new)" }]).angles.length; //=> 3
 * ```
 */
export function radarLayout(titles: readonly AxisTitle[]): RadarLayout {
  const { radius, labelFont, lineHeight, labelMaxWidth, gap } = RADAR;
  const font = { fontSize: labelFont, maxWidth: labelMaxWidth };
  const axes = titles.map(({ title, note }, i) => {
    const lines = wrapText(title, { ...font, maxLines: 2 });
    const noteLine = note === null ? null : fitLine(note, font);
    const all = noteLine === null ? lines : [...lines, noteLine];
    return {
      lines,
      note: noteLine,
      angle: (2 * Math.PI * i) / titles.length,
      width: Math.max(...all.map((l) => estimateTextWidth(l, labelFont))),
      height: all.length * lineHeight,
    };
  });
  const labels = placeRadialLabels(axes, radius, gap).map(
    ({ lines, note, box, anchor }): AxisLabel => {
      const x =
        anchor === "start" ? box.x : anchor === "end" ? box.x + box.width : box.x + box.width / 2;
      // The baseline sits 0.8 of a line below the line's top, leaving room for descenders.
      const count = lines.length + (note === null ? 0 : 1);
      const baselines = Array.from({ length: count }, (_, k) => box.y + (k + 0.8) * lineHeight);
      return { lines, note, box, anchor, x, baselines };
    },
  );
  return {
    radius,
    angles: axes.map((a) => a.angle),
    labels,
    bounds: union([circleBox(radius), ...labels.map((l) => l.box)]),
  };
}

/**
 * The point at `value` on the axis at `angle`, for a scale 0..`max` over `radius`.
 *
 * @param angle - The axis angle, radians clockwise from 12 o'clock.
 * @param value - The value, clamped to 0..max.
 * @param max - The value at the outer ring.
 * @param radius - The outer ring's radius.
 * @returns The point.
 * @example
 * ```ts
 * polar(0, 2.5, 5, 170); //=> [0, -85]
 * ```
 */
export function polar(angle: number, value: number, max: number, radius: number): Point {
  const r = (Math.min(max, Math.max(0, value)) / max) * radius;
  return [r * Math.sin(angle), -r * Math.cos(angle)];
}

function circleBox(radius: number): Box {
  return { x: -radius, y: -radius, width: 2 * radius, height: 2 * radius };
}

/**
 * The smallest box around boxes.
 *
 * @param boxes - At least one box.
 * @returns Their bounding box.
 * @example
 * ```ts
 * union([{ x: 0, y: 0, width: 1, height: 1 }, { x: 2, y: 2, width: 1, height: 1 }]);
 * //=> { x: 0, y: 0, width: 3, height: 3 }
 * ```
 */
export function union(boxes: readonly Box[]): Box {
  const x = Math.min(...boxes.map((b) => b.x));
  const y = Math.min(...boxes.map((b) => b.y));
  const right = Math.max(...boxes.map((b) => b.x + b.width));
  const bottom = Math.max(...boxes.map((b) => b.y + b.height));
  return { x, y, width: right - x, height: bottom - y };
}
