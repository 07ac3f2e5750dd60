import type { Lang } from "../../issues/messages.js";
import type { Column } from "./heatmapGrid.js";
import type { HeatmapRow } from "./heatmapRows.js";
import { chartWords } from "./words.js";

/**
 * The text alternative of a heatmap: what it shows, then every domain's counts per level in
 * words, e.g. `"Risk analysis (n = 14): level 0 Absent 3, level 1 Initial / ad hoc 7, …"`;
 * suppressed rows give their note and no numbers.
 *
 * @param heading - The chart's title, repeated as the first sentence.
 * @param rows - The rows.
 * @param columns - The levels.
 * @param lang - The language.
 * @returns The description.
 * @example
 * ```ts
 * heatmapDesc("Sector", rows, columns, "en");
 * //=> "Sector. Heatmap of 12 domains by maturity level 0 to 5: … Board and governance (n = 14): level 0 Absent 4, …"
 * ```
 */
export function heatmapDesc(
  heading: string,
  rows: readonly HeatmapRow[],
  columns: readonly Column[],
  lang: Lang,
): string {
  const words = chartWords(lang);
  const max = columns[columns.length - 1]?.level ?? 0;
  const perRow = rows.map((row) => {
    if (row.counts === null) return `${row.title}: ${row.suppressed ?? words.suppressedGroup}.`;
    const counts = columns.map(
      (c, k) => `${words.level} ${c.level} ${c.label} ${row.counts?.[k] ?? 0}`,
    );
    return `${row.title} (n = ${row.n}): ${counts.join(", ")}.`;
  });
  const note = rows.some((r) => r.counts === null) ? [words.suppressedNote] : [];
  return [`${heading}.`, words.heatmapDesc(rows.length, max), ...perRow, ...note].join(" ");
}
