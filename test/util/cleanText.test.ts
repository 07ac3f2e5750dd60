import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { cleanText } from "../../src/util/cleanText.js";

describe("cleanText", () => {
  it("removes terminal escapes, C1 controls and explicit bidi controls", () => {
    expect(cleanText("Uni\u001b[2J\u001bc \u009b31m\u202Eevil\u2066x\u2069")).toBe(
      "Uni[2Jc 31mevilx",
    );
    expect(cleanText("a\rb\u0000c\u007f")).toBe("abc");
  });

  it("keeps tabs, line feeds, accents, right-to-left letters and the implicit marks", () => {
    const text = "Café\tUniversiteit\nجامعة\u200E\u200F";
    expect(cleanText(text)).toBe(text);
  });

  test.prop([fc.string({ unit: "binary" })])("leaves nothing unsafe and is idempotent", (s) => {
    const clean = cleanText(s);
    expect(clean).not.toMatch(
      // biome-ignore lint/suspicious/noControlCharactersInRegex: the characters cleanText removes
      /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/,
    );
    expect(cleanText(clean)).toBe(clean);
  });
});
