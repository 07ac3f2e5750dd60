// The linear text wrapping against the obvious (quadratic) way to write it: measure every
// candidate line as a joined string. Both must give the same lines for any text.
import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { charUnits, textUnits } from "../../src/render/svg/charWidth.js";
import {
  estimateTextWidth,
  fitLine,
  type LineOptions,
  type WrapOptions,
  wrapText,
} from "../../src/render/svg/textWidth.js";
import { TEN_THOUSAND_WORDS } from "./bigInputs.js";

if (process.env.CI) fc.configureGlobal({ seed: 42 });

/** The straightforward version: every candidate is joined and measured again. */
function referenceWrap(text: string, options: WrapOptions): string[] {
  const { fontSize, maxWidth, maxLines, bold = false } = options;
  const width = (s: string) => estimateTextWidth(s, fontSize, bold);
  const fits = (s: string) => width(s) <= maxWidth;
  const words = text.split(/\s+/).filter((w) => w !== "");
  const whole = words.join(" ");
  if (fits(whole) || maxLines <= 1) return [referenceFit(whole, fits)];
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
  return lines.map((line) => referenceFit(line, fits));
}

function referenceFit(line: string, fits: (s: string) => boolean): string {
  if (fits(line)) return line;
  const chars = [...line];
  let k = 0;
  while (
    k < chars.length &&
    fits(
      `${chars
        .slice(0, k + 1)
        .join("")
        .trimEnd()}…`,
    )
  )
    k++;
  return `${chars.slice(0, k).join("").trimEnd()}…`;
}

const word = fc.oneof(
  fc.constantFrom("a", "ab", "W"),
  fc.stringMatching(/^[A-Za-zé&W清-]{1,14}$/),
  fc.constantFrom("i", "W", "—", "清华", "😀x"),
);
const text = fc
  .tuple(fc.array(word, { maxLength: 14 }), fc.constantFrom(" ", "  ", "\t", "\n "))
  .map(([words, gap]) => words.join(gap));
const wrap: fc.Arbitrary<WrapOptions> = fc.record({
  fontSize: fc.constantFrom(10, 11, 12, 16),
  maxWidth: fc.integer({ min: 8, max: 260 }),
  maxLines: fc.integer({ min: 1, max: 4 }),
  bold: fc.boolean(),
});

describe("wrapText and fitLine", () => {
  test.prop([text, wrap])("give the lines of the straightforward quadratic version", (t, o) => {
    expect(wrapText(t, o)).toEqual(referenceWrap(t, o));
    const line: LineOptions = { fontSize: o.fontSize, maxWidth: o.maxWidth, bold: o.bold ?? false };
    expect(fitLine(t, line)).toEqual(referenceWrap(t, { ...line, maxLines: 1 })[0]);
  });

  test.prop([text, wrap])("keep every line within the width and the number of lines", (t, o) => {
    const lines = wrapText(t, o);
    expect(lines.length).toBeGreaterThanOrEqual(1);
    expect(lines.length).toBeLessThanOrEqual(Math.max(1, o.maxLines));
    for (const line of lines) {
      // A line of one ellipsis is the least a line can be, even where nothing fits.
      if (line !== "…") {
        expect(estimateTextWidth(line, o.fontSize, o.bold)).toBeLessThanOrEqual(o.maxWidth);
      }
    }
  });

  it("break a tie between two equally balanced splits by the first", () => {
    // "a a" and "a" either way round: the longer line is as long for both splits.
    expect(wrapText("a a a", { fontSize: 10, maxWidth: 20, maxLines: 2 })).toEqual(["a", "a a"]);
  });

  it("wrap a title of 10,000 words to two lines, the second cut with an ellipsis", () => {
    const lines = wrapText(TEN_THOUSAND_WORDS, { fontSize: 12, maxWidth: 150, maxLines: 2 });
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^a b c /);
    expect(lines[1]).toMatch(/…$/);
    expect(estimateTextWidth(lines[1] ?? "", 12)).toBeLessThanOrEqual(150);
  });
});

describe("character widths", () => {
  it("are whole hundredths of an em, so a joined text measures as the sum of its parts", () => {
    expect(charUnits(" ")).toBe(32);
    expect(charUnits("é")).toBe(charUnits("e"));
    expect(textUnits("Risk analysis")).toBe(
      textUnits("Risk") + charUnits(" ") + textUnits("analysis"),
    );
    expect(estimateTextWidth("Risk analysis", 12)).toBeCloseTo(82.8, 10);
  });
});
