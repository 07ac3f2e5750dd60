// Advance widths in hundredths of an em, close to DejaVu Sans, the widest of the fonts the charts
// ask for, so the estimate errs on the wide side for Arial, Helvetica and Liberation Sans. Whole
// numbers: sums are exact, so the width of words joined by spaces is the sum of their widths.
const WIDTHS: ReadonlyArray<readonly [string, number]> = [
  [" .,:;'|!iljIJ", 32],
  ["ft/()[]-", 40],
  ['r"', 46],
  ["sczkvxy?", 60],
  ["abdeghnopqu0123456789$_LFPTYS*", 64],
  ["EKRVXZABC", 70],
  ["DGHNUOQw&", 82],
  ["#+<>=~^", 84],
  ["%mM", 98],
  ["W—…", 100],
];
const WIDTH = new Map<string, number>(
  WIDTHS.flatMap(([chars, width]) => [...chars].map((c): [string, number] => [c, width])),
);
/** Other Latin letters (accented ones are measured by their base letter), punctuation, symbols. */
const DEFAULT_WIDTH = 70;
/** Wide scripts (CJK and the like). */
const WIDE_WIDTH = 100;

/** Units per em of {@link charUnits}. */
export const UNITS_PER_EM = 100;

/**
 * The estimated advance width of one character (a code point) in hundredths of an em.
 *
 * @param c - One code point.
 * @returns Its width, a whole number.
 * @example
 * ```ts
 * charUnits("W"); //=> 100
 * ```
 */
export function charUnits(c: string): number {
  const known = WIDTH.get(c);
  if (known !== undefined) return known;
  const ofBase = WIDTH.get(c.normalize("NFD").charAt(0));
  if (ofBase !== undefined) return ofBase;
  // An astral character's first UTF-16 unit (a high surrogate) is above U+2E80 too.
  return c.charCodeAt(0) >= 0x2e80 ? WIDE_WIDTH : DEFAULT_WIDTH;
}

/**
 * The estimated width of a text in hundredths of an em: the sum of its characters' widths.
 *
 * @param text - Any text.
 * @returns Its width, a whole number.
 * @example
 * ```ts
 * textUnits("Wi"); //=> 132
 * ```
 */
export function textUnits(text: string): number {
  let units = 0;
  for (const c of text) units += charUnits(c);
  return units;
}
