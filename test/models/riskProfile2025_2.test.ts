import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { deriveRiskTier, type Model, scoreAssessment } from "../../src/index.js";
import { parseValidAssessment, uniformAssessmentDocument } from "../fixtures/arbitraries.js";
import { model2025_2 } from "./loaded.js";

// Issue 13's bars, computed over every factor profile of the shipped model 2025.2 through the
// public API. Tiers are enumerated with deriveRiskTier (fast); only the few profiles the target
// bars need are scored.

const doc = readFileSync(new URL("../../docs/model-kennisveiligheid.md", import.meta.url), "utf8");
const tierTable =
  /<!-- BEGIN generated:tiers -->([\s\S]*?)<!-- END generated:tiers -->/.exec(doc)?.[1] ?? "";
const factors = model2025_2.riskProfile.factors;
const sizes = factors.map((f) => f.values.length);
const types = model2025_2.riskProfile.institutionTypes.map((t) => t.id);
const tierRank = new Map(model2025_2.riskProfile.tiers.map((t, k) => [t.id, k]));
const total = sizes.reduce((a, b) => a * b, 1);

/** The profile with mixed-radix code `code` (first factor most significant). */
function profileOf(code: number): Record<string, number> {
  const profile: Record<string, number> = {};
  let rest = code;
  for (let k = factors.length - 1; k >= 0; k--) {
    const size = sizes[k] ?? 1;
    profile[factors[k]?.id ?? ""] = rest % size;
    rest = Math.floor(rest / size);
  }
  return profile;
}

/** The tier rank of every profile of one type, indexed by code. */
function tiersOf(type: string): Uint8Array {
  const ranks = new Uint8Array(total);
  for (let code = 0; code < total; code++) {
    ranks[code] = tierRank.get(deriveRiskTier(model2025_2, profileOf(code), type).tier) ?? 255;
  }
  return ranks;
}

/** The step in code when factor k rises by one. */
const stride = (k: number): number => sizes.slice(k + 1).reduce((a, b) => a * b, 1);

const uniform = (pick: (size: number) => number): Record<string, number> =>
  Object.fromEntries(factors.map((f) => [f.id, pick(f.values.length)]));
const highest = uniform((n) => n - 1);
// The middle value; the upper middle where a scale has an even number of values (2 on 0–3).
const middle = uniform((n) => Math.floor(n / 2));

/** The result of the same answers (every practice "largely") under a profile and type. */
function score(model: Model, profile: Record<string, number>, type: string) {
  const document = uniformAssessmentDocument(model, { riskProfile: profile });
  const assessment = parseValidAssessment(
    { ...document, institution: { ...document.institution, type } },
    model,
  );
  return scoreAssessment(model, assessment, { asOf: "2026-12-01" });
}

describe("model 2025.2: tiers over all factor profiles", () => {
  it("has more than 20,000 profiles per type (the case issue 13 is about)", () => {
    expect(total).toBeGreaterThan(20_000);
  });

  describe.each(types)("type %s", (type) => {
    const ranks = tiersOf(type);
    const top = model2025_2.riskProfile.tiers.length - 1;

    it("is monotone: raising any one factor never lowers the tier", () => {
      const lowered: string[] = [];
      for (let code = 0; code < total; code++) {
        const profile = profileOf(code);
        factors.forEach((f, k) => {
          if ((profile[f.id] ?? 0) + 1 < (sizes[k] ?? 0)) {
            const up = ranks[code + stride(k)] ?? 0;
            if (up < (ranks[code] ?? 0)) lowered.push(`${code} +${f.id}`);
          }
        });
      }
      expect(lowered.slice(0, 5)).toEqual([]);
    });

    it("lifts any single factor at its highest at least one tier above the lowest", () => {
      const flat = factors
        .map((f, k) => ({ f, code: ((sizes[k] ?? 1) - 1) * stride(k) }))
        .filter(({ code }) => (ranks[code] ?? 0) < 1)
        .map(({ f }) => f.id);
      expect(flat).toEqual([]);
    });

    it("has the profile counts per tier that docs/model-kennisveiligheid.md shows", () => {
      const counts = model2025_2.riskProfile.tiers.map((_, k) =>
        ranks.reduce((n, r) => n + (r === k ? 1 : 0), 0).toLocaleString("en"),
      );
      const row = new RegExp(`^\\| ${type} \\| (.+) \\|$`, "m").exec(tierTable)?.[1] ?? "";
      expect(row.split(" | ").map((c) => c.split(" ")[0])).toEqual(counts);
    });

    it("reaches the top tier with every factor at its highest, for at most a third of profiles", () => {
      expect(ranks[total - 1]).toBe(top);
      const atTop = ranks.reduce((n, r) => n + (r === top ? 1 : 0), 0);
      expect(atTop / total).toBeLessThanOrEqual(1 / 3);
    });
  });
});

describe("model 2025.2: targets", () => {
  const indicatorCount = model2025_2.domains.flatMap((d) => d.indicators).length;

  describe.each(types)("type %s", (type) => {
    const top = score(model2025_2, highest, type);
    const mid = score(model2025_2, middle, type);

    it("gives target 4 or more on at most half of the indicators with every factor at its highest", () => {
      const high = top.indicators.filter((i) => i.target >= 4).length;
      expect(high).toBeLessThanOrEqual(indicatorCount / 2);
    });

    it("keeps the mean target at most 3.3 with every factor at its middle value", () => {
      const mean = mid.indicators.reduce((s, i) => s + i.target, 0) / mid.indicators.length;
      expect(mean).toBeLessThanOrEqual(3.3);
    });

    // Tier rules and target rules only have lower bounds, so no profile has a higher target
    // than the all-highest one: checking it checks every profile.
    it("never sets target 5", () => {
      expect(top.indicators.filter((i) => i.target >= 5).map((i) => i.id)).toEqual([]);
    });

    it("traces every target to the tier or the rule that set it", () => {
      const rules = new Map(
        model2025_2.domains.flatMap((d) => d.indicators).map((i) => [i.id, i.targetRules ?? []]),
      );
      for (const i of top.indicators) {
        const { rule, tierTarget } = i.targetTrace;
        const set = rule === null ? tierTarget : rules.get(i.id)?.[rule]?.target;
        expect(i.target, i.id).toBe(set);
      }
    });
  });

  it("differs between at least three institution types for the same answers and profile", () => {
    const signature = (type: string): string =>
      score(model2025_2, highest, type)
        .indicators.map((i) => `${i.id}:${i.target}:${i.weight.value}`)
        .join(" ");
    expect(new Set(types.map(signature)).size).toBeGreaterThanOrEqual(3);
  });
});
