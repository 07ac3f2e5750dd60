import { describe, expect, it } from "vitest";
import { deriveRiskTier, type IssueParams, parseModel } from "../../src/index.js";
import { compileTierRules, firstMatchingRule } from "../../src/model/tierRules.js";
import { setAt } from "../fixtures/jsonEdit.js";
import { miniModel } from "../fixtures/miniModel.js";
import { model } from "./support.js";

const RULES = ["riskProfile", "tierRules"];

/** The issues of the mini model with other tier rules, as code and params. */
function check(rules: unknown): [string, IssueParams][] {
  const result = parseModel(setAt(miniModel(), RULES, rules));
  return result.ok ? [] : result.issues.map((i) => [i.code, i.params]);
}

describe("the monotonicity check of tier rules", () => {
  it("gives the first counterexample: a higher factor value matched by a lower tier", () => {
    expect(
      check([
        { tier: "low", when: { factors: { exposure: 2 } } },
        { tier: "high", when: { factors: { exposure: 1 } } },
      ]),
    ).toEqual([
      [
        "tier_rules_not_monotone",
        {
          from: "{ exposure: 1, partnerships: 0 }",
          fromTier: "high",
          to: "{ exposure: 2, partnerships: 0 }",
          toTier: "low",
        },
      ],
    ]);
  });

  it("names the institution type for which the tier drops", () => {
    expect(
      check([
        { tier: "low", when: { institutionTypes: ["college"], factors: { partnerships: 2 } } },
        { tier: "high", when: { factors: { partnerships: 1 } } },
      ]),
    ).toEqual([
      [
        "tier_rules_not_monotone",
        {
          from: "{ exposure: 0, partnerships: 1 } (college)",
          fromTier: "high",
          to: "{ exposure: 0, partnerships: 2 }",
          toTier: "low",
        },
      ],
    ]);
  });

  it("finds a drop caused by a sum threshold", () => {
    expect(
      check([
        { tier: "low", when: { sumAtLeast: 4 } },
        { tier: "high", when: { sumAtLeast: 2 } },
      ]),
    ).toEqual([
      [
        "tier_rules_not_monotone",
        {
          from: "{ exposure: 2, partnerships: 1 }",
          fromTier: "high",
          to: "{ exposure: 2, partnerships: 2 }",
          toTier: "low",
        },
      ],
    ]);
  });

  it("accepts rules that combine an institution type with a sum and a factor", () => {
    expect(
      check([
        { tier: "high", when: { institutionTypes: ["university"], sumAtLeast: 2 } },
        { tier: "high", when: { factors: { exposure: 2 } } },
      ]),
    ).toEqual([]);
  });

  it("does not check monotonicity when a rule names an unknown tier, factor value or type", () => {
    expect(
      check([
        { tier: "medium", when: { factors: { exposure: 2 } } },
        { tier: "high", when: { factors: { exposure: 3 } } },
        { tier: "low", when: { institutionTypes: ["museum"] } },
      ]),
    ).toEqual([
      ["unknown_tier", { id: "medium" }],
      ["unknown_factor_value", { factor: "exposure", value: 3 }],
      ["unknown_institution_type", { id: "museum" }],
    ]);
  });
});

describe("deriveRiskTier with combined conditions", () => {
  const m = model(
    setAt(miniModel(), RULES, [
      { tier: "high", when: { institutionTypes: ["university", "college"], sumAtLeast: 2 } },
    ]),
  );

  it("records every condition of the rule that set the tier, with its value", () => {
    expect(deriveRiskTier(m, { exposure: 1, partnerships: 1 }, "college")).toMatchObject({
      tier: "high",
      rule: 0,
      conditions: [
        { kind: "sum", atLeast: 2, value: 2 },
        { kind: "institutionType", allowed: ["university", "college"], value: "college" },
      ],
      factors: { exposure: 1, partnerships: 1 },
      institutionType: "college",
    });
  });

  it("falls back to the default tier without the institution type a rule needs", () => {
    expect(deriveRiskTier(m, { exposure: 2, partnerships: 2 })).toMatchObject({
      tier: "low",
      rule: null,
      conditions: [],
      factors: { exposure: 2, partnerships: 2 },
      institutionType: null,
    });
  });
});

// Both helpers document that a factor without a value counts as 0; the library's own callers
// always pass every factor, so these cases call them directly.
describe("tier rules given too few factor values", () => {
  // exposure >= 0 always holds for a value that is there; partnerships >= 1 does not hold for 0.
  const spec = model(
    setAt(miniModel(), RULES, [
      { tier: "high", when: { factors: { partnerships: 1 } } },
      { tier: "high", when: { factors: { exposure: 0 } } },
    ]),
  ).riskProfile;

  it("firstMatchingRule counts a factor missing from the map as 0", () => {
    expect(firstMatchingRule(spec, new Map([["partnerships", 1]]), undefined)).toBe(0);
    expect(firstMatchingRule(spec, new Map([["exposure", 2]]), undefined)).toBe(1);
    expect(firstMatchingRule(spec, new Map(), undefined)).toBe(1);
  });

  it("compileTierRules counts a value missing from the end of the array as 0", () => {
    const match = compileTierRules(spec, (rule, r) => `${r}:${rule.tier}`, "default");
    expect(match([0, 1], undefined)).toBe("0:high");
    expect(match([2], undefined)).toBe("1:high");
    expect(match([], undefined)).toBe("1:high");
  });
});
