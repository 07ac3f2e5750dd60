// Hostile answers, risk profiles, ids and assessments for the builders setAnswer, removeAnswer and
// setRiskProfile: they throw KsmError (invalid_answer, invalid_argument, or for an assessment
// that is none, not_parsed) with the issues behind it, never a raw error, and never change the
// assessment they were given.
import { expect } from "vitest";
import {
  type Answer,
  type Assessment,
  removeAnswer,
  setAnswer,
  setRiskProfile,
} from "../../src/index.js";
import { deepFreezeInput } from "../fixtures/deepFrozen.js";
import {
  fromJson,
  type HostileCase,
  hostile,
  hostileCase,
  hostileSuite,
  issue,
  longString,
  miniAssessment,
  miniAssessmentDoc,
  TEN_MB,
  tracked,
} from "./harness.js";

const set = (answer: unknown) => setAnswer(miniAssessment, answer as Answer);
const profile = (values: unknown) =>
  setRiskProfile(miniAssessment, values as Readonly<Record<string, number>>);
const withType = (type: unknown) =>
  setRiskProfile(miniAssessment, { exposure: 1, partnerships: 0 }, type as string);

const cases: HostileCase[] = [
  // setAnswer
  hostileCase({
    name: "setAnswer with null for the answer",
    input: () => null,
    call: set,
    expect: { throws: "invalid_answer", issues: [issue("invalid_type", [])] },
  }),
  hostileCase({
    name: 'setAnswer with the answer written as a string "gov-policy.1a=F"',
    input: () => "gov-policy.1a=F",
    call: set,
    expect: { throws: "invalid_answer", issues: [issue("invalid_type", [])] },
  }),
  hostileCase({
    name: "setAnswer with __proto__ as an own key of the answer (JSON.parse)",
    input: () => fromJson('{"practice":"gov-policy.1a","code":"F","__proto__":{"polluted":1}}'),
    call: set,
    expect: { throws: "invalid_answer", issues: [issue("forbidden_key", ["__proto__"])] },
  }),
  hostileCase({
    name: "setAnswer with an answer naming both a practice and an indicator",
    input: () => ({ practice: "gov-policy.1a", indicator: "ops-screening", code: "F" }),
    call: set,
    expect: { throws: "invalid_answer" },
  }),
  hostileCase({
    name: 'setAnswer with a level given as the string "3"',
    input: () => ({ indicator: "ops-screening", level: "3" }),
    call: set,
    expect: { throws: "invalid_answer", issues: [issue("invalid_type", ["level"])] },
  }),
  hostileCase({
    name: "setAnswer with a level of NaN",
    input: () => ({ indicator: "ops-screening", level: Number.NaN }),
    call: set,
    expect: { throws: "invalid_answer", issues: [issue("not_json", ["level"])] },
  }),
  hostileCase({
    name: "setAnswer with a level of -0 stores level 0",
    input: () => ({ indicator: "ops-screening", level: -0 }),
    call: set,
    expect: {
      returns: (a) => {
        const answer = (a as Assessment).answers.find((x) => x.indicator === "ops-screening");
        expect(Object.is(answer?.level, 0)).toBe(true);
      },
    },
  }),
  hostileCase({
    name: 'setAnswer with evidencedOn "2025-02-30"',
    input: () => ({ practice: "gov-policy.1a", code: "F", evidencedOn: "2025-02-30" }),
    call: set,
    expect: { throws: "invalid_answer", issues: [issue("invalid_format", ["evidencedOn"])] },
  }),
  hostileCase({
    name: "setAnswer with a 10 MB note",
    input: () => ({ practice: "gov-policy.1a", code: "F", note: longString(TEN_MB) }),
    call: set,
    expect: { throws: "invalid_answer", issues: [issue("too_big", ["note"])] },
    budget: { ms: 2000, why: "10 MB of text, above the 1 MB of the 100 ms budget" },
  }),
  hostileCase({
    name: "setAnswer with an answer whose evidence contains the answer (a cycle)",
    input: () => {
      const answer: Record<string, unknown> = { practice: "gov-policy.1a", code: "F" };
      answer.evidence = [answer];
      return answer;
    },
    call: set,
    expect: { throws: "invalid_answer", issues: [issue("not_json", ["evidence", 0])] },
  }),
  hostileCase({
    name: "setAnswer with an answer behind a proxy whose ownKeys trap throws",
    input: () => hostile({ practice: "gov-policy.1a", code: "F" }, ["ownKeys"]),
    call: set,
    expect: { throws: "invalid_answer", issues: [issue("not_json", [])] },
  }),
  hostileCase({
    name: "setAnswer on a deep-frozen assessment of 100,000 answers",
    input: () => {
      const doc = miniAssessmentDoc();
      doc.answers = Array.from({ length: 100_000 }, (_, i) => ({ practice: `p${i}`, code: "F" }));
      return deepFreezeInput(doc) as unknown as Assessment;
    },
    call: (assessment) => setAnswer(assessment, { practice: "gov-policy.1a", code: "N" }),
    expect: { returns: (a) => expect((a as Assessment).answers).toHaveLength(100_001) },
    budget: { ms: 3000, why: "100,000 answers, 3.3 MB as JSON: above the 1 MB of the budget" },
  }),
  hostileCase({
    name: "setAnswer with null for the assessment",
    input: () => ({ practice: "gov-policy.1a", code: "F" }),
    call: (answer) => setAnswer(null as unknown as Assessment, answer),
    expect: { throws: ["not_parsed", "invalid_argument"] },
  }),

  // removeAnswer
  hostileCase({
    name: "removeAnswer with null for the assessment",
    input: () => "gov-policy.1a",
    call: (id) => removeAnswer(null as unknown as Assessment, id),
    expect: { throws: ["not_parsed", "invalid_argument"] },
  }),
  hostileCase({
    name: "removeAnswer with an object for the id",
    input: () => ({ toString: "gov-policy.1a" }),
    call: (id) => removeAnswer(miniAssessment, id as unknown as string),
    expect: { throws: "invalid_argument" },
  }),

  // setRiskProfile
  hostileCase({
    name: "setRiskProfile with a value of NaN",
    input: () => ({ exposure: Number.NaN, partnerships: 0 }),
    call: profile,
    expect: { throws: "invalid_argument", issues: [issue("not_json", ["exposure"])] },
  }),
  hostileCase({
    name: "setRiskProfile with a value of Infinity",
    input: () => ({ exposure: 1, partnerships: Number.POSITIVE_INFINITY }),
    call: profile,
    expect: { throws: "invalid_argument", issues: [issue("not_json", ["partnerships"])] },
  }),
  hostileCase({
    name: 'setRiskProfile with a value given as the string "1"',
    input: () => ({ exposure: "1", partnerships: 0 }),
    call: profile,
    expect: { throws: "invalid_argument", issues: [issue("invalid_type", ["exposure"])] },
  }),
  hostileCase({
    name: "setRiskProfile with a value of -0 stores 0",
    input: () => ({ exposure: -0, partnerships: 0 }),
    call: profile,
    expect: {
      returns: (a) => expect(Object.is((a as Assessment).riskProfile.exposure, 0)).toBe(true),
    },
  }),
  hostileCase({
    name: "setRiskProfile with __proto__ as an own key (JSON.parse), with a pollution payload",
    input: () => fromJson('{"exposure":1,"partnerships":0,"__proto__":{"polluted":"yes"}}'),
    call: profile,
    expect: { throws: "invalid_argument", issues: [issue("forbidden_key", ["__proto__"])] },
  }),
  hostileCase({
    name: "setRiskProfile with values behind a proxy whose get trap throws",
    input: () => hostile({ exposure: 1, partnerships: 0 }, ["get"]),
    call: profile,
    expect: { throws: "invalid_argument", issues: [issue("not_json", [])] },
  }),
  hostileCase({
    name: "setRiskProfile with values behind proxies that count reads",
    input: () => tracked({ exposure: 2, partnerships: 1 }),
    call: profile,
    expect: {
      returns: (a) =>
        expect((a as Assessment).riskProfile).toEqual({ exposure: 2, partnerships: 1 }),
    },
    readOnce: true,
  }),
  hostileCase({
    name: "setRiskProfile with __proto__ as the institution type",
    input: () => "__proto__",
    call: withType,
    expect: { throws: "invalid_argument" },
  }),
  hostileCase({
    name: "setRiskProfile with a symbol as the institution type",
    input: () => tracked({ type: Symbol("university") }),
    call: (input) => withType(input.type),
    expect: { throws: "invalid_argument" },
  }),
  hostileCase({
    name: "setRiskProfile with a null-prototype object as the institution type",
    input: () => Object.create(null) as object,
    call: withType,
    expect: { throws: "invalid_argument" },
    compare: "iterative",
  }),
];

hostileSuite("builders", cases);
