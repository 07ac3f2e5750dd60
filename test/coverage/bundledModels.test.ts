import { readFileSync } from "node:fs";
import { afterEach, describe, expect, it, vi } from "vitest";

const MODEL_2025 = "../../models/kennisveiligheid-2025.json";
const MODEL_2023 = "../../models/kennisveiligheid-2023.json";
const CROSSWALK = "../../models/crosswalk-2023.1-2025.1.json";

const read = (file: string): Record<string, unknown> =>
  JSON.parse(readFileSync(new URL(file, import.meta.url), "utf8"));

afterEach(() => {
  vi.doUnmock(MODEL_2025);
  vi.doUnmock(MODEL_2023);
  vi.doUnmock(CROSSWALK);
  vi.resetModules();
});

/** Imports src/models.ts afresh, with one bundled file replaced by a hand-edited copy. */
async function importWith(file: string, edited: Record<string, unknown>) {
  vi.resetModules();
  vi.doMock(file, () => ({ default: edited }));
  return import("../../src/models.js");
}

describe("the bundled models", () => {
  it("parse, and the crosswalk maps 2023.1 to 2025.1", async () => {
    vi.resetModules();
    const models = await import("../../src/models.js");
    expect(models.kennisveiligheid2025.version).toBe("2025.1");
    expect(models.kennisveiligheid2023.version).toBe("2023.1");
    expect(models.crosswalk2023to2025.from).toEqual({ id: "kennisveiligheid", version: "2023.1" });
    expect(Object.isFrozen(models.kennisveiligheid2025)).toBe(true);
  });

  it("fail loudly on import when a model file was edited into an invalid one", async () => {
    const { id: _, ...withoutId } = read(MODEL_2025);
    await expect(importWith(MODEL_2025, withoutId)).rejects.toThrow(
      "bundled model 2025.1 is invalid: Required field is missing.",
    );
  });

  it("name the file that is invalid", async () => {
    await expect(importWith(MODEL_2023, { ...read(MODEL_2023), levels: [] })).rejects.toThrow(
      /^bundled model 2023\.1 is invalid: /,
    );
  });

  it("fail when the crosswalk no longer fits the models", async () => {
    const crosswalk = read(CROSSWALK);
    await expect(importWith(CROSSWALK, { ...crosswalk, mappings: [] })).rejects.toThrow(
      /^bundled crosswalk 2023\.1→2025\.1 is invalid: Indicator ".+" of kennisveiligheid@2023\.1 is not accounted for\.$/,
    );
  });
});
