import { readFileSync } from "node:fs";
import { afterEach, describe, expect, it, vi } from "vitest";

const MODEL_2025 = "../../models/kennisveiligheid-2025.2.json";
const MODEL_2023 = "../../models/kennisveiligheid-2023.2.json";
const MODEL_2023_1 = "../../models/kennisveiligheid-2023.1.json";
const CROSSWALK = "../../models/crosswalk-2023.2-2025.2.json";
const CROSSWALK_2025 = "../../models/crosswalk-2025.1-2025.2.json";
const MOCKED = [MODEL_2025, MODEL_2023, MODEL_2023_1, CROSSWALK, CROSSWALK_2025];

const read = (file: string): Record<string, unknown> =>
  JSON.parse(readFileSync(new URL(file, import.meta.url), "utf8"));

afterEach(() => {
  for (const file of MOCKED) vi.doUnmock(file);
  vi.resetModules();
});

/** Imports src/models.ts afresh, with one bundled file replaced by a hand-edited copy. */
async function importWith(file: string, edited: Record<string, unknown>) {
  vi.resetModules();
  vi.doMock(file, () => ({ default: edited }));
  return import("../../src/models.js");
}

describe("the bundled models", () => {
  it("parse, the defaults are 2025.2 and 2023.2, and the earlier versions stay loadable", async () => {
    vi.resetModules();
    const models = await import("../../src/models.js");
    expect(models.kennisveiligheid2025.version).toBe("2025.2");
    expect(models.kennisveiligheid2023.version).toBe("2023.2");
    expect(models.crosswalk2023to2025.from).toEqual({ id: "kennisveiligheid", version: "2023.2" });
    expect(models.crosswalk2023to2025.to).toEqual({ id: "kennisveiligheid", version: "2025.2" });
    expect(models.kennisveiligheid2025_1.version).toBe("2025.1");
    expect(models.kennisveiligheid2023_1.version).toBe("2023.1");
    expect(models.crosswalk2023_1to2025_1.to).toEqual({
      id: "kennisveiligheid",
      version: "2025.1",
    });
    expect(models.crosswalk2025_1to2025_2.from).toEqual({
      id: "kennisveiligheid",
      version: "2025.1",
    });
    expect(Object.isFrozen(models.kennisveiligheid2025)).toBe(true);
    expect(Object.isFrozen(models.kennisveiligheid2025_1)).toBe(true);
  });

  it("fail loudly on import when a model file was edited into an invalid one", async () => {
    const { id: _, ...withoutId } = read(MODEL_2025);
    await expect(importWith(MODEL_2025, withoutId)).rejects.toThrow(
      "bundled model 2025.2 is invalid: Required field is missing.",
    );
  });

  it.each([
    [MODEL_2023, /^bundled model 2023\.2 is invalid: /],
    [MODEL_2023_1, /^bundled model 2023\.1 is invalid: /],
  ])("name the file that is invalid (%s)", async (file, message) => {
    await expect(importWith(file, { ...read(file), levels: [] })).rejects.toThrow(message);
  });

  it.each([
    [
      CROSSWALK,
      /^bundled crosswalk 2023\.2→2025\.2 is invalid: Indicator ".+" of kennisveiligheid@2023\.2 is not accounted for\.$/,
    ],
    [
      CROSSWALK_2025,
      /^bundled crosswalk 2025\.1→2025\.2 is invalid: Indicator ".+" of kennisveiligheid@2025\.1 is not accounted for\.$/,
    ],
  ])("fail when a crosswalk no longer fits the models (%s)", async (file, message) => {
    await expect(importWith(file, { ...read(file), mappings: [] })).rejects.toThrow(message);
  });
});
