// Target rules, risk weights for institution types, tags on results, and the tier explanation,
// worked on the mini model (tiers low < high; factors exposure and partnerships 0..2; types
// university and college).
import { describe, expect, it } from "vitest";
import {
  deriveRiskTier,
  type IndicatorResult,
  type Model,
  parseAssessment,
  scoreAssessment,
} from "../../src/index.js";
import { uniformAssessmentDocument } from "../fixtures/arbitraries.js";
import { deepFreezeInput } from "../fixtures/deepFrozen.js";
import { setAt } from "../fixtures/jsonEdit.js";
import { type ModelDocument, miniModel } from "../fixtures/miniModel.js";
import { parsedModel } from "../fixtures/parsed.js";

const GOV_ROLES = ["domains", 0, "indicators", 1];
const OPS_SCREENING = ["domains", 1, "indicators", 0];

/** gov-roles (targets low 1 / high 2) with three target rules, and tags on two indicators. */
function withRules(): ModelDocument {
  const doc = miniModel();
  doc.tags = [
    { id: "transfer", label: { nl: "Overdracht", en: "Transfer" } },
    { id: "ethics", label: { nl: "Ethiek", en: "Ethics" } },
  ];
  setAt(
    doc,
    [...GOV_ROLES, "targetRules"],
    [
      { when: { factors: { partnerships: 1 } }, target: 2 },
      { when: { institutionTypes: ["college"], sumAtLeast: 2 }, target: 3 },
      { when: { factors: { partnerships: 2 } }, target: 3 },
    ],
  );
  setAt(doc, [...GOV_ROLES, "tags"], ["ethics", "transfer"]);
  setAt(doc, [...OPS_SCREENING, "tags"], ["transfer"]);
  // ops-screening: × 2 for partnerships ≥ 2 (all types), and × 3 for exposure ≥ 1 at a college.
  setAt(doc, [...OPS_SCREENING, "riskWeights", 1], {
    factor: "exposure",
    atLeast: 1,
    multiplier: 3,
    institutionTypes: ["college"],
  });
  return doc;
}

const model = parsedModel(withRules());

function scored(m: Model, riskProfile: Record<string, number>, type?: string) {
  const doc = uniformAssessmentDocument(m, { riskProfile });
  if (type !== undefined) doc.institution.type = type;
  const parsed = parseAssessment(doc, m);
  if (!parsed.ok) throw new Error("invalid assessment");
  return scoreAssessment(m, parsed.value);
}

const indicator = (r: ReturnType<typeof scored>, id: string): IndicatorResult => {
  const found = r.indicators.find((i) => i.id === id);
  if (!found) throw new Error(`no ${id}`);
  return found;
};

describe("target rules", () => {
  it("leave the tier's target when no rule holds", () => {
    const roles = indicator(scored(model, { exposure: 0, partnerships: 0 }), "gov-roles");
    expect(roles.target).toBe(1);
    expect(roles.targetTrace).toEqual({ tier: "low", tierTarget: 1, rule: null, conditions: [] });
  });

  it("raise the target to the rule's target, naming the rule and its conditions", () => {
    // A college with partnerships 1 is tier low (rule 1 needs a university).
    const roles = indicator(
      scored(model, { exposure: 0, partnerships: 1 }, "college"),
      "gov-roles",
    );
    expect(roles.target).toBe(2);
    expect(roles.targetTrace).toEqual({
      tier: "low",
      tierTarget: 1,
      rule: 0,
      conditions: [{ kind: "factor", factor: "partnerships", atLeast: 1, value: 1 }],
    });
  });

  it("take the first of the highest rules that hold", () => {
    // exposure 1 + partnerships 2 = 3: tier high (target 2); rules 0, 1 and 2 hold.
    const roles = indicator(
      scored(model, { exposure: 1, partnerships: 2 }, "college"),
      "gov-roles",
    );
    expect(roles.target).toBe(3);
    expect(roles.targetTrace).toMatchObject({ tier: "high", tierTarget: 2, rule: 1 });
    expect(roles.targetTrace.conditions).toEqual([
      { kind: "sum", atLeast: 2, value: 3 },
      { kind: "institutionType", allowed: ["college"], value: "college" },
    ]);
  });

  it("do not count a rule whose target is not above the tier's", () => {
    // Tier high gives 2; rule 0 (target 2) holds but raises nothing.
    const roles = indicator(scored(model, { exposure: 2, partnerships: 1 }), "gov-roles");
    expect(roles.target).toBe(2);
    expect(roles.targetTrace.rule).toBeNull();
  });

  it("count in the domain's target", () => {
    const low = scored(model, { exposure: 0, partnerships: 0 }, "college");
    const raised = scored(model, { exposure: 0, partnerships: 2 }, "college");
    expect(indicator(raised, "gov-roles").target).toBe(3);
    expect(raised.domains[0]?.target).toBeGreaterThan(low.domains[0]?.target ?? 0);
  });

  it("are compiled per model object: an edited frozen copy scores by its own rules", () => {
    const profile = { exposure: 0, partnerships: 1 };
    expect(indicator(scored(model, profile), "gov-roles").target).toBe(2);
    const doc = structuredClone(model) as ModelDocument;
    setAt(doc, [...GOV_ROLES, "targetRules", 0, "target"], 3);
    const copy = deepFreezeInput(doc) as Model;
    expect(indicator(scored(copy, profile), "gov-roles").target).toBe(3);
    // The original, scored again after the copy, is unchanged.
    expect(indicator(scored(model, profile), "gov-roles").target).toBe(2);
  });

  it("count a factor a hand-frozen model does not have as 0", () => {
    const doc = structuredClone(parsedModel(withRules())) as ModelDocument;
    setAt(
      doc,
      [...GOV_ROLES, "targetRules"],
      [
        { when: { factors: { ghost: 1 } }, target: 3 },
        { when: { factors: { toString: 0 } }, target: 2 },
      ],
    );
    const handFrozen = deepFreezeInput(doc) as Model;
    const roles = indicator(scored(handFrozen, { exposure: 0, partnerships: 0 }), "gov-roles");
    expect(roles.targetTrace).toMatchObject({ rule: 1, tierTarget: 1 });
    expect(roles.targetTrace.conditions).toEqual([
      { kind: "factor", factor: "toString", atLeast: 0, value: 0 },
    ]);
  });
});

describe("risk weights for institution types", () => {
  it("apply only to those types, and say which type matched", () => {
    const profile = { exposure: 1, partnerships: 0 };
    const college = indicator(scored(model, profile, "college"), "ops-screening").weight;
    expect(college.value).toBe(3);
    expect(college.multipliers).toEqual([
      {
        factor: "exposure",
        atLeast: 1,
        value: 1,
        multiplier: 3,
        institutionType: { allowed: ["college"], value: "college" },
      },
    ]);
    expect(indicator(scored(model, profile, "university"), "ops-screening").weight.value).toBe(1);
    expect(indicator(scored(model, profile), "ops-screening").weight.value).toBe(1);
  });
});

describe("tags on results", () => {
  it("carry each indicator's tags in the model's order, main concern first", () => {
    const r = scored(model, { exposure: 0, partnerships: 0 });
    expect(r.indicators.map((i) => [i.id, i.tags])).toEqual([
      ["gov-policy", []],
      ["gov-roles", ["ethics", "transfer"]],
      ["ops-screening", ["transfer"]],
      ["ops-training", []],
    ]);
  });
});

describe("the tier explanation", () => {
  it("names the rule, its conditions with the model's labels and values, in both languages", () => {
    const t = deriveRiskTier(model, { exposure: 0, partnerships: 1 }, "university");
    expect(t.rule).toBe(1);
    for (const [lang, tier, factor, type] of [
      ["en", "High", "Partners", "University"],
      ["nl", "Hoog", "Partners", "Universiteit"],
    ] as const) {
      const text = t.explanation[lang];
      for (const part of [tier, factor, type, "2", "3", "1"]) expect(text).toContain(part);
    }
    expect(t.explanation.nl).not.toBe(t.explanation.en);
  });

  it("says that the default tier applies when no rule holds", () => {
    const t = deriveRiskTier(model, { exposure: 0, partnerships: 0 });
    expect(t.rule).toBeNull();
    expect(t.explanation.en).toContain("Low");
    expect(t.explanation.nl).toContain("Laag");
  });

  it("explains a rule without conditions, and cleans control characters out of labels", () => {
    const doc = withRules();
    doc.riskProfile.tierRules = [{ tier: "high", when: {} }];
    setAt(doc, ["riskProfile", "tiers", 1, "label", "en"], "Hi\u001b[2Jgh\u202e");
    const t = deriveRiskTier(parsedModel(doc), { exposure: 0, partnerships: 0 });
    expect(t.conditions).toEqual([]);
    expect(t.explanation.en).toContain("Hi[2Jgh");
    expect([...t.explanation.en].filter((c) => c === "\u001b" || c === "\u202e")).toEqual([]);
    expect(t.explanation.en).not.toMatch(/: \.$/);
  });

  it("is part of the result's risk profile", () => {
    const r = scored(model, { exposure: 2, partnerships: 0 });
    expect(r.riskProfile.explanation).toEqual(
      deriveRiskTier(model, { exposure: 2, partnerships: 0 }).explanation,
    );
  });
});
