/** Column alignment: `l` left, `r` right (numbers), `c` centred. */
export type Align = "l" | "r" | "c";

/** Characters a cell takes in a monospaced view (code points, not UTF-16 units). */
const width = (text: string): number => [...text].length;

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
  const aligns = header.map(
    (_, c): Align => (align[c] === "r" || align[c] === "c" ? align[c] : "l"),
  );
  const sizes = header.map((h, c) => Math.max(3, width(h), ...rows.map((r) => width(r[c] ?? ""))));
  const line = (cells: readonly string[]): string =>
    `| ${sizes.map((size, c) => pad(cells[c] ?? "", size, aligns[c] ?? "l")).join(" | ")} |`;
  const rules = sizes.map((size, c) => rule(size, aligns[c] ?? "l"));
  return [line(header), `| ${rules.join(" | ")} |`, ...rows.map(line)].join("\n");
}
