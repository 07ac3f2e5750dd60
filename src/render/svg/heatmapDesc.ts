import type { Lang } from "../../issues/messages.js";
import type { HeatmapRow } from "./heatmapRows.js";
import { chartWords } from "./words.js";

/**
 * The text alternative of a heatmap: what it shows, then every domain's counts per level in
 * words, e.g. `"Risk analysis (n = 14): level 0 Absent 3, level 1 Initial / ad hoc 7, …"`;
 * suppressed rows give their note and no numbers.
 *
 * @param heading - The chart's title, repeated as the first sentence.
 * @param rows - The rows.
 * @param maxLevel - The highest level (the levels run 0..max).
 * @param lang - The language.
 * @returns The description.
 * @example
 * ```ts
 * heatmapDesc("Sector", rows, 5, "en");
 * //=> "Sector. Heatmap of 12 domains by maturity level 0 to 5: … Board and governance (n = 14): level 0 Absent 4, …"
 * ```
 */
export function heatmapDesc(
  heading: string,
  rows: readonly HeatmapRow[],
  maxLevel: number,
  lang: Lang,
): string {
  const words = chartWords(lang);
  const perRow = rows.map((row) => {
    if (row.suppressed !== null) return `${row.title}: ${row.suppressed}.`;
    const counts = row.cells.map((c) => `${words.level} ${c.level} ${c.label} ${c.count}`);
    return `${row.title} (n = ${row.n}): ${counts.join(", ")}.`;
  });
  const note = rows.some((r) => r.suppressed !== null) ? [words.suppressedNote] : [];
  return [`${heading}.`, words.heatmapDesc(rows.length, maxLevel), ...perRow, ...note].join(" ");
}
