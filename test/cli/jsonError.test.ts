// The scanner that locates JSON syntax errors agrees with JSON.parse on what is valid, and on
// where the error is wherever JSON.parse says so.
import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { jsonErrorOffset } from "../../src/cli/input/jsonError.js";

/** JSON text with one character inserted, deleted or replaced: mostly invalid, sometimes not. */
const damagedJson = fc
  .tuple(
    fc.json(),
    fc.nat(),
    fc.constantFrom("insert", "delete", "replace"),
    fc.constantFrom(...'{}[]:,"\\ 0-.eE+tfnux\n\u0001'.split("")),
  )
  .map(([text, at, edit, char]) => {
    const i = text.length === 0 ? 0 : at % text.length;
    if (edit === "insert") return text.slice(0, i) + char + text.slice(i);
    if (edit === "delete") return text.slice(0, i) + text.slice(i + 1);
    return text.slice(0, i) + char + text.slice(i + 1);
  });

const parses = (text: string): boolean => {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
};

/** The offset JSON.parse names, where it names one. */
const v8Offset = (text: string): number | undefined => {
  try {
    JSON.parse(text);
  } catch (error) {
    const m = /at position (\d+)/.exec((error as Error).message);
    if (m) return Number(m[1]);
    if (/Unexpected end of JSON input/.test((error as Error).message)) return text.length;
  }
  return undefined;
};

describe("jsonErrorOffset", () => {
  test.prop([fc.json()])("finds no error in valid JSON", (text) => {
    expect(jsonErrorOffset(text)).toBeUndefined();
  });

  test.prop([damagedJson], { numRuns: 2000 })("agrees with JSON.parse on validity", (text) => {
    expect(jsonErrorOffset(text) === undefined).toBe(parses(text));
  });

  test.prop([damagedJson], { numRuns: 2000 })("names the offset JSON.parse names", (text) => {
    const expected = v8Offset(text);
    if (expected !== undefined) expect(jsonErrorOffset(text)).toBe(expected);
  });

  it.each([
    ["", 0],
    ["   ", 3],
    ['{"a": tru}', 9],
    ['{"a" 1}', 5],
    ["[1,]", 3],
    ['"\\x"', 2],
    ['"\\u12G4"', 5],
    ["01", 1],
    ["1.", 2],
    ["-", 1],
    ["1e+", 3],
    ["[] x", 3],
    ['{"a":1', 6],
  ])("%j fails at %i", (text, offset) => {
    expect(jsonErrorOffset(text)).toBe(offset);
  });

  it("scans 100,000 levels of nesting without recursion", () => {
    const deep = `${"[".repeat(100_000)}${"]".repeat(99_999)}`;
    expect(jsonErrorOffset(deep)).toBe(deep.length);
  });
});
