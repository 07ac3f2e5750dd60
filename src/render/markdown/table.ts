/** Column alignment: `l` left, `r` right (numbers), `c` centred. */
export type Align = "l" | "r" | "c";

const isHigh = (unit: number): boolean => unit >= 0xd800 && unit <= 0xdbff;
const isLow = (unit: number): boolean => unit >= 0xdc00 && unit <= 0xdfff;

/**
 * Characters a cell takes in a monospaced view: code points, as `[...text].length` counts them,
 * without building the array (a surrogate pair is one; a lone surrogate is one too).
 */
function width(text: string): number {
  let n = text.length;
  for (let i = 1; i < text.length; i++) {
    if (isLow(text.charCodeAt(i)) && isHigh(text.charCodeAt(i - 1))) n--;
  }
  return n;
}

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
  // A loop, not Math.max(...rows): spreading 100,000 rows into arguments overflows the stack.
  const columns = header.map((h, c) => {
    let size = Math.max(3, width(h));
    for (const r of rows) size = Math.max(size, width(r[c] ?? ""));
    return { align: alignOf(align[c]), size };
  });
  const line = (cells: readonly string[]): string =>
    `| ${columns.map(({ size, align }, c) => pad(cells[c] ?? "", size, align)).join(" | ")} |`;
  const rules = columns.map(({ size, align }) => rule(size, align));
  return [line(header), `| ${rules.join(" | ")} |`, ...rows.map(line)].join("\n");
}
