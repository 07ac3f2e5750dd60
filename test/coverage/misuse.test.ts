import { describe, expect, it } from "vitest";
import {
  type Issue,
  KsmError,
  parseModel,
  scoreAssessment,
  setAnswer,
  setRiskProfile,
} from "../../src/index.js";
import { setAt } from "../fixtures/jsonEdit.js";
import { miniModel } from "../fixtures/miniModel.js";
import { answersAt, assessment, mini1 } from "./support.js";

const base = () => assessment(mini1, { id: "uni-m" }, answersAt(mini1, 1));

/** The error a function throws; fails the test when it does not throw a KsmError. */
function thrown(run: () => unknown): KsmError {
  try {
    run();
  } catch (e) {
    if (e instanceof KsmError) return e;
    throw e;
  }
  throw new Error("expected a KsmError");
}

describe("setRiskProfile", () => {
  it.each(["", "1st", "two words", "a/b"])("rejects %j as an institution type id", (type) => {
    const e = thrown(() => setRiskProfile(base(), { exposure: 0, partnerships: 0 }, type));
    expect(e.code).toBe("invalid_argument");
    expect(e.message).toBe(`[invalid_argument] "${type}" is not a valid institution type id`);
  });

  it("gives the issues of values that are not integers 0..10", () => {
    const e = thrown(() => setRiskProfile(base(), { exposure: 11, partnerships: 0.5 }));
    expect(e.code).toBe("invalid_argument");
    expect(e.issues.map((i: Issue) => [i.code, i.path])).toEqual([
      ["too_big", ["exposure"]],
      ["invalid_type", ["partnerships"]],
    ]);
  });

  it("keeps the institution type when none is given", () => {
    const typed = setRiskProfile(base(), { exposure: 1, partnerships: 1 }, "college");
    const again = setRiskProfile(typed, { exposure: 2, partnerships: 1 });
    expect(again.institution.type).toBe("college");
    expect(again.riskProfile).toEqual({ exposure: 2, partnerships: 1 });
  });
});

describe("scoring a builder-made not-applicable answer", () => {
  it.each<[string, string | undefined]>([
    ["no rationale", undefined],
    ["an empty rationale", ""],
    ["a blank rationale", " \n\t "],
  ])("throws not_parsed for NA with %s where NA is allowed", (_, rationale) => {
    const built = setAnswer(base(), {
      practice: "gov-roles.1",
      code: "NA",
      ...(rationale === undefined ? {} : { rationale }),
    });
    const e = thrown(() => scoreAssessment(mini1, built));
    expect(e.code).toBe("not_parsed");
    expect(e.message).toContain('indicator "gov-roles": NA without a rationale');
  });

  it("scores NA with a rationale as not applicable", () => {
    let built = base();
    for (const practice of ["gov-roles.1", "gov-roles.2", "gov-roles.3"]) {
      built = setAnswer(built, { practice, code: "NA", rationale: "Shared." });
    }
    const roles = scoreAssessment(mini1, built).indicators.find((i) => i.id === "gov-roles");
    expect(roles).toMatchObject({ status: "notApplicable", level: null, score: null, gap: null });
  });

  it("scores a level-rated indicator declared not applicable where the model allows it", () => {
    const doc = setAt(miniModel(), ["domains", 1, "indicators", 0, "notApplicable"], {
      allowed: true,
      rationale: { en: "No partners.", nl: "Geen partners." },
    });
    const parsed = parseModel(doc);
    if (!parsed.ok) throw new Error("model is invalid");
    const m = parsed.value;
    const withNa = setAnswer(assessment(m, { id: "x" }, answersAt(m, 1)), {
      indicator: "ops-screening",
      code: "NA",
      rationale: "No partners.",
    });
    const screening = scoreAssessment(m, withNa).indicators.find((i) => i.id === "ops-screening");
    expect(screening).toMatchObject({ status: "notApplicable", level: null, gap: null });
    const blank = setAnswer(withNa, { indicator: "ops-screening", code: "NA" });
    expect(thrown(() => scoreAssessment(m, blank)).message).toContain("NA without a rationale");
  });
});
