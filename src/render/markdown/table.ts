/** Column alignment: `l` left, `r` right (numbers), `c` centred. */
export type Align = "l" | "r" | "c";

/** Characters a cell takes in a monospaced view (code points, not UTF-16 units). */
const width = (text: string): number => [...text].length;

/** The alignment a letter asks for; no letter or another one means left. */
const alignOf = (letter: string | undefined): Align =>
  letter === "r" || letter === "c" ? letter : "l";

function pad(text: string, size: number, align: Align): string {
  const room = size - width(text);
  if (room <= 0) return text;
  if (align === "r") return " ".repeat(room) + text;
  if (align === "c") {
    const left = Math.floor(room / 2);
    return " ".repeat(left) + text + " ".repeat(room - left);
  }
  return text + " ".repeat(room);
}

function rule(size: number, align: Align): string {
  if (align === "r") return `${"-".repeat(size - 1)}:`;
  if (align === "c") return `:${"-".repeat(size - 2)}:`;
  return `:${"-".repeat(size - 1)}`;
}

/**
 * Lays out a GitHub-flavoured Markdown table with aligned columns, so the raw text reads as a
 * table too (and a Markdown formatter leaves it as it is). Cells are Markdown already: escape text
 * from data with `escapeMarkdown` first.
 *
 * @param header - The column headings.
 * @param rows - The rows; a short row is padded with empty cells.
 * @param align - One letter per column (`l`, `r`, `c`); missing letters mean left.
 * @returns The table, one line per row, without a trailing line break.
 * @example
 * ```ts
 * markdownTable(["Domain", "Score"], [["GOV", "2,81"]], "lr");
 * //=> "| Domain | Score |\n| :----- | ----: |\n| GOV    |  2,81 |"
 * ```
 */
export function markdownTable(
  header: readonly string[],
  rows: readonly (readonly string[])[],
  align = "",
): string {
  const columns = header.map((h, c) => ({
    align: alignOf(align[c]),
    size: Math.max(3, width(h), ...rows.map((r) => width(r[c] ?? ""))),
  }));
  const line = (cells: readonly string[]): string =>
    `| ${columns.map(({ size, align }, c) => pad(cells[c] ?? "", size, align)).join(" | ")} |`;
  const rules = columns.map(({ size, align }) => rule(size, align));
  return [line(header), `| ${rules.join(" | ")} |`, ...rows.map(line)].join("\n");
}
