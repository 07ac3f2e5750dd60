// `ksm demo` in-process: validates the bundled models, prints counts per domain, scores and
// compares the fictitious example university.
import { describe, expect, it } from "vitest";
import { run } from "../../src/cli/run.js";
import { kennisveiligheid2025 } from "../../src/models.js";

function demo(...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = run(["demo", ...args], { out: (t) => out.push(t), err: (t) => err.push(t) });
  return { code, out: out.join("\n"), err: err.join("\n") };
}

describe("ksm demo", () => {
  const { code, out, err } = demo();

  it("exits 0 without errors", () => {
    expect(err).toBe("");
    expect(code).toBe(0);
  });

  it("prints the number of indicators of every domain of the 2025 model", () => {
    for (const d of kennisveiligheid2025.domains) {
      expect(out).toMatch(
        new RegExp(`^\\s+${d.id}\\s+${d.indicators.length}\\s+${d.title.en}$`, "m"),
      );
    }
  });

  it("prints the scored example and the 2023 → 2025 comparison", () => {
    expect(out).toContain("Universiteit Duinhaven (fictief)");
    expect(out).toMatch(/Change 2023-04-14 → 2025-04-11 \(23 months\)/);
    expect(out).toMatch(/New indicators \(22\): .*EXP-05/);
  });

  it("speaks Dutch with --lang nl, with decimal commas", () => {
    const nl = demo("--lang", "nl");
    expect(nl.code).toBe(0);
    expect(nl.out).toMatch(/volwassenheidsindex \d,\d\d/);
    expect(nl.out).toContain("Nieuwe indicatoren (22)");
  });
});
