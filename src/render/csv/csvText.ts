import { cleanText } from "../../util/cleanText.js";

/** A value of one CSV field: text, a number, a flag, or `null` for an empty field. */
export type Cell = string | number | boolean | null;

/** Decimals kept in CSV numbers: plenty for levels 0..10, short enough to read. */
const DECIMALS = 4;

/** What starts a formula in a spreadsheet (OWASP "CSV injection"): = + - @, tab and CR. */
const FORMULA = /^[=+\-@\t\r]/;
/** Text with nothing to clean or quote: no control or bidi character, quote or comma. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
const PLAIN = /^[^\u0000-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069",]*$/;

/**
 * Formats one CSV field (RFC 4180): numbers with a `.` decimal point, no thousands separator and at
 * most four decimals; `true`/`false`; empty for `null`; text quoted when it contains a comma, a
 * quote, CR or LF, with quotes doubled. Text is cleaned first: line breaks become LF, other
 * control and bidirectional characters are removed (`cleanText`), and text that a spreadsheet
 * would run as a formula (starting with `=`, `+`, `-`, `@` or a tab) gets a leading `'`, so it
 * stays text.
 *
 * @param value - The value.
 * @returns The field, quoted if needed.
 * @example
 * ```ts
 * csvField('Hogeschool "Dijkzicht", Zeeland'); //=> '"Hogeschool ""Dijkzicht"", Zeeland"'
 * csvField(2 / 3); //=> "0.6667"
 * csvField("=HYPERLINK(1)"); //=> "'=HYPERLINK(1)"
 * ```
 */
export function csvField(value: Cell): string {
  if (value === null) return "";
  if (typeof value === "boolean") return value ? "true" : "false";
  if (typeof value === "number") {
    if (!Number.isFinite(value)) return "";
    // Number() after toFixed drops trailing zeros and turns -0 into 0 for String().
    return String(Number(value.toFixed(DECIMALS)) + 0);
  }
  // Most fields (ids, codes, titles) need no work: one test instead of four passes.
  if (PLAIN.test(value)) return FORMULA.test(value) ? `'${value}` : value;
  // A line break stays one (CRLF and a lone CR become LF); other controls go.
  const clean = cleanText(value.replace(/\r\n?/g, "\n"));
  const text = FORMULA.test(clean) ? `'${clean}` : clean;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * Lays out a CSV document: a header row, then one record per row, every line ending in CRLF.
 *
 * @param columns - The column names, in order.
 * @param rows - The records, keyed by column name; a missing key is an empty field.
 * @param bom - Start with a UTF-8 byte order mark, so Excel reads the file as UTF-8.
 * @returns The CSV text.
 * @example
 * ```ts
 * csvDocument(["id", "score"], [{ id: "GOV-01", score: 2.5 }], false);
 * //=> "id,score\r\nGOV-01,2.5\r\n"
 * ```
 */
export function csvDocument(
  columns: readonly string[],
  rows: readonly Readonly<Record<string, Cell>>[],
  bom: boolean,
): string {
  const lines = [
    columns.map(csvField).join(","),
    ...rows.map((row) => columns.map((c) => csvField(row[c] ?? null)).join(",")),
  ];
  return `${bom ? "\uFEFF" : ""}${lines.join("\r\n")}\r\n`;
}
