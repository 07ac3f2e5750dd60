import type { Lang } from "../../issues/messages.js";
import { formatPercent } from "../format.js";
import type { Box } from "./labels.js";
import { shade } from "./shade.js";
import { estimateTextWidth } from "./textWidth.js";
import { chartWords } from "./words.js";
import { el, escapeXml } from "./xml.js";

const SHARES = [0, 0.25, 0.5, 0.75, 1] as const;
const SWATCH = 18;
const ROW = 22;

/**
 * The heatmap legend: what the shades mean (share of the domain's institutions), and, when
 * something is suppressed, the hatch with its note. Items flow into rows of at most `width`.
 *
 * @param hatch - The id of the hatch pattern.
 * @param note - The suppression note to explain, or `null` when nothing is suppressed.
 * @param x - Left edge.
 * @param y - Top edge.
 * @param width - The width available.
 * @param lang - The language.
 * @returns The markup and the legend's box.
 * @example
 * ```ts
 * heatmapLegend("ksm-heatmap-1-hatch", null, 16, 500, 800, "en").box.height; //=> 22
 * ```
 */
export function heatmapLegend(
  hatch: string,
  note: string | null,
  x: number,
  y: number,
  width: number,
  lang: Lang,
): { markup: string; box: Box } {
  const words = chartWords(lang);
  const items: { width: number; before?: number; markup: (left: number, mid: number) => string }[] =
    [
      {
        width: estimateTextWidth(`${words.share}:`, 12),
        markup: (left, mid) => el("text", { x: left, y: mid + 4 }, escapeXml(`${words.share}:`)),
      },
      ...SHARES.map((share) => {
        const label = share === 0 ? "0" : formatPercent(share, lang);
        return {
          width: SWATCH + 6 + estimateTextWidth(label, 12),
          markup: (left: number, mid: number) =>
            el(
              "g",
              { class: "legend-shade" },
              swatch(left, mid, shade(share).fill),
              el("text", { x: left + SWATCH + 6, y: mid + 4 }, escapeXml(label)),
            ),
        };
      }),
    ];
  if (note !== null) {
    items.push({
      width: SWATCH + 6 + estimateTextWidth(note, 12),
      // Set apart from the shades: suppression is not a share.
      before: 24,
      markup: (left, mid) =>
        el(
          "g",
          { class: "legend-suppressed" },
          swatch(left, mid, `url(#${hatch})`),
          el("text", { x: left + SWATCH + 6, y: mid + 4 }, escapeXml(note)),
        ),
    });
  }
  const parts: string[] = [];
  let left = x;
  let row = 0;
  for (const item of items) {
    if (left > x) left += item.before ?? 0;
    if (left > x && left + item.width > x + width) {
      left = x;
      row++;
    }
    parts.push(item.markup(left, y + row * ROW + ROW / 2));
    left += item.width + 16;
  }
  return {
    markup: el("g", { class: "legend" }, ...parts),
    box: { x, y, width, height: (row + 1) * ROW },
  };
}

function swatch(x: number, mid: number, fill: string): string {
  return el("rect", {
    x,
    y: mid - SWATCH / 2 + 1,
    width: SWATCH,
    height: SWATCH - 2,
    fill,
    stroke: "#a0a0a0",
  });
}
