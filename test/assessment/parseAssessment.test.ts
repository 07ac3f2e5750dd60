import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import {
  ISSUE_CODES,
  type IssueCode,
  type IssuePath,
  type Model,
  parseAssessment,
} from "../../src/index.js";
import {
  type AssessmentDocument,
  parseValidModel,
  uniformAssessmentDocument,
} from "../fixtures/arbitraries.js";
import { deepFreezeInput, isDeepFrozen } from "../fixtures/deepFrozen.js";
import { allPaths, pushAt, removeAt, setAt } from "../fixtures/jsonEdit.js";
import { miniModel } from "../fixtures/miniModel.js";
import { thrown } from "../fixtures/thrown.js";

if (process.env.CI) fc.configureGlobal({ seed: 42 });

const mini: Model = parseValidModel(miniModel());

/**
 * A valid assessment of the mini model: every practice `L`, `ops-screening` at level 1, a
 * university with some exposure. Answers are in model order: gov-policy.1a, .1b, .2, .3,
 * gov-roles.1, .2, .3, ops-screening, ops-training.1, .2, .3.
 */
function valid(): AssessmentDocument {
  const doc = uniformAssessmentDocument(mini, {
    code: "L",
    level: 1,
    riskProfile: { exposure: 1, partnerships: 0 },
  });
  doc.institution.type = "university";
  return doc;
}

/** Position of the answer for a practice or indicator in {@link valid}. */
function answerAt(id: string): number {
  const at = valid().answers.findIndex((a) => (a.practice ?? a.indicator) === id);
  if (at < 0) throw new Error(`test fixture: no answer for ${id}`);
  return at;
}

const POLICY_1A = ["answers", answerAt("gov-policy.1a")];
const ROLES_1 = ["answers", answerAt("gov-roles.1")];
const SCREENING = ["answers", answerAt("ops-screening")];
/** Where an answer appended to {@link valid} lands. */
const APPENDED = ["answers", valid().answers.length];

interface Found {
  readonly code: IssueCode;
  readonly path: IssuePath;
}

function issuesOf(input: unknown): Found[] {
  const result = parseAssessment(input, mini);
  return result.ok ? [] : result.issues.map(({ code, path }) => ({ code, path }));
}

/** A fresh valid assessment changed by `change`. */
function edited(change: (doc: AssessmentDocument) => void): AssessmentDocument {
  const doc = valid();
  change(doc);
  return doc;
}

interface Case {
  readonly name: string;
  readonly input: () => unknown;
  readonly issues: readonly Found[];
}

const issue = (code: IssueCode, path: IssuePath): Found => ({ code, path });

const cases: readonly Case[] = [
  {
    name: "model_mismatch: another version",
    input: () => edited((d) => setAt(d, ["modelRef", "version"], "2")),
    issues: [issue("model_mismatch", ["modelRef"])],
  },
  {
    name: "model_mismatch: another model",
    input: () => edited((d) => setAt(d, ["modelRef", "id"], "maxi")),
    issues: [issue("model_mismatch", ["modelRef"])],
  },
  {
    name: "unknown_practice",
    input: () => edited((d) => setAt(d, [...POLICY_1A, "practice"], "gov-policy.9")),
    issues: [issue("unknown_practice", [...POLICY_1A, "practice"])],
  },
  {
    name: "unknown_practice: a practice-rated indicator's id",
    input: () => edited((d) => setAt(d, [...POLICY_1A, "practice"], "gov-policy")),
    issues: [issue("unknown_practice", [...POLICY_1A, "practice"])],
  },
  ...["constructor", "toString", "hasOwnProperty", "valueOf"].map(
    (id): Case => ({
      name: `unknown_practice: "${id}" (prototype-safe lookup)`,
      input: () => edited((d) => pushAt(d, ["answers"], { practice: id, code: "F" })),
      issues: [issue("unknown_practice", [...APPENDED, "practice"])],
    }),
  ),
  {
    name: "unknown_indicator",
    input: () => edited((d) => pushAt(d, ["answers"], { indicator: "ops-vetting", level: 1 })),
    issues: [issue("unknown_indicator", [...APPENDED, "indicator"])],
  },
  {
    name: 'unknown_indicator: "constructor"',
    input: () => edited((d) => pushAt(d, ["answers"], { indicator: "constructor", level: 1 })),
    issues: [issue("unknown_indicator", [...APPENDED, "indicator"])],
  },
  {
    name: "rating_mismatch: a level for a practice-rated indicator",
    input: () => edited((d) => pushAt(d, ["answers"], { indicator: "gov-policy", level: 2 })),
    issues: [issue("rating_mismatch", [...APPENDED, "indicator"])],
  },
  {
    name: "rating_mismatch: a practice id that is a level-rated indicator",
    input: () => edited((d) => setAt(d, SCREENING, { practice: "ops-screening", code: "F" })),
    issues: [issue("rating_mismatch", [...SCREENING, "practice"])],
  },
  {
    name: "answer_target_ambiguous: both practice and indicator",
    input: () => edited((d) => setAt(d, [...POLICY_1A, "indicator"], "gov-policy")),
    issues: [issue("answer_target_ambiguous", POLICY_1A)],
  },
  {
    name: "answer_target_ambiguous: neither practice nor indicator",
    input: () => edited((d) => pushAt(d, ["answers"], { code: "F" })),
    issues: [issue("answer_target_ambiguous", APPENDED)],
  },
  {
    name: "duplicate_answer: a practice answered twice",
    input: () => edited((d) => pushAt(d, ["answers"], { practice: "gov-policy.1a", code: "F" })),
    issues: [issue("duplicate_answer", APPENDED)],
  },
  {
    name: "duplicate_answer: a level-rated indicator answered twice",
    input: () => edited((d) => pushAt(d, ["answers"], { indicator: "ops-screening", level: 2 })),
    issues: [issue("duplicate_answer", APPENDED)],
  },
  {
    name: "unknown_answer_code",
    input: () => edited((d) => setAt(d, [...POLICY_1A, "code"], "X")),
    issues: [issue("unknown_answer_code", [...POLICY_1A, "code"])],
  },
  {
    name: "unknown_answer_code: codes are case-sensitive",
    input: () => edited((d) => setAt(d, [...POLICY_1A, "code"], "l")),
    issues: [issue("unknown_answer_code", [...POLICY_1A, "code"])],
  },
  {
    name: "not_applicable_not_allowed: a practice of an indicator that may not be NA",
    input: () =>
      edited((d) =>
        setAt(d, POLICY_1A, { practice: "gov-policy.1a", code: "NA", rationale: "Not ours." }),
      ),
    issues: [issue("not_applicable_not_allowed", [...POLICY_1A, "code"])],
  },
  {
    name: "not_applicable_not_allowed: a level-rated indicator without an NA policy",
    input: () =>
      edited((d) =>
        setAt(d, SCREENING, { indicator: "ops-screening", code: "NA", rationale: "Not ours." }),
      ),
    issues: [issue("not_applicable_not_allowed", [...SCREENING, "code"])],
  },
  {
    name: "rationale_required: NA without a rationale",
    input: () => edited((d) => setAt(d, ROLES_1, { practice: "gov-roles.1", code: "NA" })),
    issues: [issue("rationale_required", [...ROLES_1, "rationale"])],
  },
  ...["", " ", " \t\n "].map(
    (rationale): Case => ({
      name: `rationale_required: NA with the rationale ${JSON.stringify(rationale)}`,
      input: () =>
        edited((d) => setAt(d, ROLES_1, { practice: "gov-roles.1", code: "NA", rationale })),
      issues: [issue("rationale_required", [...ROLES_1, "rationale"])],
    }),
  ),
  {
    name: "level_out_of_range: above the model's highest level",
    input: () => edited((d) => setAt(d, [...SCREENING, "level"], 4)),
    issues: [issue("level_out_of_range", [...SCREENING, "level"])],
  },
  {
    name: "required: a practice answer without a code",
    input: () => edited((d) => removeAt(d, [...POLICY_1A, "code"])),
    issues: [issue("required", [...POLICY_1A, "code"])],
  },
  {
    name: "required: a level answer without a level",
    input: () => edited((d) => removeAt(d, [...SCREENING, "level"])),
    issues: [issue("required", [...SCREENING, "level"])],
  },
  {
    name: "unknown_key: a level on a practice answer",
    input: () => edited((d) => setAt(d, [...POLICY_1A, "level"], 2)),
    issues: [issue("unknown_key", [...POLICY_1A, "level"])],
  },
  {
    name: "invalid_value: an answer-scale code on a level-rated indicator",
    input: () => edited((d) => setAt(d, [...SCREENING, "code"], "F")),
    issues: [
      issue("unknown_key", [...SCREENING, "level"]),
      issue("invalid_value", [...SCREENING, "code"]),
    ],
  },
  {
    name: "unknown_factor",
    input: () => edited((d) => setAt(d, ["riskProfile", "funding"], 1)),
    issues: [issue("unknown_factor", ["riskProfile", "funding"])],
  },
  {
    name: 'unknown_factor: "constructor"',
    input: () => edited((d) => setAt(d, ["riskProfile", "constructor"], 1)),
    issues: [issue("unknown_factor", ["riskProfile", "constructor"])],
  },
  {
    name: "unknown_factor_value",
    input: () => edited((d) => setAt(d, ["riskProfile", "exposure"], 3)),
    issues: [issue("unknown_factor_value", ["riskProfile", "exposure"])],
  },
  {
    name: "missing_factor",
    input: () => edited((d) => removeAt(d, ["riskProfile", "partnerships"])),
    issues: [issue("missing_factor", ["riskProfile"])],
  },
  {
    name: "unknown_institution_type",
    input: () => edited((d) => setAt(d, ["institution", "type"], "school")),
    issues: [issue("unknown_institution_type", ["institution", "type"])],
  },
  {
    name: 'unknown_institution_type: "toString"',
    input: () => edited((d) => setAt(d, ["institution", "type"], "toString")),
    issues: [issue("unknown_institution_type", ["institution", "type"])],
  },
  {
    name: "invalid_format: measuredOn 2025-02-30",
    input: () => edited((d) => setAt(d, ["measuredOn"], "2025-02-30")),
    issues: [issue("invalid_format", ["measuredOn"])],
  },
  {
    name: "invalid_format: evidencedOn 2025-02-30",
    input: () => edited((d) => setAt(d, [...POLICY_1A, "evidencedOn"], "2025-02-30")),
    issues: [issue("invalid_format", [...POLICY_1A, "evidencedOn"])],
  },
  {
    name: "required: an institution without an id",
    input: () => edited((d) => removeAt(d, ["institution", "id"])),
    issues: [issue("required", ["institution", "id"])],
  },
  {
    name: "forbidden_key: __proto__ in the risk profile, from JSON.parse",
    input: () =>
      JSON.parse(
        JSON.stringify(valid()).replace('"riskProfile":{', '"riskProfile":{"__proto__":1,'),
      ),
    issues: [issue("forbidden_key", ["riskProfile", "__proto__"])],
  },
  {
    name: "too_big: a level above 10",
    input: () => edited((d) => setAt(d, [...SCREENING, "level"], 11)),
    issues: [issue("too_big", [...SCREENING, "level"])],
  },
];

describe("parseAssessment", () => {
  it("accepts a valid assessment of the mini model, deep-frozen and equal to its input", () => {
    const input = valid();
    const before = structuredClone(input);
    const result = parseAssessment(input, mini);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value).toEqual(before);
    expect(result.value).not.toBe(input);
    expect(isDeepFrozen(result.value)).toBe(true);
    expect(input).toEqual(before);
    expect(Object.isFrozen(input)).toBe(false);
  });

  it("accepts a deep-frozen input", () => {
    expect(parseAssessment(deepFreezeInput(valid()), mini).ok).toBe(true);
  });

  it("accepts NA with a rationale where the indicator allows it, for some of its practices", () => {
    const doc = edited((d) =>
      setAt(d, ROLES_1, { practice: "gov-roles.1", code: "NA", rationale: "Shared roles." }),
    );
    expect(issuesOf(doc)).toEqual([]);
  });

  it.each([
    ["without its answer scale", "answerScale"],
    ["without its domains' indicators", "domains"],
    ["without its risk profile", "riskProfile"],
  ])("refuses a hand-frozen model %s as not_parsed, keeping the cause", (_, key) => {
    const copy = structuredClone(mini) as Record<string, unknown>;
    if (key === "domains") copy.domains = [{ id: "d" }];
    else delete copy[key];
    const e = thrown(() => parseAssessment(valid(), deepFreezeInput(copy) as Model));
    expect(e.code).toBe("not_parsed");
    expect(e.cause).toBeInstanceOf(TypeError);
  });

  it("reads dates from 0001-01-01 on; year 0000 is an invalid format", () => {
    const at = (date: string) =>
      issuesOf(
        edited((d) => setAt(setAt(d, ["measuredOn"], date), [...POLICY_1A, "evidencedOn"], date)),
      );
    expect(at("0001-01-01")).toEqual([]);
    expect(at("0000-12-31")).toEqual([
      { code: "invalid_format", path: ["measuredOn"] },
      { code: "invalid_format", path: [...POLICY_1A, "evidencedOn"] },
    ]);
  });

  it.each(cases)("$name", ({ input, issues }) => {
    const doc = input();
    const before = structuredClone(doc);
    expect(issuesOf(doc)).toEqual(issues);
    expect(doc).toEqual(before);
  });

  it("the failure is deep-frozen too", () => {
    const result = parseAssessment(
      edited((d) => setAt(d, ["measuredOn"], "2025-02-30")),
      mini,
    );
    expect(result.ok).toBe(false);
    expect(isDeepFrozen(result)).toBe(true);
  });

  const knownCode = (code: string): boolean => Object.hasOwn(ISSUE_CODES, code);

  test.prop([fc.jsonValue()], { numRuns: 200 })(
    "never throws on any JSON value; every issue has a known code and a path",
    (value) => {
      const result = parseAssessment(value, mini);
      expect(result.ok).toBe(false);
      if (result.ok) return;
      for (const { code, path } of result.issues) {
        expect(knownCode(code)).toBe(true);
        expect(Array.isArray(path)).toBe(true);
      }
    },
  );

  const paths = allPaths(valid());
  test.prop([fc.constantFrom(...paths), fc.jsonValue({ maxDepth: 2 })], { numRuns: 200 })(
    "never throws when any part of a valid assessment is replaced by any JSON value",
    (path, value) => {
      const doc = setAt(valid(), path, value);
      const before = JSON.stringify(doc);
      const result = parseAssessment(doc, mini);
      if (result.ok) expect(isDeepFrozen(result.value)).toBe(true);
      else for (const { code } of result.issues) expect(knownCode(code)).toBe(true);
      expect(JSON.stringify(doc)).toBe(before);
    },
  );
});
