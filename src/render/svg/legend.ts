import type { Box } from "./labels.js";
import { marker } from "./marks.js";
import type { SeriesStyle } from "./radarSeries.js";
import { estimateTextWidth } from "./textWidth.js";
import { el, escapeXml } from "./xml.js";

const FONT = 12;
const SAMPLE = 32;
const ROW = 20;
const SPACING = 20;

/** One legend entry: a line sample with its marker, and a label. */
export interface LegendItem {
  readonly key: string;
  readonly label: string;
  readonly style: SeriesStyle;
}

/**
 * Lays out a legend in centred rows that fit `width`, starting at `top`.
 *
 * @param items - The entries, in order.
 * @param left - The left edge of the area.
 * @param top - The top of the legend.
 * @param width - The width of the area.
 * @returns The markup and the legend's box.
 * @example
 * ```ts
 * legendMarkup([{ key: "target", label: "Target", style: SERIES_STYLE.target }], 0, 0, 400).box.height; //=> 20
 * ```
 */
export function legendMarkup(
  items: readonly LegendItem[],
  left: number,
  top: number,
  width: number,
): { markup: string; box: Box } {
  const sized = items.map((item) => ({
    item,
    width: SAMPLE + 8 + estimateTextWidth(item.label, FONT),
  }));
  const rows: (typeof sized)[] = [];
  for (const entry of sized) {
    const row = rows[rows.length - 1];
    const used = row ? row.reduce((sum, e) => sum + e.width + SPACING, 0) : 0;
    if (row && used + entry.width <= width) row.push(entry);
    else rows.push([entry]);
  }
  const parts: string[] = [];
  rows.forEach((row, r) => {
    const rowWidth = row.reduce((sum, e) => sum + e.width, 0) + SPACING * (row.length - 1);
    let x = left + Math.max(0, (width - rowWidth) / 2);
    const y = top + r * ROW + ROW / 2;
    for (const { item, width: w } of row) {
      const { style } = item;
      parts.push(
        el(
          "g",
          { class: `legend-item legend-${item.key}` },
          el("line", {
            x1: x,
            y1: y,
            x2: x + SAMPLE,
            y2: y,
            stroke: style.stroke,
            "stroke-width": style.strokeWidth,
            "stroke-dasharray": style.dash,
            "stroke-linecap": style.dash ? "round" : undefined,
          }),
          marker(style, [x + SAMPLE / 2, y]),
          el(
            "text",
            { x: x + SAMPLE + 8, y: y + FONT * 0.35, "font-size": FONT },
            escapeXml(item.label),
          ),
        ),
      );
      x += w + SPACING;
    }
  });
  return {
    markup: el("g", { class: "legend" }, ...parts),
    box: { x: left, y: top, width, height: rows.length * ROW },
  };
}
