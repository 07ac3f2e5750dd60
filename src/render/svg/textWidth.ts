// Advance widths in em, close to DejaVu Sans, the widest of the fonts the charts ask for, so the
// estimate errs on the wide side for Arial, Helvetica and Liberation Sans.
const WIDTHS: ReadonlyArray<readonly [string, number]> = [
  [" .,:;'|!iljIJ", 0.32],
  ["ft/()[]-", 0.4],
  ['r"', 0.46],
  ["sczkvxy?", 0.6],
  ["abdeghnopqu0123456789$_LFPTYS*", 0.64],
  ["EKRVXZABC", 0.7],
  ["DGHNUOQw&", 0.82],
  ["#+<>=~^", 0.84],
  ["%mM", 0.98],
  ["W—…", 1.0],
];
const WIDTH = new Map<string, number>(
  WIDTHS.flatMap(([chars, width]) => [...chars].map((c): [string, number] => [c, width])),
);
/** Other Latin letters (accented ones are measured by their base letter), punctuation, symbols. */
const DEFAULT_WIDTH = 0.7;
/** Wide scripts (CJK and the like). */
const WIDE_WIDTH = 1.0;

function charWidth(c: string): number {
  const known = WIDTH.get(c);
  if (known !== undefined) return known;
  const ofBase = WIDTH.get(c.normalize("NFD").charAt(0));
  if (ofBase !== undefined) return ofBase;
  // An astral character's first UTF-16 unit (a high surrogate) is above U+2E80 too.
  return c.charCodeAt(0) >= 0x2e80 ? WIDE_WIDTH : DEFAULT_WIDTH;
}

/**
 * Estimates the rendered width of a line of text in a sans-serif font, erring on the wide side.
 * Layout uses it to keep labels apart; nothing is measured at run time.
 *
 * @param text - One line of text.
 * @param fontSize - The font size in px.
 * @param bold - Whether the text is bold (about 10% wider).
 * @returns The estimated width in px.
 * @example
 * ```ts
 * estimateTextWidth("Risk analysis", 12); //=> 82.8
 * ```
 */
export function estimateTextWidth(text: string, fontSize: number, bold = false): number {
  let em = 0;
  for (const c of text) em += charWidth(c);
  return em * fontSize * (bold ? 1.1 : 1);
}

/** A font and the width a line must fit in. */
export interface LineOptions {
  readonly fontSize: number;
  readonly maxWidth: number;
  readonly bold?: boolean;
}

/** A font, the width text must fit in, and how many lines it may take. */
export interface WrapOptions extends LineOptions {
  /** At most this many lines; the last one is shortened with `…` if the text does not fit. */
  readonly maxLines: number;
}

/**
 * Fits text on one line of at most `maxWidth` (estimated): its words joined by single spaces, cut
 * with `…` when that is too wide.
 *
 * @param text - The text, e.g. a note under an axis title.
 * @param options - Font size and maximum width.
 * @returns The line.
 * @example
 * ```ts
 * fitLine("(not comparable: no crosswalk)", { fontSize: 12, maxWidth: 100 });
 * //=> "(not compara…"
 * ```
 */
export function fitLine(text: string, options: LineOptions): string {
  const { fontSize, maxWidth, bold = false } = options;
  const fits = (s: string): boolean => estimateTextWidth(s, fontSize, bold) <= maxWidth;
  const whole = text
    .split(/\s+/)
    .filter((w) => w !== "")
    .join(" ");
  return fits(whole) ? whole : truncate(whole, fits);
}

/**
 * Wraps text at spaces into at most `maxLines` lines of at most `maxWidth` (estimated). Two lines
 * are balanced (the split that makes the longer line shortest); more lines are filled greedily.
 * Text that still does not fit is cut with `…`, so every line fits.
 *
 * @param text - The text, e.g. a domain title.
 * @param options - Font size, maximum width and number of lines.
 * @returns The lines, at least one.
 * @example
 * ```ts
 * wrapText("Culture, awareness and learning", { fontSize: 12, maxWidth: 150, maxLines: 2 });
 * //=> ["Culture, awareness", "and learning"]
 * ```
 */
export function wrapText(text: string, options: WrapOptions): string[] {
  const { fontSize, maxWidth, maxLines, bold = false } = options;
  const width = (s: string): number => estimateTextWidth(s, fontSize, bold);
  const fits = (s: string): boolean => width(s) <= maxWidth;
  const words = text.split(/\s+/).filter((w) => w !== "");
  const whole = words.join(" ");
  if (fits(whole) || maxLines <= 1) return [fitLine(text, options)];
  if (maxLines === 2) {
    let best: [string, string] | null = null;
    let bestWidth = Number.POSITIVE_INFINITY;
    for (let i = 1; i < words.length; i++) {
      const pair: [string, string] = [words.slice(0, i).join(" "), words.slice(i).join(" ")];
      const longer = Math.max(width(pair[0]), width(pair[1]));
      if (longer <= maxWidth && longer < bestWidth) [best, bestWidth] = [pair, longer];
    }
    if (best) return best;
  }
  const lines: string[] = [];
  let rest = words;
  while (rest.length > 0 && lines.length < maxLines - 1) {
    let take = 1;
    while (take < rest.length && fits(rest.slice(0, take + 1).join(" "))) take++;
    lines.push(rest.slice(0, take).join(" "));
    rest = rest.slice(take);
  }
  if (rest.length > 0) lines.push(rest.join(" "));
  return lines.map((line) => (fits(line) ? line : truncate(line, fits)));
}

/** The longest prefix (at a code point) that fits with an ellipsis. */
function truncate(text: string, fits: (s: string) => boolean): string {
  const chars = [...text];
  let low = 0;
  let high = chars.length;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (fits(`${chars.slice(0, mid).join("").trimEnd()}…`)) low = mid;
    else high = mid - 1;
  }
  return `${chars.slice(0, low).join("").trimEnd()}…`;
}
