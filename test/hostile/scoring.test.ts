// Hostile arguments for scoreAssessment and deriveRiskTier: an assessment scored with another
// model version, values that did not come from parseAssessment, impossible asOf dates and asOf
// values that are not dates at all, and risk profiles with non-integer, stringly, non-JSON or
// prototype-named values. Misuse ends in a KsmError with a documented code, never a raw error.
import { expect } from "vitest";
import {
  type Assessment,
  deriveRiskTier,
  type Model,
  type ScoreOptions,
  scoreAssessment,
  setAnswer,
  setRiskProfile,
  type TierDerivation,
} from "../../src/index.js";
import { deepFreezeInput } from "../fixtures/deepFrozen.js";
import {
  duinhaven2023,
  duinhaven2025,
  fromJson,
  type HostileCase,
  hostileCase,
  hostileSuite,
  kennisveiligheid2025,
  mini,
  miniAssessment,
  miniAssessmentDoc,
  miniV2,
  tracked,
} from "./harness.js";

const withOptions = (options: unknown) =>
  scoreAssessment(mini, miniAssessment, options as ScoreOptions);
const withAsOf = (asOf: unknown) => withOptions({ asOf });
const tierOf = (profile: unknown) =>
  deriveRiskTier(mini, profile as Readonly<Record<string, number>>);

/** The mini model with P just below L, frozen by hand: parseModel would refuse it. */
const closeScale = ((): Model => {
  const doc = structuredClone(mini) as unknown as {
    answerScale: { codes: { value: number }[] };
  };
  const [, p, l] = doc.answerScale.codes;
  if (p === undefined || l === undefined) throw new Error("the mini scale has N, P, L, F");
  p.value = 0.4999999999;
  l.value = 0.5;
  return deepFreezeInput(doc) as unknown as Model;
})();

const impossibleDates = ["2025-02-30", "2025-13-01", "2025-1-1", "2025-02-29"];

const cases: HostileCase[] = [
  // Another model version
  hostileCase({
    name: "an assessment for the 2023 model scored with the 2025 model",
    input: () => duinhaven2023,
    call: (a) => scoreAssessment(kennisveiligheid2025, a),
    expect: { throws: "model_mismatch" },
  }),
  hostileCase({
    name: "an assessment for version 1 of the mini model scored with version 2",
    input: () => miniAssessment,
    call: (a) => scoreAssessment(miniV2, a),
    expect: { throws: "model_mismatch" },
  }),
  hostileCase({
    name: "a 2025 assessment given a 2023 answer by setAnswer, then scored",
    input: () => setAnswer(duinhaven2025, { indicator: "B23-01", level: 3 }),
    call: (a) => scoreAssessment(kennisveiligheid2025, a),
    expect: { throws: "not_parsed" },
  }),

  // Values that did not come from parseAssessment
  hostileCase({
    name: "a plain, unfrozen assessment document",
    input: miniAssessmentDoc,
    call: (doc) => scoreAssessment(mini, doc as unknown as Assessment),
    expect: { throws: "not_parsed" },
  }),
  hostileCase({
    name: "a deep-frozen document that answers a practice named toString",
    input: () => {
      const doc = miniAssessmentDoc();
      doc.answers[0] = { practice: "toString", code: "F" };
      return deepFreezeInput(doc) as unknown as Assessment;
    },
    call: (a) => scoreAssessment(mini, a),
    expect: { throws: "not_parsed" },
  }),
  hostileCase({
    name: "a builder-made assessment whose risk profile names a factor constructor",
    input: () => setRiskProfile(miniAssessment, { exposure: 1, partnerships: 0, constructor: 1 }),
    call: (a) => scoreAssessment(mini, a),
    expect: { throws: ["not_parsed", "invalid_argument"] },
  }),
  hostileCase({
    name: "null for the assessment",
    input: () => null,
    call: (a) => scoreAssessment(mini, a as unknown as Assessment),
    expect: { throws: "not_parsed" },
  }),
  hostileCase({
    name: "null for the model",
    input: () => null,
    call: (m) => scoreAssessment(m as unknown as Model, miniAssessment),
    expect: { throws: "not_parsed" },
  }),

  hostileCase({
    name: "a hand-frozen model whose P is 0.4999999999 and L 0.5 (parseModel refuses it)",
    input: () => miniAssessment,
    call: (a) => scoreAssessment(closeScale, a),
    expect: { throws: "not_parsed" },
  }),

  // asOf
  hostileCase({
    name: 'asOf "not a date"',
    input: () => "not a date",
    call: withAsOf,
    expect: { throws: "invalid_argument" },
  }),
  ...impossibleDates.map((date) =>
    hostileCase({
      name: `asOf "${date}"`,
      input: () => date,
      call: withAsOf,
      expect: { throws: "invalid_argument" },
    }),
  ),
  hostileCase({
    name: 'asOf "2025-06-30T99:99:99Z", a real date with an impossible time',
    input: () => "2025-06-30T99:99:99Z",
    call: withAsOf,
    expect: { throws: "invalid_argument" },
  }),
  hostileCase({
    name: 'asOf "0000-01-01", a year before 0001',
    input: () => "0000-01-01",
    call: withAsOf,
    expect: { throws: "invalid_argument" },
  }),
  hostileCase({
    name: "asOf a Date in year 0 (1 BC)",
    input: () => new Date("0000-06-30T00:00:00Z"),
    call: withAsOf,
    expect: { throws: "invalid_argument" },
  }),
  hostileCase({
    name: "asOf NaN",
    input: () => Number.NaN,
    call: withAsOf,
    expect: { throws: "invalid_argument" },
  }),
  hostileCase({
    name: "asOf an invalid Date",
    input: () => new Date(Number.NaN),
    call: withAsOf,
    expect: { throws: "invalid_argument" },
  }),
  hostileCase({
    name: "asOf a null-prototype object",
    input: () => Object.create(null) as object,
    call: withAsOf,
    expect: { throws: "invalid_argument" },
    compare: "iterative",
  }),
  hostileCase({
    name: "asOf a proxy of a Date",
    input: () => tracked({ asOf: new Date("2025-06-30") }),
    call: (options) => withOptions(options),
    expect: { throws: "invalid_argument" },
  }),
  hostileCase({
    name: "null for the options",
    input: () => null,
    call: withOptions,
    expect: { throws: "invalid_argument" },
  }),

  // deriveRiskTier
  hostileCase({
    name: "deriveRiskTier with null for the risk profile",
    input: () => null,
    call: tierOf,
    expect: { throws: "invalid_argument" },
  }),
  hostileCase({
    name: "deriveRiskTier with a value of NaN",
    input: () => ({ exposure: Number.NaN, partnerships: 0 }),
    call: tierOf,
    expect: { throws: "invalid_argument" },
  }),
  hostileCase({
    name: "deriveRiskTier with a value of Infinity",
    input: () => ({ exposure: 1, partnerships: Number.POSITIVE_INFINITY }),
    call: tierOf,
    expect: { throws: "invalid_argument" },
  }),
  hostileCase({
    name: 'deriveRiskTier with a value given as the string "2"',
    input: () => ({ exposure: "2", partnerships: 0 }),
    call: tierOf,
    expect: { throws: "invalid_argument" },
  }),
  hostileCase({
    name: "deriveRiskTier with a null-prototype object as a value",
    input: () => ({ exposure: Object.create(null) as object, partnerships: 0 }),
    call: tierOf,
    expect: { throws: "invalid_argument" },
    compare: "iterative",
  }),
  hostileCase({
    name: "deriveRiskTier with __proto__ as an own key (JSON.parse), with a pollution payload",
    input: () => fromJson('{"exposure":1,"partnerships":0,"__proto__":{"polluted":"yes"}}'),
    call: tierOf,
    expect: { throws: "invalid_argument" },
  }),
  hostileCase({
    name: "deriveRiskTier with a value of -0 records 0",
    input: () => ({ exposure: -0, partnerships: 0 }),
    call: tierOf,
    expect: {
      returns: (t) => expect(Object.is((t as TierDerivation).factors.exposure, 0)).toBe(true),
    },
  }),
  hostileCase({
    name: "deriveRiskTier with a risk profile behind proxies that count reads",
    input: () => tracked({ exposure: 2, partnerships: 0 }),
    call: tierOf,
    expect: { returns: (t) => expect((t as TierDerivation).tier).toBe("high") },
    readOnce: true,
  }),
  hostileCase({
    // A university with partnerships ≥ 1 is "high"; a misspelt type must not quietly give "low".
    name: 'deriveRiskTier with an institution type the model does not have ("universty")',
    input: () => "universty",
    call: (type) => deriveRiskTier(mini, { exposure: 0, partnerships: 1 }, type),
    expect: { throws: "invalid_argument" },
  }),
];

hostileSuite("scoring", cases);
