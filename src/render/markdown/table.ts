/** Column alignment: `l` left, `r` right (numbers), `c` centred. */
export type Align = "l" | "r" | "c";

const rule: Record<Align, string> = { l: ":--", r: "--:", c: ":-:" };

/**
 * Lays out a GitHub-flavoured Markdown table. Cells are Markdown already: escape text from data
 * with `escapeMarkdown` first.
 *
 * @param header - The column headings.
 * @param rows - The rows; a short row is padded with empty cells.
 * @param align - One letter per column (`l`, `r`, `c`); missing letters mean left.
 * @returns The table, one line per row, without a trailing line break.
 * @example
 * ```ts
 * markdownTable(["Domain", "Score"], [["GOV", "2,81"]], "lr");
 * //=> "| Domain | Score |\n| :-- | --: |\n| GOV | 2,81 |"
 * ```
 */
export function markdownTable(
  header: readonly string[],
  rows: readonly (readonly string[])[],
  align = "",
): string {
  const line = (cells: readonly string[]): string =>
    `| ${header.map((_, c) => cells[c] ?? "").join(" | ")} |`;
  const rules = header.map((_, c) => rule[(align[c] ?? "l") as Align] ?? rule.l);
  return [line(header), `| ${rules.join(" | ")} |`, ...rows.map(line)].join("\n");
}
