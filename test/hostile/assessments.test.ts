// Hostile assessment documents for parseAssessment: wrong types at every level, non-JSON and
// stringly numbers, impossible dates, prototype names as ids and keys, unknown and duplicate ids,
// answers for another model version, 100,000 answers, 10 MB strings, deep nesting, cycles, sparse
// arrays, frozen and proxied inputs, and a model argument that is not a parsed model.
import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { type Assessment, type Model, parseAssessment } from "../../src/index.js";
import { deepFreezeInput } from "../fixtures/deepFrozen.js";
import { removeAt, setAt } from "../fixtures/jsonEdit.js";
import {
  duinhaven2023Doc,
  fromJson,
  type HostileCase,
  hostile,
  hostileCase,
  hostileSuite,
  issue,
  kennisveiligheid2025,
  longString,
  mini,
  miniAssessmentDoc,
  miniV2,
  nested,
  TEN_MB,
  tracked,
} from "./harness.js";

// Answers of the mini assessment document: 0–3 gov-policy.1a/.1b/.2/.3, 4–6 gov-roles.1/.2/.3
// (not-applicable allowed), 7 ops-screening (level-rated), 8–10 ops-training.1/.2/.3.
const LEVEL = 7;
const ROLES = 4;

/** The mini assessment document changed at one path. */
const withValue = (path: readonly (string | number)[], value: unknown) => () =>
  setAt(miniAssessmentDoc(), path, value);

const parse = (input: unknown) => parseAssessment(input, mini);

const impossibleDates = ["2025-02-30", "2025-13-01", "2025-1-1", "2025-02-29"];

/** The mini document with `n` answers made by `answer`. */
function withAnswers(n: number, answer: (i: number) => unknown): () => unknown {
  return () =>
    setAt(
      miniAssessmentDoc(),
      ["answers"],
      Array.from({ length: n }, (_, i) => answer(i)),
    );
}

/** The bound for inputs over 1 MB: 2 s for text, 3 s for 100,000+ answers (~0.5–1 s here). */
const overOneMb = (what: string, ms = 3000) => ({
  ms,
  why: `${what}: above the 1 MB of the 100 ms budget`,
});

const cases: HostileCase[] = [
  // The whole input and wrong types at every level
  hostileCase({
    name: "the whole input is null",
    input: () => null,
    call: parse,
    expect: { issues: [issue("invalid_type", [])] },
  }),
  hostileCase({
    name: "the whole input is an array of answers",
    input: () => miniAssessmentDoc().answers,
    call: parse,
    expect: { issues: [issue("invalid_type", [])] },
  }),
  hostileCase({
    name: 'modelRef written as the string "mini@1"',
    input: withValue(["modelRef"], "mini@1"),
    call: parse,
    expect: { issues: [issue("invalid_type", ["modelRef"])] },
  }),
  hostileCase({
    name: "an institution id that is a number",
    input: withValue(["institution", "id"], 42),
    call: parse,
    expect: { issues: [issue("invalid_type", ["institution", "id"])] },
  }),
  hostileCase({
    name: "an empty institution id",
    input: withValue(["institution", "id"], ""),
    call: parse,
    expect: { issues: [issue("invalid_format", ["institution", "id"])] },
  }),
  hostileCase({
    name: "answers keyed by practice id in an object, not an array",
    input: withValue(["answers"], { "gov-policy.1a": { code: "F" } }),
    call: parse,
    expect: { issues: [issue("invalid_type", ["answers"])] },
  }),
  hostileCase({
    name: "an answer that is null",
    input: withValue(["answers", 0], null),
    call: parse,
    expect: { issues: [issue("invalid_type", ["answers", 0])] },
  }),
  hostileCase({
    name: "a missing assessedBy",
    input: () => removeAt(miniAssessmentDoc(), ["assessedBy"]),
    call: parse,
    expect: { issues: [issue("required", ["assessedBy"])] },
  }),
  hostileCase({
    name: "an extra field on an answer",
    input: withValue(["answers", 0, "score"], 3),
    call: parse,
    expect: { issues: [issue("unknown_key", ["answers", 0, "score"])] },
  }),

  // Numbers
  hostileCase({
    name: 'a level given as the string "1"',
    input: withValue(["answers", LEVEL, "level"], "1"),
    call: parse,
    expect: { issues: [issue("invalid_type", ["answers", LEVEL, "level"])] },
  }),
  hostileCase({
    name: 'a risk-factor value given as the string "1"',
    input: withValue(["riskProfile", "exposure"], "1"),
    call: parse,
    expect: { issues: [issue("invalid_type", ["riskProfile", "exposure"])] },
  }),
  hostileCase({
    name: "a level of NaN",
    input: withValue(["answers", LEVEL, "level"], Number.NaN),
    call: parse,
    expect: { issues: [issue("not_json", ["answers", LEVEL, "level"])] },
  }),
  hostileCase({
    name: "a level of Infinity",
    input: withValue(["answers", LEVEL, "level"], Number.POSITIVE_INFINITY),
    call: parse,
    expect: { issues: [issue("not_json", ["answers", LEVEL, "level"])] },
  }),
  hostileCase({
    name: "a risk-factor value of -Infinity",
    input: withValue(["riskProfile", "partnerships"], Number.NEGATIVE_INFINITY),
    call: parse,
    expect: { issues: [issue("not_json", ["riskProfile", "partnerships"])] },
  }),
  hostileCase({
    name: "a level of -0 is read as level 0",
    input: withValue(["answers", LEVEL, "level"], -0),
    call: parse,
    expect: {
      parsed: (a) => expect(Object.is((a as Assessment).answers[LEVEL]?.level, 0)).toBe(true),
    },
  }),
  hostileCase({
    name: "a fractional level 2.5",
    input: withValue(["answers", LEVEL, "level"], 2.5),
    call: parse,
    expect: { issues: [issue("invalid_type", ["answers", LEVEL, "level"])] },
  }),
  hostileCase({
    name: "a level above the model's highest",
    input: withValue(["answers", LEVEL, "level"], 7),
    call: parse,
    expect: { issues: [issue("level_out_of_range", ["answers", LEVEL, "level"])] },
  }),
  hostileCase({
    name: "a risk-factor value the factor does not have",
    input: withValue(["riskProfile", "exposure"], 3),
    call: parse,
    expect: { issues: [issue("unknown_factor_value", ["riskProfile", "exposure"])] },
  }),

  // Dates
  ...impossibleDates.map((date) =>
    hostileCase({
      name: `measuredOn "${date}"`,
      input: withValue(["measuredOn"], date),
      call: parse,
      expect: { issues: [issue("invalid_format", ["measuredOn"])] },
    }),
  ),
  hostileCase({
    name: 'evidencedOn "2025-02-30"',
    input: withValue(["answers", 0, "evidencedOn"], "2025-02-30"),
    call: parse,
    expect: { issues: [issue("invalid_format", ["answers", 0, "evidencedOn"])] },
  }),
  hostileCase({
    name: 'measuredOn "0000-01-01", a year before 0001 (issue 11)',
    input: withValue(["measuredOn"], "0000-01-01"),
    call: parse,
    expect: { issues: [issue("invalid_format", ["measuredOn"])] },
  }),
  hostileCase({
    name: 'evidencedOn "0000-02-29", the leap day of year 0000',
    input: withValue(["answers", 0, "evidencedOn"], "0000-02-29"),
    call: parse,
    expect: { issues: [issue("invalid_format", ["answers", 0, "evidencedOn"])] },
  }),

  // Prototype names and unknown ids
  hostileCase({
    name: "__proto__ as an own key of the risk profile (JSON.parse), with a pollution payload",
    input: withValue(
      ["riskProfile"],
      fromJson('{"exposure":1,"partnerships":0,"__proto__":{"polluted":"yes"}}'),
    ),
    call: parse,
    expect: { issues: [issue("forbidden_key", ["riskProfile", "__proto__"])] },
  }),
  hostileCase({
    name: "__proto__ as an own key of an answer (JSON.parse)",
    input: withValue(
      ["answers", 0],
      fromJson('{"practice":"gov-policy.1a","code":"F","__proto__":{"isAdmin":true}}'),
    ),
    call: parse,
    expect: { issues: [issue("forbidden_key", ["answers", 0, "__proto__"])] },
  }),
  hostileCase({
    name: "__proto__ as a practice id",
    input: withValue(["answers", 0, "practice"], "__proto__"),
    call: parse,
    expect: { issues: [issue("invalid_format", ["answers", 0, "practice"])] },
  }),
  hostileCase({
    name: "constructor as a risk factor the model does not have",
    input: withValue(["riskProfile", "constructor"], 1),
    call: parse,
    expect: { issues: [issue("unknown_factor", ["riskProfile", "constructor"])] },
  }),
  hostileCase({
    name: "toString as a practice id",
    input: withValue(["answers", 0, "practice"], "toString"),
    call: parse,
    expect: { issues: [issue("unknown_practice", ["answers", 0, "practice"])] },
  }),
  hostileCase({
    name: "hasOwnProperty as an indicator id",
    input: withValue(["answers", LEVEL, "indicator"], "hasOwnProperty"),
    call: parse,
    expect: { issues: [issue("unknown_indicator", ["answers", LEVEL, "indicator"])] },
  }),
  hostileCase({
    name: "constructor as the institution type",
    input: withValue(["institution", "type"], "constructor"),
    call: parse,
    expect: { issues: [issue("unknown_institution_type", ["institution", "type"])] },
  }),

  // Answers that contradict each other or the model
  hostileCase({
    name: "the same practice answered twice",
    input: () => {
      const doc = miniAssessmentDoc();
      doc.answers.push({ practice: "gov-policy.1a", code: "N" });
      return doc;
    },
    call: parse,
    expect: { issues: [issue("duplicate_answer", ["answers", 11])] },
  }),
  hostileCase({
    name: "an answer naming both a practice and an indicator",
    input: withValue(["answers", 0, "indicator"], "gov-policy"),
    call: parse,
    expect: { issues: [issue("answer_target_ambiguous", ["answers", 0])] },
  }),
  hostileCase({
    name: "NA for a practice whose indicator may never be not applicable",
    input: withValue(["answers", 0], { practice: "gov-policy.1a", code: "NA", rationale: "no" }),
    call: parse,
    expect: { issues: [issue("not_applicable_not_allowed", ["answers", 0, "code"])] },
  }),
  hostileCase({
    name: "NA with a rationale of only spaces",
    input: withValue(["answers", ROLES], { practice: "gov-roles.1", code: "NA", rationale: "   " }),
    call: parse,
    expect: { issues: [issue("rationale_required", ["answers", ROLES, "rationale"])] },
  }),

  // Another model version
  hostileCase({
    name: "answers for version 2 parsed with version 1 of the model",
    input: () => setAt(miniAssessmentDoc(), ["modelRef", "version"], "2"),
    call: parse,
    expect: { issues: [issue("model_mismatch", ["modelRef"])] },
  }),
  hostileCase({
    name: "an assessment for the 2023 model parsed with the 2025 model",
    input: duinhaven2023Doc,
    call: (input) => parseAssessment(input, kennisveiligheid2025),
    expect: { issues: [issue("model_mismatch", ["modelRef"])] },
  }),
  hostileCase({
    name: "2023 answers relabelled as 2025: every answer names an indicator 2025 lacks",
    input: () => setAt(duinhaven2023Doc(), ["modelRef", "version"], kennisveiligheid2025.version),
    call: (input) => parseAssessment(input, kennisveiligheid2025),
    expect: {
      // One answer per theme of the baseline: 19 in 2023.2.
      issues: Array.from({ length: 19 }, (_, i) =>
        issue("unknown_indicator", ["answers", i, "indicator"]),
      ),
    },
  }),
  hostileCase({
    name: "answers for the mini model checked against its version 2 after relabelling",
    input: () => {
      const doc = setAt(miniAssessmentDoc(), ["modelRef", "version"], "2");
      doc.answers.push({ practice: "gov-policy.4", code: "F" });
      return doc;
    },
    call: (input) => parseAssessment(input, miniV2),
    expect: { issues: [issue("unknown_practice", ["answers", 11, "practice"])] },
  }),

  // Sizes
  hostileCase({
    name: "100,000 answers for practices the model does not have",
    input: withAnswers(100_000, (i) => ({ practice: `p${i}`, code: "F" })),
    call: parse,
    expect: {
      issues: [issue("unknown_practice", ["answers", 0, "practice"])],
      match: "prefix",
      count: 100_000,
    },
    budget: overOneMb("100,000 answers, 3.3 MB as JSON"),
  }),
  hostileCase({
    name: "100,000 answers for the same practice",
    input: withAnswers(100_000, () => ({ practice: "gov-policy.1a", code: "F" })),
    call: parse,
    expect: {
      issues: [issue("duplicate_answer", ["answers", 1])],
      match: "prefix",
      count: 99_999,
    },
    budget: overOneMb("100,000 answers, 4 MB as JSON"),
  }),
  hostileCase({
    name: "200,001 answers, one more than allowed",
    input: withAnswers(200_001, () => ({ practice: "gov-policy.1a", code: "F" })),
    call: parse,
    expect: { issues: [issue("too_big", ["answers"])] },
    budget: overOneMb("200,001 answers, 8 MB as JSON"),
  }),
  hostileCase({
    name: "a 10 MB note",
    input: withValue(["note"], longString(TEN_MB)),
    call: parse,
    expect: { issues: [issue("too_big", ["note"])] },
    budget: overOneMb("10 MB of text", 2000),
  }),
  hostileCase({
    name: "a note nested 10,000 objects deep",
    input: withValue(["note"], nested(10_000)),
    call: parse,
    expect: { issues: [issue("not_json", ["note", ...Array<string>(63).fill("a")])] },
    compare: "iterative",
  }),
  hostileCase({
    name: "an answer whose evidence list contains the answer (a cycle)",
    input: () => {
      const doc = miniAssessmentDoc();
      const answer = doc.answers[0] as Record<string, unknown>;
      answer.evidence = [answer];
      return doc;
    },
    call: parse,
    expect: { issues: [issue("not_json", ["answers", 0, "evidence", 0])] },
  }),
  hostileCase({
    name: "a sparse answers array (a hole at index 1)",
    input: () => {
      const doc = miniAssessmentDoc();
      delete (doc.answers as unknown[])[1];
      return doc;
    },
    call: parse,
    expect: { issues: [issue("not_json", ["answers", 1])] },
  }),
  hostileCase({
    // 11 answers, then holes up to a length of 250,000: a few bytes of input.
    name: "a sparse answers array of length 250,000",
    input: () => {
      const doc = miniAssessmentDoc();
      doc.answers.length = 250_000;
      return doc;
    },
    call: parse,
    expect: { issues: [issue("not_json")], match: "prefix" },
  }),

  // Frozen, null-prototype and proxied inputs
  hostileCase({
    name: 'deep-frozen, with a level given as "1"',
    input: () => deepFreezeInput(setAt(miniAssessmentDoc(), ["answers", LEVEL, "level"], "1")),
    call: parse,
    expect: { issues: [issue("invalid_type", ["answers", LEVEL, "level"])] },
  }),
  hostileCase({
    name: "valid, with null-prototype objects (Object.create(null)) throughout",
    input: () => {
      const nullProto = (value: unknown): unknown => {
        if (Array.isArray(value)) return value.map(nullProto);
        if (typeof value !== "object" || value === null) return value;
        const out = Object.create(null) as Record<string, unknown>;
        for (const [k, v] of Object.entries(value)) out[k] = nullProto(v);
        return out;
      };
      return nullProto(miniAssessmentDoc());
    },
    call: parse,
    expect: { parsed: (a) => expect(a).toEqual(miniAssessmentDoc()) },
    // structuredClone would give the copies Object.prototype again.
    compare: "iterative",
  }),
  hostileCase({
    name: 'a code that reads "F" the first time and "X" after: what is checked is what is kept',
    input: () =>
      tracked(miniAssessmentDoc(), {
        read: (_, key, value, nth) => (key === "code" && nth > 1 ? "X" : value),
      }),
    call: parse,
    expect: {
      parsed: (a) => {
        const codes = (a as Assessment).answers.map((x) => x.code ?? null);
        expect(codes).not.toContain("X");
      },
    },
    readOnce: ["code"],
  }),
  hostileCase({
    name: "an answer behind a proxy whose get trap throws",
    input: () => {
      const doc = miniAssessmentDoc();
      doc.answers[3] = hostile(doc.answers[3] as object, ["get"]) as never;
      return doc;
    },
    call: parse,
    expect: { issues: [issue("not_json", ["answers", 3])] },
  }),

  // The model argument
  hostileCase({
    name: "a valid assessment with null for the model",
    input: miniAssessmentDoc,
    call: (input) => parseAssessment(input, null as unknown as Model),
    expect: { throws: ["not_parsed", "invalid_argument"] },
  }),
  hostileCase({
    name: "a valid assessment with an empty object for the model",
    input: miniAssessmentDoc,
    call: (input) => parseAssessment(input, {} as Model),
    expect: { throws: ["not_parsed", "invalid_argument"] },
  }),
];

hostileSuite("assessments", cases);

// Not a harness case: unfixed, it takes the whole process down, so it runs in a child process.
describe("hostile assessments in a separate process", () => {
  it("a sparse answers array of length 2^32 − 1 neither crashes nor hangs parseAssessment", () => {
    const path = (relative: string) => JSON.stringify(new URL(relative, import.meta.url).pathname);
    const script = `
      const { parseAssessment, parseModel } = await import(${path("../../src/index.ts")});
      const { miniModel } = await import(${path("../fixtures/miniModel.ts")});
      const { uniformAssessmentDocument } = await import(${path("../fixtures/arbitraries.ts")});
      const mini = parseModel(miniModel()).value;
      const doc = uniformAssessmentDocument(mini, { riskProfile: { exposure: 1, partnerships: 0 } });
      doc.answers.length = 2 ** 32 - 1;
      const start = performance.now();
      const result = parseAssessment(doc, mini);
      const ms = performance.now() - start;
      console.log(JSON.stringify({ ok: result.ok, first: result.issues?.[0]?.code, ms }));
    `;
    const child = spawnSync(
      process.execPath,
      ["--max-old-space-size=128", "--import", "tsx", "--input-type=module", "-e", script],
      { encoding: "utf8", timeout: 15_000 },
    );
    expect(child.error, "still running after 15 s: it hangs").toBeUndefined();
    expect(child.status, `crashed (${child.signal}):\n${child.stderr.slice(0, 600)}`).toBe(0);
    const out = JSON.parse(child.stdout.trim().split("\n").pop() ?? "{}");
    // Refused by its length before any element is read.
    expect(out).toMatchObject({ ok: false, first: "too_big" });
    expect(out.ms).toBeLessThan(100);
  });
});
