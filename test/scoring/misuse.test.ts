import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import {
  type Answer,
  type Assessment,
  deriveRiskTier,
  KsmError,
  type KsmErrorCode,
  type Model,
  type Result,
  scoreAssessment,
  setAnswer,
  type WarningCode,
} from "../../src/index.js";
import {
  type AssessmentDocument,
  isoDateArb,
  parseValidAssessment,
  parseValidModel,
  uniformAssessmentDocument,
} from "../fixtures/arbitraries.js";
import { deepFreezeInput } from "../fixtures/deepFrozen.js";
import { miniModel } from "../fixtures/miniModel.js";

if (process.env.CI) fc.configureGlobal({ seed: 42 });

/** The mini model, version 1, with `evidenceValidityMonths` 24. */
const mini: Model = parseValidModel(miniModel());
const miniV2: Model = parseValidModel(miniModel({ version: "2" }));

function document(model: Model = mini): AssessmentDocument {
  return uniformAssessmentDocument(model, { riskProfile: { exposure: 1, partnerships: 0 } });
}

function assessment(model: Model = mini): Assessment {
  return parseValidAssessment(document(model), model);
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

describe("scoreAssessment misuse", () => {
  it("throws model_mismatch for an assessment of another version of the model", () => {
    const forV2 = assessment(miniV2);
    expect(thrownCode(() => scoreAssessment(mini, forV2))).toBe("model_mismatch");
    expect(thrownCode(() => scoreAssessment(miniV2, assessment(mini)))).toBe("model_mismatch");
    expect(scoreAssessment(miniV2, forV2).modelRef).toEqual({ id: "mini", version: "2" });
  });

  it("throws not_parsed for a plain, unfrozen assessment", () => {
    const plain = document() as unknown as Assessment;
    expect(thrownCode(() => scoreAssessment(mini, plain))).toBe("not_parsed");
  });

  it("throws not_parsed for an unparsed model", () => {
    const plain = miniModel() as unknown as Model;
    expect(thrownCode(() => scoreAssessment(plain, assessment()))).toBe("not_parsed");
  });

  it("throws not_parsed for a frozen assessment that answers a practice the model lacks", () => {
    const doc = document();
    doc.answers.push({ practice: "constructor", code: "F" });
    const frozen = deepFreezeInput(doc) as unknown as Assessment;
    expect(thrownCode(() => scoreAssessment(mini, frozen))).toBe("not_parsed");
  });

  it("throws not_parsed for a frozen assessment with a code the scale lacks", () => {
    const doc = document();
    doc.answers[0] = { practice: "gov-policy.1a", code: "X" };
    const frozen = deepFreezeInput(doc) as unknown as Assessment;
    expect(thrownCode(() => scoreAssessment(mini, frozen))).toBe("not_parsed");
  });

  it("throws not_parsed for a frozen assessment with an answer that names nothing", () => {
    const doc = document();
    doc.answers.push({ code: "F" });
    const frozen = deepFreezeInput(doc) as unknown as Assessment;
    expect(thrownCode(() => scoreAssessment(mini, frozen))).toBe("not_parsed");
  });

  it("scores a frozen assessment with an undefined answer as without it", () => {
    const doc = document();
    const holey = deepFreezeInput({ ...doc, answers: [undefined, ...doc.answers.slice(1)] });
    const without = parseValidAssessment({ ...doc, answers: doc.answers.slice(1) }, mini);
    expect(scoreAssessment(mini, holey as unknown as Assessment)).toEqual(
      scoreAssessment(mini, without),
    );
  });

  // setAnswer cannot check an answer against the model, and its documentation only asks for
  // parseAssessment when ids may be unknown. With known ids, scoring must still not produce
  // numbers the model does not allow.
  it.each<[string, Answer]>([
    ["a level above the model's highest", { indicator: "ops-screening", level: 7 }],
    ["NA where the indicator does not allow it", { practice: "gov-policy.1a", code: "NA" }],
    ["a level for a practice-rated indicator", { indicator: "gov-policy", level: 2 }],
    ["a code for a level-rated indicator", { practice: "ops-screening", code: "F" }],
  ])("throws not_parsed for a builder-made assessment with %s", (_, answer) => {
    const built = setAnswer(assessment(), answer);
    expect(thrownCode(() => scoreAssessment(mini, built))).toBe("not_parsed");
  });

  it("counts a builder-made practice answer without a code (evidence only) as unanswered", () => {
    const built = setAnswer(assessment(), { practice: "gov-policy.1a", evidence: ["minutes.pdf"] });
    const policy = scoreAssessment(mini, built).indicators.find((i) => i.id === "gov-policy");
    expect(policy).toMatchObject({ status: "incomplete", level: 0 });
    expect(policy?.items).toEqual({ applicable: 4, answered: 3 });
    expect(policy?.blocking).toContain("gov-policy.1a");
  });

  it.each<[string, string | Date]>([
    ["an impossible date", "2025-02-30"],
    ["a month", "2025-03"],
    ["not a date", "yesterday"],
    ["an empty string", ""],
    ["an invalid Date", new Date(Number.NaN)],
  ])("throws invalid_argument for asOf: %s", (_, asOf) => {
    expect(thrownCode(() => scoreAssessment(mini, assessment(), { asOf }))).toBe(
      "invalid_argument",
    );
  });

  it("accepts asOf as an ISO date or a Date, and defaults it to measuredOn", () => {
    expect(scoreAssessment(mini, assessment(), { asOf: "2025-06-30" }).asOf).toBe("2025-06-30");
    // A Date is read in local time: 30 June 2025, 00:00 wherever the code runs.
    expect(scoreAssessment(mini, assessment(), { asOf: new Date(2025, 5, 30) }).asOf).toBe(
      "2025-06-30",
    );
    expect(scoreAssessment(mini, assessment()).asOf).toBe("2025-03-01");
  });
});

describe("deriveRiskTier misuse", () => {
  it("derives the tier for a complete profile", () => {
    expect(deriveRiskTier(mini, { exposure: 2, partnerships: 0 })).toMatchObject({
      tier: "high",
      rule: 0,
    });
    expect(deriveRiskTier(mini, { exposure: 0, partnerships: 1 }, "college")).toMatchObject({
      tier: "low",
      rule: null,
    });
  });

  it.each<[string, unknown]>([
    ["a missing factor", { exposure: 1 }],
    ["an unknown factor", { exposure: 1, partnerships: 0, funding: 1 }],
    ["an unknown factor named constructor", { exposure: 1, partnerships: 0, constructor: 1 }],
    ["a value above the factor's range", { exposure: 3, partnerships: 0 }],
    ["a negative value", { exposure: -1, partnerships: 0 }],
    ["a fractional value", { exposure: 1.5, partnerships: 0 }],
    ["a string value", { exposure: "1", partnerships: 0 }],
    ["a __proto__ key", JSON.parse('{"exposure":1,"partnerships":0,"__proto__":1}')],
    ["factors only on the prototype", Object.create({ exposure: 1, partnerships: 0 })],
  ])("throws invalid_argument for %s", (_, profile) => {
    expect(
      thrownCode(() => deriveRiskTier(mini, profile as Readonly<Record<string, number>>)),
    ).toBe("invalid_argument");
  });
});

const DATE_WARNINGS: readonly WarningCode[] = [
  "measured_after_as_of",
  "stale_measurement",
  "stale_evidence",
];

function dateWarnings(result: Result) {
  return result.warnings
    .filter((w) => DATE_WARNINGS.includes(w.code))
    .map(({ code, path }) => ({ code, path }));
}

/** Scores the mini assessment measured on `measuredOn` with the given evidence dates. */
function scoreDated(
  measuredOn: string,
  asOf: string | undefined,
  evidence: Readonly<Record<number, string>> = {},
  model: Model = mini,
): Result {
  const doc = uniformAssessmentDocument(model, { measuredOn });
  for (const [at, evidencedOn] of Object.entries(evidence)) {
    const answer = doc.answers[Number(at)];
    if (answer) answer.evidencedOn = evidencedOn;
  }
  return scoreAssessment(
    model,
    parseValidAssessment(doc, model),
    asOf === undefined ? {} : { asOf },
  );
}

describe("date warnings (evidenceValidityMonths 24)", () => {
  it("none when asOf is the measurement date and the evidence is recent", () => {
    expect(dateWarnings(scoreDated("2025-03-01", undefined, { 0: "2024-01-01" }))).toEqual([]);
  });

  it("measured_after_as_of when asOf is before the measurement", () => {
    expect(dateWarnings(scoreDated("2025-03-01", "2025-02-28"))).toEqual([
      { code: "measured_after_as_of", path: ["measuredOn"] },
    ]);
    expect(dateWarnings(scoreDated("2025-03-01", "2025-03-01"))).toEqual([]);
  });

  it("stale_measurement from one day past 24 months", () => {
    expect(dateWarnings(scoreDated("2025-03-01", "2027-03-01"))).toEqual([]);
    expect(dateWarnings(scoreDated("2025-03-01", "2027-03-02"))).toEqual([
      { code: "stale_measurement", path: ["measuredOn"] },
    ]);
  });

  it("stale_evidence for each answer whose evidence is older than 24 months", () => {
    const result = scoreDated("2025-03-01", "2025-03-01", {
      0: "2023-03-01",
      2: "2023-02-28",
      7: "2020-01-01",
    });
    expect(dateWarnings(result)).toEqual([
      { code: "stale_evidence", path: ["answers", 2, "evidencedOn"] },
      { code: "stale_evidence", path: ["answers", 7, "evidencedOn"] },
    ]);
    expect(
      result.warnings.filter((w) => w.code === "stale_evidence").map((w) => w.params.id),
    ).toEqual(["gov-policy.2", "ops-screening"]);
  });

  it("counts months by the calendar at month ends", () => {
    // 24 months before 29 February 2024 is 28 February 2022.
    expect(dateWarnings(scoreDated("2024-02-29", undefined, { 0: "2022-02-28" }))).toEqual([]);
    expect(dateWarnings(scoreDated("2024-02-29", undefined, { 0: "2022-02-27" }))).toEqual([
      { code: "stale_evidence", path: ["answers", 0, "evidencedOn"] },
    ]);
  });

  it("no staleness without a validity window, but still measured_after_as_of", () => {
    const doc = miniModel();
    delete doc.evidenceValidityMonths;
    const model = parseValidModel(doc);
    expect(
      dateWarnings(scoreDated("2020-01-01", "2030-01-01", { 0: "2001-01-01" }, model)),
    ).toEqual([]);
    expect(dateWarnings(scoreDated("2025-03-01", "2025-01-01", {}, model))).toEqual([
      { code: "measured_after_as_of", path: ["measuredOn"] },
    ]);
  });

  /** `iso` minus `months` calendar months, the day clamped to the month's end. */
  function monthsBefore(iso: string, months: number): string {
    const [y, m, d] = iso.split("-").map(Number) as [number, number, number];
    const index = y * 12 + (m - 1) - months;
    const year = Math.floor(index / 12);
    const month = (index % 12) + 1;
    const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
    const pad = (n: number, w = 2) => String(n).padStart(w, "0");
    return `${pad(year, 4)}-${pad(month)}-${pad(Math.min(d, last))}`;
  }

  test.prop(
    [
      isoDateArb,
      fc.option(isoDateArb, { nil: undefined }),
      fc.dictionary(fc.integer({ min: 0, max: 10 }).map(String), isoDateArb, { maxKeys: 4 }),
    ],
    { numRuns: 200 },
  )("appear exactly when the dates say so", (measuredOn, asOf, evidence) => {
    const effective = asOf ?? measuredOn;
    const threshold = monthsBefore(effective, 24);
    const expected: { code: WarningCode; path: (string | number)[] }[] = [];
    if (measuredOn > effective)
      expected.push({ code: "measured_after_as_of", path: ["measuredOn"] });
    if (measuredOn < threshold) expected.push({ code: "stale_measurement", path: ["measuredOn"] });
    for (let i = 0; i <= 10; i++) {
      const on = evidence[String(i)];
      if (on !== undefined && on < threshold) {
        expected.push({ code: "stale_evidence", path: ["answers", i, "evidencedOn"] });
      }
    }
    expect(dateWarnings(scoreDated(measuredOn, asOf, evidence))).toEqual(expected);
  });
});
