import { describe, expect, it } from "vitest";
import {
  type Answer,
  type Assessment,
  KsmError,
  type KsmErrorCode,
  type Model,
  removeAnswer,
  setAnswer,
  setRiskProfile,
} from "../../src/index.js";
import {
  parseValidAssessment,
  parseValidModel,
  uniformAssessmentDocument,
} from "../fixtures/arbitraries.js";
import { isDeepFrozen } from "../fixtures/deepFrozen.js";
import { miniModel } from "../fixtures/miniModel.js";

const mini: Model = parseValidModel(miniModel());

/** A parsed mini assessment without answers for gov-roles.3 and ops-training.3. */
function assessment(): Assessment {
  const doc = uniformAssessmentDocument(mini, {
    code: "L",
    level: 1,
    riskProfile: { exposure: 1, partnerships: 0 },
  });
  doc.institution.type = "college";
  doc.answers = doc.answers.filter(
    (a) => a.practice !== "gov-roles.3" && a.practice !== "ops-training.3",
  );
  return parseValidAssessment(doc, mini);
}

const idOf = (a: Answer): string | undefined => a.practice ?? a.indicator;
const indexOf = (a: Assessment, id: string): number => a.answers.findIndex((x) => idOf(x) === id);

/** Runs a builder and checks what every builder promises about its input and output. */
function build(prev: Assessment, change: (a: Assessment) => Assessment): Assessment {
  const before = structuredClone(prev);
  const next = change(prev);
  expect(prev).toEqual(before);
  expect(isDeepFrozen(next)).toBe(true);
  return next;
}

/** The KsmError code a call throws, or `undefined` if it does not throw a KsmError. */
function thrownCode(call: () => unknown): KsmErrorCode | undefined {
  try {
    call();
  } catch (error) {
    if (error instanceof KsmError) return error.code;
    throw error;
  }
  return undefined;
}

describe("setAnswer", () => {
  it("replaces the answer for the same practice in place, sharing everything else", () => {
    const prev = assessment();
    const at = indexOf(prev, "gov-policy.2");
    const next = build(prev, (a) => setAnswer(a, { practice: "gov-policy.2", code: "F" }));
    expect(next.answers).toHaveLength(prev.answers.length);
    expect(next.answers[at]).toEqual({ practice: "gov-policy.2", code: "F" });
    prev.answers.forEach((answer, i) => {
      if (i !== at) expect(next.answers[i]).toBe(answer);
    });
    expect(next.institution).toBe(prev.institution);
    expect(next.riskProfile).toBe(prev.riskProfile);
    expect(next.modelRef).toBe(prev.modelRef);
  });

  it("replaces the whole answer, dropping fields the new one does not have", () => {
    const prev = build(assessment(), (a) =>
      setAnswer(a, {
        practice: "gov-roles.1",
        code: "NA",
        rationale: "Roles are shared.",
        evidencedOn: "2025-01-10",
      }),
    );
    const next = build(prev, (a) => setAnswer(a, { practice: "gov-roles.1", code: "P" }));
    expect(next.answers[indexOf(next, "gov-roles.1")]).toEqual({
      practice: "gov-roles.1",
      code: "P",
    });
  });

  it("replaces a level answer for the same indicator", () => {
    const prev = assessment();
    const at = indexOf(prev, "ops-screening");
    const next = build(prev, (a) =>
      setAnswer(a, { indicator: "ops-screening", level: 3, confidence: "inferred" }),
    );
    expect(next.answers).toHaveLength(prev.answers.length);
    expect(next.answers[at]).toEqual({
      indicator: "ops-screening",
      level: 3,
      confidence: "inferred",
    });
  });

  it("appends an answer for a practice that has none", () => {
    const prev = assessment();
    const next = build(prev, (a) => setAnswer(a, { practice: "gov-roles.3", code: "N" }));
    expect(next.answers).toHaveLength(prev.answers.length + 1);
    expect(next.answers.at(-1)).toEqual({ practice: "gov-roles.3", code: "N" });
    prev.answers.forEach((answer, i) => {
      expect(next.answers[i]).toBe(answer);
    });
    expect(next.institution).toBe(prev.institution);
  });

  it("keeps a copy of the answer, not the caller's object", () => {
    const answer = { practice: "gov-roles.3", code: "N" };
    const next = setAnswer(assessment(), answer);
    answer.code = "F";
    expect(next.answers.at(-1)).toEqual({ practice: "gov-roles.3", code: "N" });
    expect(Object.isFrozen(answer)).toBe(false);
  });

  const malformed: readonly [string, unknown][] = [
    [
      "both practice and indicator",
      { practice: "gov-policy.1a", indicator: "gov-policy", code: "F" },
    ],
    ["neither practice nor indicator", { code: "F" }],
    ["a code that is not a code", { practice: "gov-policy.1a", code: "F!" }],
    ["a negative level", { indicator: "ops-screening", level: -1 }],
    ["a fractional level", { indicator: "ops-screening", level: 1.5 }],
    ["an unknown field", { practice: "gov-policy.1a", code: "F", score: 3 }],
    ["an id that is not an id", { practice: "1a", code: "F" }],
    [
      "an impossible evidence date",
      { practice: "gov-policy.1a", code: "F", evidencedOn: "2025-02-30" },
    ],
    ["a function", { practice: "gov-policy.1a", code: () => "F" }],
    ["not an object", "gov-policy.1a=F"],
    ["null", null],
    ["a __proto__ key", JSON.parse('{"practice":"gov-policy.1a","code":"F","__proto__":{}}')],
  ];

  it.each(malformed)("throws invalid_answer for %s, leaving the input untouched", (_, answer) => {
    const prev = assessment();
    const before = structuredClone(prev);
    expect(thrownCode(() => setAnswer(prev, answer as Answer))).toBe("invalid_answer");
    expect(prev).toEqual(before);
  });
});

describe("removeAnswer", () => {
  it("removes the answer for a practice, sharing the other answers", () => {
    const prev = assessment();
    const at = indexOf(prev, "gov-policy.1b");
    const next = build(prev, (a) => removeAnswer(a, "gov-policy.1b"));
    expect(next.answers).toHaveLength(prev.answers.length - 1);
    expect(indexOf(next, "gov-policy.1b")).toBe(-1);
    expect(next.answers).toEqual(prev.answers.filter((_, i) => i !== at));
    next.answers.forEach((answer) => {
      expect(prev.answers).toContain(answer);
    });
    expect(next.institution).toBe(prev.institution);
  });

  it("removes a level answer by indicator id", () => {
    const next = build(assessment(), (a) => removeAnswer(a, "ops-screening"));
    expect(indexOf(next, "ops-screening")).toBe(-1);
  });

  it.each(["gov-roles.3", "nothing-here", "constructor", "__proto__"])(
    "returns an equal assessment when %s has no answer",
    (id) => {
      const prev = assessment();
      const next = build(prev, (a) => removeAnswer(a, id));
      expect(next).toEqual(prev);
    },
  );
});

describe("setRiskProfile", () => {
  it("sets the factor values and keeps the institution type when none is given", () => {
    const prev = assessment();
    const next = build(prev, (a) => setRiskProfile(a, { exposure: 2, partnerships: 1 }));
    expect(next.riskProfile).toEqual({ exposure: 2, partnerships: 1 });
    expect(next.institution).toBe(prev.institution);
    expect(next.answers).toBe(prev.answers);
  });

  it("sets the institution type when given", () => {
    const prev = assessment();
    const next = build(prev, (a) =>
      setRiskProfile(a, { exposure: 0, partnerships: 0 }, "university"),
    );
    expect(next.institution).toEqual({ ...prev.institution, type: "university" });
    expect(next.riskProfile).toEqual({ exposure: 0, partnerships: 0 });
    expect(next.answers).toBe(prev.answers);
  });

  it("keeps a copy of the values, not the caller's object", () => {
    const values = { exposure: 2, partnerships: 2 };
    const next = setRiskProfile(assessment(), values);
    values.exposure = 0;
    expect(next.riskProfile).toEqual({ exposure: 2, partnerships: 2 });
  });

  const malformed: readonly [string, unknown][] = [
    ["a fractional value", { exposure: 1.5, partnerships: 0 }],
    ["a negative value", { exposure: -1, partnerships: 0 }],
    ["a value above 10", { exposure: 11, partnerships: 0 }],
    ["a string value", { exposure: "2", partnerships: 0 }],
    ["NaN", { exposure: Number.NaN, partnerships: 0 }],
    ["Infinity", { exposure: Number.POSITIVE_INFINITY, partnerships: 0 }],
    ["an array", [1, 2]],
    ["null", null],
    ["a __proto__ key", JSON.parse('{"exposure":1,"__proto__":2}')],
  ];

  it.each(malformed)("throws invalid_argument for %s, leaving the input untouched", (_, values) => {
    const prev = assessment();
    const before = structuredClone(prev);
    expect(thrownCode(() => setRiskProfile(prev, values as Readonly<Record<string, number>>))).toBe(
      "invalid_argument",
    );
    expect(prev).toEqual(before);
  });
});
