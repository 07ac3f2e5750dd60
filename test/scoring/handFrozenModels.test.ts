// Models frozen by hand rather than made by parseModel pass the library's frozen-value check, so
// scoring must cope with what parseModel would have refused: a tier rule or risk weight on a
// factor the model does not have, a tier without a target, a practice-rated indicator without
// practices. Each gives a result (never a TypeError), by these rules.
import { describe, expect, it } from "vitest";
import {
  type Assessment,
  deriveRiskTier,
  formatIssues,
  type Model,
  parseAssessment,
  parseModel,
  scoreAssessment,
} from "../../src/index.js";
import { uniformAssessmentDocument } from "../fixtures/arbitraries.js";
import { deepFreezeInput } from "../fixtures/deepFrozen.js";
import { type ModelDocument, miniModel } from "../fixtures/miniModel.js";

/** The parsed mini model, edited by `edit` and frozen by hand. */
function handFrozen(edit: (model: ModelDocument) => void): Model {
  const parsed = parseModel(miniModel());
  if (!parsed.ok) throw new Error(formatIssues(parsed.issues));
  const copy = structuredClone(parsed.value) as ModelDocument;
  edit(copy);
  return deepFreezeInput(copy) as Model;
}

function assessmentFor(model: Model, riskProfile = { exposure: 0, partnerships: 0 }): Assessment {
  const parsed = parseAssessment(uniformAssessmentDocument(model, { riskProfile }), model);
  if (!parsed.ok) throw new Error(formatIssues(parsed.issues));
  return parsed.value;
}

const indicatorOf = (model: ModelDocument, id: string) => {
  const found = model.domains.flatMap((d) => d.indicators).find((i) => i.id === id);
  if (!found) throw new Error(`no indicator ${id}`);
  return found;
};

describe("scoring with a model frozen by hand", () => {
  it("counts a factor the model does not have as 0 in a tier rule", () => {
    const model = handFrozen((m) => {
      m.riskProfile.tierRules.unshift({ tier: "high", when: { factors: { ghost: 0 } } });
    });
    const tier = deriveRiskTier(model, { exposure: 0, partnerships: 0 });
    expect(tier.tier).toBe("high");
    expect(tier.rule).toBe(0);
    expect(tier.conditions).toEqual([{ kind: "factor", factor: "ghost", atLeast: 0, value: 0 }]);
  });

  it("counts a factor the model does not have as 0 in a risk weight", () => {
    const model = handFrozen((m) => {
      indicatorOf(m, "gov-roles").riskWeights = [
        { factor: "ghost", atLeast: 0, multiplier: 2 },
        { factor: "toString", atLeast: 1, multiplier: 3 },
      ];
    });
    const r = scoreAssessment(model, assessmentFor(model));
    const roles = r.indicators.find((i) => i.id === "gov-roles");
    expect(roles?.weight).toEqual({
      base: 1,
      multipliers: [{ factor: "ghost", atLeast: 0, value: 0, multiplier: 2 }],
      value: 2,
    });
  });

  it("gives an indicator without a target for the tier the target 0", () => {
    const model = handFrozen((m) => {
      indicatorOf(m, "ops-training").targets = { high: 2 };
    });
    const r = scoreAssessment(model, assessmentFor(model));
    expect(r.riskProfile.tier).toBe("low");
    const training = r.indicators.find((i) => i.id === "ops-training");
    expect(training).toMatchObject({ target: 0, gap: 0, status: "scored" });
  });

  it("treats a practice-rated indicator without practices as not applicable", () => {
    const model = handFrozen((m) => {
      delete indicatorOf(m, "ops-training").practices;
    });
    const r = scoreAssessment(model, assessmentFor(model));
    const training = r.indicators.find((i) => i.id === "ops-training");
    expect(training).toMatchObject({ status: "notApplicable", level: null, score: null });
    expect(training?.items).toEqual({ applicable: 0, answered: 0 });
  });
});
