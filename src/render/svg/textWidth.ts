import { charUnits, textUnits, UNITS_PER_EM } from "./charWidth.js";

const SPACE = charUnits(" ");
const ELLIPSIS = charUnits("…");
const WHITESPACE = /\s/;

/** Whether a width in units fits in `maxWidth` px at a font size (bold is about 10% wider). */
type Fits = (units: number) => boolean;

const pxPerUnit = (fontSize: number, bold: boolean): number =>
  (fontSize * (bold ? 1.1 : 1)) / UNITS_PER_EM;

function fitsIn(options: LineOptions): Fits {
  const scale = pxPerUnit(options.fontSize, options.bold ?? false);
  return (units) => units * scale <= options.maxWidth;
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
  return textUnits(text) * pxPerUnit(fontSize, bold);
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

/** The words of a text with their widths and the width of all of them joined by single spaces. */
interface Words {
  readonly words: readonly string[];
  readonly units: readonly number[];
  readonly total: number;
}

function wordsOf(text: string): Words {
  const words = text.split(/\s+/).filter((w) => w !== "");
  const units = words.map(textUnits);
  let total = SPACE * Math.max(0, words.length - 1);
  for (const u of units) total += u;
  return { words, units, total };
}

/**
 * Fits text on one line of at most `maxWidth` (estimated): its words joined by single spaces, cut
 * with `…` when that is too wide. Linear in the length of the text.
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
  const fits = fitsIn(options);
  const { words, total } = wordsOf(text);
  const whole = words.join(" ");
  return fits(total) ? whole : truncate(whole, fits);
}

/**
 * Wraps text at spaces into at most `maxLines` lines of at most `maxWidth` (estimated). Two lines
 * are balanced (the split that makes the longer line shortest); more lines are filled greedily.
 * Text that still does not fit is cut with `…`, so every line fits. Linear in the length of the
 * text: each word is measured once.
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
  const fits = fitsIn(options);
  const { words, units, total } = wordsOf(text);
  if (fits(total) || options.maxLines <= 1) {
    const whole = words.join(" ");
    return [fits(total) ? whole : truncate(whole, fits)];
  }
  if (options.maxLines === 2) {
    const split = balancedSplit(units, total, fits);
    if (split > 0) return [words.slice(0, split).join(" "), words.slice(split).join(" ")];
  }
  const lines: string[] = [];
  let start = 0;
  // Indexes below words.length, which units has as many of: the casts cannot be wrong.
  while (start < words.length && lines.length < options.maxLines - 1) {
    let end = start + 1;
    let width = units[start] as number;
    while (end < words.length && fits(width + SPACE + (units[end] as number))) {
      width += SPACE + (units[end] as number);
      end++;
    }
    lines.push(words.slice(start, end).join(" "));
    start = end;
  }
  if (start < words.length) lines.push(words.slice(start).join(" "));
  return lines.map((line) => (fits(textUnits(line)) ? line : truncate(line, fits)));
}

/**
 * The number of words on the first of two lines that makes the longer line shortest while both
 * fit (the first such split on a tie), or 0 when no split fits.
 */
function balancedSplit(units: readonly number[], total: number, fits: Fits): number {
  let best = 0;
  let bestUnits = Number.POSITIVE_INFINITY;
  let left = -SPACE;
  for (let i = 1; i < units.length; i++) {
    left += SPACE + (units[i - 1] as number);
    // The first line only grows: once it is too wide, so is every later split.
    if (!fits(left)) break;
    const longer = Math.max(left, total - left - SPACE);
    if (fits(longer) && longer < bestUnits) [best, bestUnits] = [i, longer];
  }
  return best;
}

/**
 * The longest prefix (at a code point) that fits with an ellipsis, trailing spaces dropped. The
 * prefix's width only grows, so the scan stops at the first character that does not fit.
 */
function truncate(text: string, fits: Fits): string {
  let units = 0;
  let trimmed = 0;
  let end = 0;
  let kept = 0;
  for (const c of text) {
    units += charUnits(c);
    end += c.length;
    if (!WHITESPACE.test(c)) trimmed = units;
    if (!fits(trimmed + ELLIPSIS)) break;
    kept = end;
  }
  return `${text.slice(0, kept).trimEnd()}…`;
}
