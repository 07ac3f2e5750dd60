// The referential checks of parseModel with their params: test/model checks codes and paths, and
// the params are what a message shows the person who fixes the model (which id, which level,
// where the id first appeared).
import { describe, expect, it } from "vitest";
import { parseCrosswalk, parseModel } from "../../src/index.js";
import { MAX_TIER_COMBINATIONS } from "../../src/model/check/checkTiers.js";
import { type ModelDocument, miniModel } from "../fixtures/miniModel.js";

type Indicator = ModelDocument["domains"][number]["indicators"][number];

function issues(change: (doc: ModelDocument) => void) {
  const doc = miniModel();
  change(doc);
  const parsed = parseModel(doc);
  if (parsed.ok) throw new Error("parsed");
  return parsed.issues.map((i) => [i.code, i.path, i.params]);
}

const indicator = (doc: ModelDocument, d: number, i: number): Indicator => {
  const found = doc.domains[d]?.indicators[i];
  if (!found) throw new Error("no indicator");
  return found;
};
const at = (d: number, i: number, ...rest: (string | number)[]) => [
  "domains",
  d,
  "indicators",
  i,
  ...rest,
];

describe("parseModel issue params", () => {
  it("a duplicate id names the id and where it first appeared", () => {
    expect(
      issues((doc) => {
        indicator(doc, 1, 1).id = "gov-policy";
      }),
    ).toContainEqual([
      "duplicate_id",
      at(1, 1, "id"),
      { id: "gov-policy", first: "domains[0].indicators[0].id" },
    ]);
  });

  it("levels and factor values say which number they should have", () => {
    expect(
      issues((doc) => {
        const level = doc.levels[2];
        if (level) level.level = 5;
      }),
    ).toEqual([["levels_not_contiguous", ["levels", 2, "level"], { expected: 2 }]]);
    expect(
      issues((doc) => {
        const value = doc.riskProfile.factors[0]?.values[1];
        if (value) value.value = 4;
      }),
    ).toContainEqual([
      "factor_values_not_contiguous",
      ["riskProfile", "factors", 0, "values", 1, "value"],
      { expected: 1 },
    ]);
  });

  it("the answer scale: NA reserved, duplicates, order and achievedFrom", () => {
    expect(
      issues((doc) => {
        const code = doc.answerScale.codes[1];
        if (code) code.code = "na";
      }),
    ).toEqual([["reserved_code", ["answerScale", "codes", 1, "code"], {}]]);
    expect(
      issues((doc) => {
        const code = doc.answerScale.codes[2];
        if (code) code.code = "P";
      }),
    ).toEqual([
      [
        "duplicate_id",
        ["answerScale", "codes", 2, "code"],
        { id: "P", first: "answerScale.codes[1].code" },
      ],
      ["unknown_answer_code", ["answerScale", "achievedFrom"], { id: "L", expected: "N, P, F" }],
    ]);
    expect(
      issues((doc) => {
        const code = doc.answerScale.codes[2];
        if (code) code.value = 0.2;
      }),
    ).toEqual([["answer_scale_not_ordered", ["answerScale", "codes", 2, "value"], { id: "L" }]]);
    expect(
      issues((doc) => {
        const code = doc.answerScale.codes[2];
        if (code) code.value = 1 / 3;
      }),
    ).toEqual([["answer_scale_not_ordered", ["answerScale", "codes", 2, "value"], { id: "L" }]]);
  });

  it("an indicator's references name what they could not find", () => {
    expect(
      issues((doc) => {
        const ind = indicator(doc, 1, 0);
        ind.sources = [{ source: "nope", ref: "1" }];
        ind.mappings = [{ source: "other", ref: "2" }];
        ind.dependsOn = ["ghost"];
        ind.riskWeights = [
          { factor: "budget", atLeast: 1, multiplier: 2 },
          { factor: "exposure", atLeast: 3, multiplier: 2 },
        ];
      }),
    ).toEqual([
      ["unknown_source", at(1, 0, "sources", 0, "source"), { id: "nope" }],
      ["unknown_source", at(1, 0, "mappings", 0, "source"), { id: "other" }],
      ["unknown_indicator", at(1, 0, "dependsOn", 0), { id: "ghost" }],
      ["unknown_factor", at(1, 0, "riskWeights", 0, "factor"), { id: "budget" }],
      [
        "unknown_factor_value",
        at(1, 0, "riskWeights", 1, "atLeast"),
        { factor: "exposure", value: 3 },
      ],
    ]);
  });

  it("practices: only for practice rating, within the levels, every level covered", () => {
    expect(
      issues((doc) => {
        indicator(doc, 1, 0).practices = [{ id: "x.1", level: 1, text: { nl: "x", en: "x" } }];
      }),
    ).toEqual([["practices_not_allowed", at(1, 0, "practices"), {}]]);
    expect(
      issues((doc) => {
        const p = indicator(doc, 0, 0).practices?.[3];
        if (p) p.level = 4;
        const q = indicator(doc, 0, 1).practices?.[0];
        if (q) q.level = 0;
      }),
    ).toEqual([
      ["level_out_of_range", at(0, 0, "practices", 3, "level"), { level: 4, max: 3 }],
      ["level_not_covered", at(0, 0, "practices"), { level: 3 }],
      ["level_out_of_range", at(0, 1, "practices", 0, "level"), { level: 0, max: 3 }],
      ["level_not_covered", at(0, 1, "practices"), { level: 1 }],
    ]);
  });

  it("targets: known tiers, within the levels, all tiers, never lower for a higher tier", () => {
    expect(
      issues((doc) => {
        indicator(doc, 0, 0).targets = { low: 2, high: 3, mid: 2 } as never;
        indicator(doc, 0, 1).targets = { low: 1, high: 5 };
        indicator(doc, 1, 0).targets = { low: 1 } as never;
        indicator(doc, 1, 1).targets = { low: 3, high: 2 };
      }),
    ).toEqual([
      ["unknown_tier", at(0, 0, "targets", "mid"), { id: "mid" }],
      ["level_out_of_range", at(0, 1, "targets", "high"), { level: 5, max: 3 }],
      ["missing_target", at(1, 0, "targets"), { tier: "high" }],
      ["targets_not_monotone", at(1, 1, "targets", "high"), { tier: "high", lower: "low" }],
    ]);
  });

  it("a dependsOn cycle is reported once, where it closes, with the whole cycle", () => {
    expect(
      issues((doc) => {
        indicator(doc, 0, 0).dependsOn = ["ops-training"];
      }),
    ).toEqual([
      [
        "dependency_cycle",
        at(0, 1, "dependsOn", 0),
        { cycle: "gov-policy → ops-training → gov-roles → gov-policy" },
      ],
    ]);
    expect(
      issues((doc) => {
        indicator(doc, 1, 0).dependsOn = ["ops-screening"];
      }),
    ).toEqual([
      ["dependency_cycle", at(1, 0, "dependsOn", 0), { cycle: "ops-screening → ops-screening" }],
    ]);
  });

  it("the risk profile: tiers, factors and institution types that rules name", () => {
    expect(
      issues((doc) => {
        const rp = doc.riskProfile;
        rp.defaultTier = "none";
        rp.tierRules = [
          { tier: "extreme", when: { factors: { budget: 1 } } },
          { tier: "high", when: { factors: { exposure: 3 } } },
          { tier: "high", when: { institutionTypes: ["school"] } },
        ];
      }),
    ).toEqual([
      ["unknown_tier", ["riskProfile", "defaultTier"], { id: "none" }],
      ["unknown_tier", ["riskProfile", "tierRules", 0, "tier"], { id: "extreme" }],
      [
        "unknown_factor",
        ["riskProfile", "tierRules", 0, "when", "factors", "budget"],
        { id: "budget" },
      ],
      [
        "unknown_factor_value",
        ["riskProfile", "tierRules", 1, "when", "factors", "exposure"],
        { factor: "exposure", value: 3 },
      ],
      [
        "unknown_institution_type",
        ["riskProfile", "tierRules", 2, "when", "institutionTypes", 0],
        { id: "school" },
      ],
    ]);
  });

  it("tier rules that a higher factor can lower name both profiles and tiers", () => {
    const found = issues((doc) => {
      doc.riskProfile.tierRules = [
        { tier: "low", when: { factors: { exposure: 2 } } },
        { tier: "high", when: { factors: { exposure: 1 } } },
      ];
    });
    expect(found[0]).toEqual([
      "tier_rules_not_monotone",
      ["riskProfile", "tierRules"],
      {
        from: "{ exposure: 1, partnerships: 0 }",
        fromTier: "high",
        to: "{ exposure: 2, partnerships: 0 }",
        toTier: "low",
      },
    ]);
    const typed = issues((doc) => {
      doc.riskProfile.tierRules = [
        { tier: "low", when: { institutionTypes: ["college"], factors: { partnerships: 2 } } },
        { tier: "high", when: { institutionTypes: ["college"], factors: { partnerships: 1 } } },
      ];
    });
    // The institution type is named once, after the lower profile.
    expect(typed[0]?.[2]).toMatchObject({
      from: "{ exposure: 0, partnerships: 1 } (college)",
      fromTier: "high",
      toTier: "low",
    });
    expect(String((typed[0]?.[2] as { to?: unknown } | undefined)?.to)).toMatch(
      /^\{ exposure: 0, partnerships: 2 \}/,
    );
  });
});

describe("parseModel: where a duplicated id first appeared", () => {
  it("in the sources, the factors or the institution types", () => {
    expect(
      issues((doc) => {
        indicator(doc, 1, 1).id = "guide";
      }),
    ).toContainEqual(["duplicate_id", at(1, 1, "id"), { id: "guide", first: "sources[0].id" }]);
    expect(
      issues((doc) => {
        const domain = doc.domains[1];
        if (domain) domain.id = "partnerships";
      }),
    ).toContainEqual([
      "duplicate_id",
      ["domains", 1, "id"],
      { id: "partnerships", first: "riskProfile.factors[1].id" },
    ]);
    expect(
      issues((doc) => {
        const domain = doc.domains[1];
        if (domain) domain.id = "college";
      }),
    ).toContainEqual([
      "duplicate_id",
      ["domains", 1, "id"],
      { id: "college", first: "riskProfile.institutionTypes[1].id" },
    ]);
  });
});

describe("parseModel: dependency cycles and tier rules", () => {
  it("names only the indicators on a cycle that the search reached from outside it", () => {
    expect(
      issues((doc) => {
        indicator(doc, 0, 0).dependsOn = ["ops-screening"];
        indicator(doc, 1, 0).dependsOn = ["ops-training"];
        indicator(doc, 0, 1).dependsOn = ["ops-training"];
      }),
    ).toEqual([
      [
        "dependency_cycle",
        at(0, 1, "dependsOn", 0),
        { cycle: "ops-training → gov-roles → ops-training" },
      ],
    ]);
  });

  it("checks monotonicity only when every tier a rule names exists", () => {
    expect(
      issues((doc) => {
        doc.riskProfile.tierRules = [{ tier: "extreme", when: { factors: { exposure: 1 } } }];
      }),
    ).toEqual([["unknown_tier", ["riskProfile", "tierRules", 0, "tier"], { id: "extreme" }]]);
  });

  it("names the misplaced rule and the combinations when unordered rules are too many to check", () => {
    const found = issues((doc) => {
      const text = { nl: "x", en: "x" };
      doc.riskProfile.factors = Array.from({ length: 5 }, (_, f) => ({
        id: `factor${f}`,
        label: text,
        question: text,
        values: Array.from({ length: 11 }, (_, value) => ({ value, label: text })),
      }));
      // Ordered for no type and for a university; for a college the low rule 0 precedes rule 1.
      doc.riskProfile.tierRules = [
        { tier: "low", when: { institutionTypes: ["college"], factors: { factor0: 1 } } },
        { tier: "high", when: { factors: { factor1: 9 } } },
        { tier: "high", when: { institutionTypes: ["college"], factors: { factor2: 9 } } },
      ];
      for (const domain of doc.domains) for (const i of domain.indicators) delete i.riskWeights;
    });
    expect(found).toEqual([
      [
        "tier_rules_unordered",
        ["riskProfile", "tierRules", 1],
        {
          at: "tierRules[1]",
          tier: "high",
          after: "tierRules[0]",
          afterTier: "low",
          type: "college",
          combinations: 161_051 * 3,
          maximum: MAX_TIER_COMBINATIONS,
        },
      ],
    ]);
  });
});

describe("parseCrosswalk issue params", () => {
  const model = (version: string) => {
    const parsed = parseModel(miniModel({ version }));
    if (!parsed.ok) throw new Error("model");
    return parsed.value;
  };
  const walk = (mappings: object[], from = "1") => ({
    from: { id: "mini", version: from },
    to: { id: "mini", version: "2" },
    mappings,
  });
  const same = ["gov-policy", "gov-roles", "ops-screening", "ops-training"].map((id) => ({
    type: "same",
    from: id,
    to: id,
  }));
  const issuesOf = (doc: unknown, withModels = true) => {
    const parsed = withModels ? parseCrosswalk(doc, model("1"), model("2")) : parseCrosswalk(doc);
    if (parsed.ok) throw new Error("parsed");
    return parsed.issues.map((i) => [i.code, i.path, i.params]);
  };

  it("names a reused id and where it was first named", () => {
    expect(
      issuesOf(
        walk([
          ...same.slice(1),
          { type: "retired", from: "gov-policy" },
          { type: "added", to: "gov-policy" },
        ]),
      ),
    ).toEqual([
      [
        "crosswalk_id_reused",
        ["mappings", 4, "to"],
        { id: "gov-policy", first: "mappings[3].from" },
      ],
    ]);
  });

  it("names both versions when the crosswalk is for another one", () => {
    expect(issuesOf(walk(same, "7"))).toEqual([
      ["crosswalk_model_mismatch", ["from"], { expected: "mini@1", received: "mini@7" }],
    ]);
  });

  it("names an indicator the model does not have, and one it leaves out", () => {
    expect(
      issuesOf(walk([...same.slice(1), { type: "same", from: "ghost", to: "gov-policy" }])),
    ).toEqual([
      ["unknown_indicator", ["mappings", 3, "from"], { id: "ghost" }],
      ["crosswalk_unaccounted", ["mappings"], { id: "gov-policy", model: "mini@1" }],
    ]);
  });

  it("names a duplicate with the model it belongs to", () => {
    expect(issuesOf(walk([...same, { type: "retired", from: "gov-roles" }]), false)).toEqual([
      ["crosswalk_duplicate", ["mappings", 4, "from"], { id: "gov-roles", model: "mini@1" }],
    ]);
  });
});
