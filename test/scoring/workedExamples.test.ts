// The worked examples of docs/scoring.md, computed there by hand. If a number here changes, the
// guide must change with it.
import { describe, expect, it } from "vitest";
import {
  type Assessment,
  type Model,
  parseAssessment,
  parseModel,
  type Result,
  scoreAssessment,
} from "../../src/index.js";
import { type ModelDocument, miniModel } from "../fixtures/miniModel.js";

function model(rule: ModelDocument["levelRule"] = "cumulative"): Model {
  const parsed = parseModel({ ...miniModel(), levelRule: rule });
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
  return parsed.value;
}

type Answers = Record<string, string | number>;

function score(m: Model, answers: Answers, risk = { exposure: 2, partnerships: 0 }): Result {
  const doc = {
    modelRef: { id: m.id, version: m.version },
    institution: { id: "example", type: "college" },
    measuredOn: "2025-03-01",
    assessedBy: "self",
    riskProfile: risk,
    answers: Object.entries(answers).map(([id, v]) =>
      typeof v === "number" ? { indicator: id, level: v } : { practice: id, code: v },
    ),
  };
  const parsed = parseAssessment(doc, m);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
  return scoreAssessment(m, parsed.value as Assessment, { asOf: "2025-03-01" });
}

const policy = {
  "gov-policy.1a": "F",
  "gov-policy.1b": "L",
  "gov-policy.2": "F",
  "gov-policy.3": "P",
};
const indicator = (r: Result, id: string) => r.indicators.find((i) => i.id === id);

describe("one indicator under each level rule (docs/scoring.md §1)", () => {
  it("cumulative: level 2, score 2 + 1/3, blocked by the level-3 practice", () => {
    const r = indicator(score(model("cumulative"), policy), "gov-policy");
    expect(r?.level).toBe(2);
    expect(r?.score).toBeCloseTo(2 + 1 / 3, 10);
    expect(r?.blocking).toEqual(["gov-policy.3"]);
  });

  it("strict: level 1, because a level-1 practice is only largely implemented", () => {
    const r = indicator(score(model("strict"), policy), "gov-policy");
    expect(r?.level).toBe(1);
    expect(r?.score).toBeCloseTo(2, 10);
    expect(r?.blocking).toEqual(["gov-policy.1b"]);
  });

  it("additive: score 5/6 + 1 + 1/3, level 2, every practice below F listed", () => {
    const r = indicator(score(model("additive"), policy), "gov-policy");
    expect(r?.score).toBeCloseTo(5 / 6 + 1 + 1 / 3, 10);
    expect(r?.level).toBe(2);
    expect(r?.blocking).toEqual(["gov-policy.1b", "gov-policy.3"]);
  });
});

describe("a whole assessment (docs/scoring.md §2–§4)", () => {
  const all = {
    ...policy,
    "gov-roles.1": "F",
    "gov-roles.2": "L",
    "gov-roles.3": "N",
    "ops-screening": 1,
    "ops-training.1": "F",
    "ops-training.2": "P",
  };
  const result = score(model(), all);

  it("derives tier high from the first rule, exposure ≥ 2", () => {
    expect(result.riskProfile.tier).toBe("high");
    expect(result.riskProfile.rule).toBe(0);
    expect(result.riskProfile.conditions).toEqual([
      { kind: "factor", factor: "exposure", atLeast: 2, value: 2 },
    ]);
  });

  it("weights, targets and gaps per indicator", () => {
    const rows = result.indicators.map((i) => [
      i.id,
      i.status,
      i.level,
      i.weight.value,
      i.target,
      i.gap,
    ]);
    expect(rows).toEqual([
      ["gov-policy", "scored", 2, 3, 3, 1],
      ["gov-roles", "scored", 2, 1, 2, 0],
      ["ops-screening", "scored", 1, 1, 3, 2],
      ["ops-training", "incomplete", 1, 1, 2, 1],
    ]);
    expect(indicator(result, "gov-policy")?.weight.multipliers).toEqual([
      { factor: "exposure", atLeast: 2, value: 2, multiplier: 1.5 },
    ]);
  });

  it("domains: weakest-link level, weighted score, target and gap", () => {
    const [gov, ops] = result.domains;
    expect(gov?.level).toBe(2);
    expect(gov?.score).toBeCloseTo(9 / 4, 10);
    expect(gov?.target).toBeCloseTo(11 / 4, 10);
    expect(gov?.gap).toBeCloseTo(3 / 4, 10);
    expect(ops?.level).toBe(1);
    expect(ops?.score).toBeCloseTo((1 + 4 / 3) / 2, 10);
    expect(ops?.gap).toBeCloseTo(3 / 2, 10);
  });

  it("overall: maturity index 17/9, target attainment 5/8, level 1, coverage 10/11", () => {
    expect(result.overall.maturityIndex).toBeCloseTo(17 / 9, 10);
    expect(result.overall.targetAttainment).toBeCloseTo(5 / 8, 10);
    expect(result.overall.level).toBe(1);
    expect(result.overall.levelCap).toBeNull();
    expect(result.overall.coverage).toBeCloseTo(10 / 11, 10);
    expect(result.overall.criticalGaps).toEqual(["gov-policy"]);
    expect(result.warnings.map((w) => w.code)).toEqual(["incomplete_indicator"]);
  });

  it("the critical cap: index 2.0 but the critical indicator is at level 1", () => {
    const capped = score(model(), {
      "gov-policy.1a": "F",
      "gov-policy.1b": "L",
      "gov-policy.2": "N",
      "gov-policy.3": "N",
      "gov-roles.1": "F",
      "gov-roles.2": "F",
      "gov-roles.3": "F",
      "ops-screening": 3,
      "ops-training.1": "F",
      "ops-training.2": "F",
      "ops-training.3": "F",
    });
    expect(capped.overall.maturityIndex).toBeCloseTo(2, 10);
    expect(capped.overall.level).toBe(1);
    expect(capped.overall.levelCap).toEqual({ indicator: "gov-policy", level: 1 });
  });
});

describe("a target rule (docs/scoring.md §2)", () => {
  const doc = miniModel();
  const screening = doc.domains[1]?.indicators[0];
  if (screening) {
    screening.targetRules = [
      { when: { factors: { partnerships: 1 } }, target: 2 },
      { when: { institutionTypes: ["college"] }, target: 2 },
    ];
  }
  const parsed = parseModel(doc);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
  const m = parsed.value;

  it("raises the low tier's target 1 to 2, traced to the first rule that holds", () => {
    const r = score(m, { "ops-screening": 1 }, { exposure: 1, partnerships: 1 });
    expect(r.riskProfile.tier).toBe("low");
    expect(indicator(r, "ops-screening")).toMatchObject({
      target: 2,
      targetTrace: {
        tier: "low",
        tierTarget: 1,
        rule: 0,
        conditions: [{ kind: "factor", factor: "partnerships", atLeast: 1, value: 1 }],
      },
    });
  });

  it("leaves the high tier's target 3 standing", () => {
    const r = score(m, { "ops-screening": 1 }, { exposure: 2, partnerships: 1 });
    expect(r.riskProfile.tier).toBe("high");
    expect(indicator(r, "ops-screening")?.target).toBe(3);
    expect(indicator(r, "ops-screening")?.targetTrace.rule).toBeNull();
  });

  it("explains the example's tier in the words the guide quotes", () => {
    const r = score(model(), policy);
    expect(r.riskProfile.explanation.en).toBe(
      "Risk tier High, set by tier rule 1 of 3: Exposure at least 2 (value 2).",
    );
  });
});
