import type { HeatmapCell, HeatmapRow } from "./heatmapRows.js";
import type { Box } from "./labels.js";
import { shade } from "./shade.js";
import { estimateTextWidth, wrapText } from "./textWidth.js";
import { el, escapeXml } from "./xml.js";

/** Sizes of the heatmap grid, in px. */
export const GRID = {
  labelFont: 12,
  labelMaxWidth: 200,
  headerFont: 11,
  lineHeight: 14,
  cellWidth: 104,
  rowHeight: 36,
  nWidth: 48,
  pad: 12,
} as const;

/** A level column: its number and label. */
export interface Column {
  readonly level: number;
  readonly label: string;
}

/** Where the parts of the grid start. */
interface Frame {
  readonly cellsLeft: number;
  readonly nLeft: number;
  readonly columns: number;
}

/**
 * Lays out the grid: a header with the level numbers and labels, then one row per domain with
 * its title, the count per level in a shaded cell, and n. A suppressed row is one hatched band
 * with its note and no numbers.
 *
 * @param rows - The rows.
 * @param columns - The levels, 0..max.
 * @param hatch - The id of the hatch pattern.
 * @param x - Left edge.
 * @param y - Top edge.
 * @returns The markup and the grid's box.
 * @example
 * ```ts
 * heatmapGrid(rows, columns, "ksm-heatmap-1-hatch", 16, 80).box.width; //=> 878.88 (for the 2025 model)
 * ```
 */
export function heatmapGrid(
  rows: readonly HeatmapRow[],
  columns: readonly Column[],
  hatch: string,
  x: number,
  y: number,
): { markup: string; box: Box } {
  const { labelFont, headerFont, lineHeight, cellWidth, rowHeight, nWidth, pad } = GRID;
  const titled = rows.map((row) => ({
    row,
    lines: wrapText(row.title, { fontSize: labelFont, maxWidth: GRID.labelMaxWidth, maxLines: 2 }),
  }));
  const widths = titled.flatMap((t) => t.lines.map((line) => estimateTextWidth(line, labelFont)));
  const labelWidth = Math.max(0, ...widths) + pad;
  const heads = columns.map((c) => ({
    level: c.level,
    lines: wrapText(c.label, { fontSize: headerFont, maxWidth: cellWidth - 8, maxLines: 2 }),
  }));
  const headerHeight = (1 + Math.max(1, ...heads.map((h) => h.lines.length))) * lineHeight + 8;
  const frame: Frame = {
    cellsLeft: x + labelWidth,
    nLeft: x + labelWidth + columns.length * cellWidth,
    columns: columns.length,
  };
  const header = heads.map((head, k) => {
    const cx = frame.cellsLeft + (k + 0.5) * cellWidth;
    const at = { x: cx, "text-anchor": "middle", "font-size": headerFont };
    return el(
      "text",
      { class: "level-label", y: y + lineHeight, ...at },
      el("tspan", { x: cx, "font-weight": "bold" }, escapeXml(String(head.level))),
      ...head.lines.map((line, i) =>
        el("tspan", { x: cx, y: y + (i + 2) * lineHeight }, escapeXml(line)),
      ),
    );
  });
  const nHeader = el(
    "text",
    {
      x: frame.nLeft + nWidth / 2,
      y: y + lineHeight,
      "text-anchor": "middle",
      "font-style": "italic",
    },
    "n",
  );
  const body = titled.map(({ row, lines }, r) =>
    rowMarkup(row, lines, frame, y + headerHeight + r * rowHeight, hatch),
  );
  return {
    markup: el("g", { class: "grid" }, el("g", { class: "header" }, ...header, nHeader), ...body),
    box: {
      x,
      y,
      width: labelWidth + columns.length * cellWidth + nWidth,
      height: headerHeight + rows.length * rowHeight,
    },
  };
}

function rowMarkup(
  row: HeatmapRow,
  lines: readonly string[],
  frame: Frame,
  top: number,
  hatch: string,
): string {
  const { labelFont, lineHeight, rowHeight, pad } = GRID;
  const mid = top + rowHeight / 2;
  const labelX = frame.cellsLeft - pad;
  const label = el(
    "text",
    { class: "row-label", x: labelX, "text-anchor": "end", "font-size": labelFont },
    ...lines.map((line, i) => {
      const baseline = mid + (i - (lines.length - 1) / 2) * lineHeight + labelFont * 0.35;
      return el("tspan", { x: labelX, y: baseline }, escapeXml(line));
    }),
  );
  const cells =
    row.suppressed === null
      ? countCells(row.cells, row.n, frame, top)
      : suppressedBand(row.suppressed, hatch, frame, top);
  const kind = row.suppressed === null ? "row" : "row suppressed";
  return el("g", { class: kind, "data-domain": row.id }, label, ...cells);
}

function countCells(cells: readonly HeatmapCell[], n: number, frame: Frame, top: number): string[] {
  const { cellWidth, rowHeight, nWidth } = GRID;
  const mid = top + rowHeight / 2;
  const marks = cells.map(({ count }, k) => {
    const s = shade(n > 0 ? count / n : 0);
    const left = frame.cellsLeft + k * cellWidth;
    return el(
      "g",
      { class: "cell", "data-level": k },
      el("rect", {
        x: left + 1,
        y: top + 1,
        width: cellWidth - 2,
        height: rowHeight - 2,
        fill: s.fill,
        stroke: "#d0d0d0",
      }),
      el(
        "text",
        {
          x: left + cellWidth / 2,
          y: mid + 4.5,
          "text-anchor": "middle",
          "font-size": 13,
          fill: s.text,
        },
        escapeXml(String(count)),
      ),
    );
  });
  const nText = el(
    "text",
    { class: "n", x: frame.nLeft + nWidth / 2, y: mid + 4, "text-anchor": "middle", fill: "#444" },
    escapeXml(String(n)),
  );
  return [...marks, nText];
}

function suppressedBand(note: string, hatch: string, frame: Frame, top: number): string[] {
  const { cellWidth, rowHeight } = GRID;
  const width = frame.columns * cellWidth;
  const noteWidth = estimateTextWidth(note, 11) + 12;
  const mid = top + rowHeight / 2;
  return [
    el("rect", {
      x: frame.cellsLeft + 1,
      y: top + 1,
      width: width - 2,
      height: rowHeight - 2,
      fill: `url(#${hatch})`,
      stroke: "#d0d0d0",
    }),
    el("rect", {
      x: frame.cellsLeft + (width - noteWidth) / 2,
      y: mid - 9,
      width: noteWidth,
      height: 18,
      rx: 3,
      fill: "#ffffff",
    }),
    el(
      "text",
      {
        class: "note",
        x: frame.cellsLeft + width / 2,
        y: mid + 4,
        "text-anchor": "middle",
        "font-size": 11,
        "font-style": "italic",
      },
      escapeXml(note),
    ),
  ];
}
