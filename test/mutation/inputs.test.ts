// Untrusted input at the edges: the JSON snapshot every parse starts with, the guards on values
// passed to the library, deep freezing, and what the builders say when an answer or risk profile
// is malformed.
import { describe, expect, it } from "vitest";
import {
  type Assessment,
  formatIssues,
  type Model,
  parseAssessment,
  parseModel,
  removeAnswer,
  setAnswer,
  setRiskProfile,
} from "../../src/index.js";
import { deepFreeze } from "../../src/util/deepFreeze.js";
import {
  assertParsed,
  assertResult,
  check,
  describe as describeValue,
  optionsObject,
} from "../../src/util/guards.js";
import { snapshot } from "../../src/util/snapshot.js";
import { miniModel } from "../fixtures/miniModel.js";
import { thrown } from "../fixtures/thrown.js";
import { miniResult } from "../hostile/harness.js";

const codesAndPaths = (issues: readonly { code: string; path: readonly unknown[] }[]) =>
  issues.map((i) => [i.code, i.path]);

describe("snapshot", () => {
  it("copies plain JSON data into fresh objects, dropping undefined properties and -0", () => {
    const input = { a: [1, "x", true, null, { b: -0 }], c: undefined, d: { e: 2.5 } };
    const { value, issues } = snapshot(input);
    expect(issues).toEqual([]);
    expect(value).toStrictEqual({ a: [1, "x", true, null, { b: 0 }], d: { e: 2.5 } });
    expect(
      Object.is((value as { a: [unknown, unknown, unknown, unknown, { b: number }] }).a[4].b, 0),
    ).toBe(true);
    expect(value).not.toBe(input);
    expect((value as { d: unknown }).d).not.toBe(input.d);
    expect(snapshot(Object.create(null)).issues).toEqual([]);
  });

  it("reports what is not JSON at its path, as null in the copy", () => {
    const { value, issues } = snapshot({
      n: Number.NaN,
      i: [Number.POSITIVE_INFINITY, undefined],
      f: () => 1,
      s: Symbol("x"),
      b: 10n,
      d: new Date(0),
    });
    expect(issues.map((i) => [i.code, i.path, i.params])).toEqual([
      ["not_json", ["n"], { reason: "NaN" }],
      ["not_json", ["i", 0], { reason: "Infinity" }],
      ["not_json", ["i", 1], { reason: "undefined" }],
      ["not_json", ["f"], { reason: "function" }],
      ["not_json", ["s"], { reason: "symbol" }],
      ["not_json", ["b"], { reason: "bigint" }],
      ["not_json", ["d"], { reason: "not a plain object" }],
    ]);
    expect(value).toEqual({ n: null, i: [null, null], f: null, s: null, b: null, d: null });
  });

  it("refuses __proto__ keys, cycles and deep nesting, and names where", () => {
    const withProto = JSON.parse('{"ok": 1, "__proto__": {"x": 1}}');
    expect(codesAndPaths(snapshot(withProto).issues)).toEqual([["forbidden_key", ["__proto__"]]]);
    const cycle: Record<string, unknown> = { a: { b: [] } };
    ((cycle.a as { b: unknown[] }).b as unknown[]).push(cycle);
    const c = snapshot(cycle);
    expect(c.issues.map((i) => [i.path, i.params])).toEqual([[["a", "b", 0], { reason: "cycle" }]]);
    // The same object twice, side by side, is not a cycle.
    const shared = { x: 1 };
    expect(snapshot({ p: shared, q: [shared, shared] }).issues).toEqual([]);

    let deep: unknown = 1;
    for (let i = 0; i < 64; i++) deep = [deep];
    expect(snapshot(deep).issues).toEqual([]);
    const tooDeep = snapshot([deep]);
    expect(tooDeep.issues).toHaveLength(1);
    expect(tooDeep.issues[0]?.params).toEqual({ reason: "nested deeper than 64" });
    expect(tooDeep.issues[0]?.path).toHaveLength(64);
  });

  it("reports a getter or proxy that throws as unreadable, where it throws", () => {
    const hostile = {
      ok: 1,
      get bad(): number {
        throw new Error("no");
      },
    };
    const { value, issues } = snapshot({ outer: hostile });
    expect(issues.map((i) => [i.code, i.path, i.params])).toEqual([
      ["not_json", ["outer"], { reason: "unreadable value" }],
    ]);
    expect(value).toEqual({ outer: null });
    const trap = new Proxy(
      {},
      {
        getPrototypeOf() {
          throw new Error("no");
        },
      },
    );
    expect(snapshot(trap).issues.map((i) => [i.path, i.params])).toEqual([
      [[], { reason: "unreadable value" }],
    ]);
  });

  it("reads an array of exactly a million items", () => {
    const { issues } = snapshot(new Array(1_000_000));
    expect(issues[0]).toMatchObject({
      code: "not_json",
      path: [0],
      params: { reason: "undefined" },
    });
  });

  it("refuses an array longer than a million items without reading it", () => {
    const huge = new Array(1_000_001);
    const { value, issues } = snapshot({ list: huge });
    expect(issues.map((i) => [i.code, i.path, i.params])).toEqual([
      ["too_big", ["list"], { maximum: 1_000_000, inclusive: "yes", unit: "items" }],
    ]);
    expect(value).toEqual({ list: null });
  });

  it("stops after a thousand problems, and says so", () => {
    const many = Array.from({ length: 1500 }, () => Number.NaN);
    const { issues } = snapshot(many);
    expect(issues).toHaveLength(1001);
    expect(issues[999]?.path).toEqual([999]);
    expect(issues[1000]?.code).toBe("not_json");
    expect(issues[1000]?.path).toEqual([]);
    expect(issues[1000]?.params).toEqual({ reason: "more than 1000 problems; stopped reading" });
    const keys = Object.fromEntries(Array.from({ length: 1200 }, (_, i) => [`k${i}`, Number.NaN]));
    expect(snapshot(keys).issues).toHaveLength(1001);
    expect(snapshot(many.slice(0, 999)).issues).toHaveLength(999);
    // The copy keeps the length of the array it stopped reading.
    expect((snapshot(many).value as unknown[]).length).toBe(1500);
  });
});

describe("guards", () => {
  it("describe values without calling them", () => {
    expect(describeValue("abc")).toBe('"abc"');
    expect(describeValue("x".repeat(61))).toBe(JSON.stringify(`${"x".repeat(60)}…`));
    expect(describeValue("x".repeat(60))).toBe(JSON.stringify("x".repeat(60)));
    expect(describeValue(2.5)).toBe("2.5");
    expect(describeValue(true)).toBe("true");
    expect(describeValue(3n)).toBe("3");
    expect(describeValue(undefined)).toBe("undefined");
    expect(describeValue(Symbol("s"))).toBe("a symbol");
    expect(describeValue(() => 1)).toBe("a function");
    expect(describeValue(null)).toBe("null");
    expect(describeValue([1])).toBe("an array");
    expect(describeValue({ toString: () => "lie" })).toBe("an object");
  });

  it("accept only frozen objects with the expected list", () => {
    expect(() =>
      assertParsed(Object.freeze({ domains: [] }), "domains", "the model"),
    ).not.toThrow();
    for (const bad of [
      null,
      3,
      { domains: [] },
      Object.freeze({ domains: {} }),
      Object.freeze({}),
    ]) {
      const e = thrown(() => assertParsed(bad, "domains", "the model"));
      expect(e.code).toBe("not_parsed");
      expect(e.message).toContain("the model is ");
      expect(e.message).toContain(describeValue(bad));
    }
  });

  it("check throws its code and message only when the condition fails", () => {
    expect(() => check(true, "invalid_argument", "fine")).not.toThrow();
    const e = thrown(() => check(false, "mixed_models", "two versions"));
    expect(e.code).toBe("mixed_models");
    expect(e.message).toBe("[mixed_models] two versions");
  });

  it("do not take a frozen function for a parsed object", () => {
    const fake = Object.freeze(Object.assign(() => 1, { domains: [] }));
    expect(thrown(() => assertParsed(fake, "domains", "the model")).code).toBe("not_parsed");
  });

  it("take options only as an object, and only its own enumerable properties", () => {
    expect({ ...optionsObject(undefined) }).toEqual({});
    const options = { a: 1 };
    const copy = optionsObject(options);
    expect(copy).not.toBe(options);
    expect({ ...copy }).toEqual({ a: 1 });
    // Nothing is read through a prototype: neither the argument's nor the copy's own.
    const inherited = optionsObject(Object.create({ a: 2 }) as { a?: number });
    expect(inherited.a).toBeUndefined();
    expect(Object.getPrototypeOf(inherited)).toBeNull();
    const hidden = Object.defineProperty({}, "a", { value: 3, enumerable: false });
    expect(optionsObject(hidden as { a?: number }).a).toBeUndefined();
    const e = thrown(() => optionsObject(5 as never, "the options"));
    expect(e.code).toBe("invalid_argument");
    expect(e.message).toBe("[invalid_argument] the options must be an object, got 5");
    expect(thrown(() => optionsObject(null as never)).message).toContain("options must be");
  });

  it("accept only results", () => {
    expect(() => assertResult(miniResult)).not.toThrow();
    const e = thrown(() => assertResult(Object.freeze({ ...miniResult, kind: "comparison" })));
    expect(e.code).toBe("not_parsed");
    expect(e.message).toContain("the result is not a result of scoreAssessment");
    // Frozen, of kind "result", but without the fields a result has.
    const bare = thrown(() => assertResult(Object.freeze({ kind: "result", indicators: [] })));
    expect(bare.message).toContain("the result is not a result of scoreAssessment");
    const withoutTier = Object.freeze({ ...miniResult, riskProfile: Object.freeze({}) });
    expect(thrown(() => assertResult(withoutTier)).code).toBe("not_parsed");
    const measuredOnNumber = Object.freeze({ ...miniResult, measuredOn: 20250101 });
    expect(thrown(() => assertResult(measuredOnNumber)).code).toBe("not_parsed");
    const noOverall = Object.freeze({ ...miniResult, overall: null });
    expect(thrown(() => assertResult(noOverall)).code).toBe("not_parsed");
    const domainNull = Object.freeze({ ...miniResult, domains: Object.freeze([null]) });
    expect(thrown(() => assertResult(domainNull)).code).toBe("not_parsed");
    const indicatorNoId = Object.freeze({ ...miniResult, indicators: Object.freeze([{}]) });
    expect(thrown(() => assertResult(indicatorNoId)).code).toBe("not_parsed");
  });
});

describe("deepFreeze", () => {
  it("freezes everything reachable and returns the same value", () => {
    const value = { a: [{ b: { c: 1 } }], d: { e: [2] } };
    expect(deepFreeze(value)).toBe(value);
    expect(Object.isFrozen(value)).toBe(true);
    expect(Object.isFrozen(value.a)).toBe(true);
    expect(Object.isFrozen(value.a[0])).toBe(true);
    expect(Object.isFrozen(value.a[0]?.b)).toBe(true);
    expect(Object.isFrozen(value.d.e)).toBe(true);
    expect(deepFreeze(null)).toBeNull();
    expect(deepFreeze(3)).toBe(3);
  });

  it("leaves the inside of an already frozen object alone", () => {
    const inner = { x: 1 };
    const outer = Object.freeze({ inner });
    deepFreeze({ outer });
    expect(Object.isFrozen(inner)).toBe(false);
  });
});

describe("builders", () => {
  const model = (): Model => {
    const parsed = parseModel(miniModel());
    if (!parsed.ok) throw new Error(formatIssues(parsed.issues));
    return parsed.value;
  };
  const assessment = (m: Model): Assessment => {
    const parsed = parseAssessment(
      {
        modelRef: { id: "mini", version: "1" },
        institution: { id: "inst", type: "college" },
        measuredOn: "2025-03-01",
        assessedBy: "self",
        riskProfile: { exposure: 0, partnerships: 0 },
        answers: [
          { practice: "gov-policy.1a", code: "F" },
          { indicator: "ops-screening", level: 1 },
        ],
      },
      m,
    );
    if (!parsed.ok) throw new Error(formatIssues(parsed.issues));
    return parsed.value;
  };

  it("setAnswer replaces the answer for the same id in place, or appends", () => {
    const a = assessment(model());
    const replaced = setAnswer(a, { indicator: "ops-screening", level: 2 });
    expect(replaced.answers).toEqual([
      { practice: "gov-policy.1a", code: "F" },
      { indicator: "ops-screening", level: 2 },
    ]);
    expect(replaced.answers[0]).toBe(a.answers[0]);
    const added = setAnswer(a, { practice: "gov-policy.2", code: "P" });
    expect(added.answers.map((x) => x.practice ?? x.indicator)).toEqual([
      "gov-policy.1a",
      "ops-screening",
      "gov-policy.2",
    ]);
    expect(Object.isFrozen(added.answers[2])).toBe(true);
    const first = setAnswer(a, { practice: "gov-policy.1a", code: "P" });
    expect(first.answers).toEqual([
      { practice: "gov-policy.1a", code: "P" },
      { indicator: "ops-screening", level: 1 },
    ]);
  });

  it("setAnswer says what is wrong with an answer", () => {
    const a = assessment(model());
    const both = thrown(() => setAnswer(a, { practice: "p", indicator: "i", code: "F" }));
    expect(both.code).toBe("invalid_answer");
    expect(both.message).toMatch(/exactly one of "practice" or "indicator"/);
    const neither = thrown(() => setAnswer(a, { code: "F" }));
    expect(neither.message).toMatch(/exactly one/);
    const shape = thrown(() => setAnswer(a, { practice: "gov-policy.1a", code: 7 } as never));
    expect(shape.code).toBe("invalid_answer");
    expect(shape.message).toMatch(/not well-formed/);
    expect(codesAndPaths(shape.issues)).toEqual([["invalid_type", ["code"]]]);
    const json = thrown(() => setAnswer(a, { practice: "gov-policy.1a", level: Number.NaN }));
    expect(codesAndPaths(json.issues)).toEqual([["not_json", ["level"]]]);
    const plain = JSON.parse(JSON.stringify(a));
    for (const f of [
      () => setAnswer(plain, { practice: "x", code: "F" }),
      () => removeAnswer(plain, "x"),
      () => setRiskProfile(plain, { exposure: 1 }),
    ]) {
      const e = thrown(f);
      expect(e.code).toBe("not_parsed");
      expect(e.message).toContain("the assessment");
    }
  });

  it("removeAnswer removes only the named answer, and needs a string id", () => {
    const a = assessment(model());
    expect(removeAnswer(a, "ops-screening").answers).toEqual([
      { practice: "gov-policy.1a", code: "F" },
    ]);
    expect(removeAnswer(a, "gov-policy.1a").answers).toEqual([
      { indicator: "ops-screening", level: 1 },
    ]);
    expect(removeAnswer(a, "nothing").answers).toEqual(a.answers);
    const e = thrown(() => removeAnswer(a, 5 as never));
    expect(e.code).toBe("invalid_argument");
    expect(e.message).toContain("the id must be a string, got 5");
  });

  it("setRiskProfile sets the values and, when given, the type", () => {
    const a = assessment(model());
    const next = setRiskProfile(a, { exposure: 2, partnerships: 1 });
    expect(next.riskProfile).toEqual({ exposure: 2, partnerships: 1 });
    expect(next.institution.type).toBe("college");
    expect(setRiskProfile(a, { exposure: 1 }, "university").institution.type).toBe("university");
  });

  it("setRiskProfile says what is wrong", () => {
    const a = assessment(model());
    const range = thrown(() => setRiskProfile(a, { exposure: 11 }));
    expect(range.code).toBe("invalid_argument");
    expect(range.message).toMatch(/integers 0\.\.10/);
    expect(codesAndPaths(range.issues)).toEqual([["too_big", ["exposure"]]]);
    const nan = thrown(() => setRiskProfile(a, { exposure: Number.NaN }));
    expect(codesAndPaths(nan.issues)).toEqual([["not_json", ["exposure"]]]);
    const type = thrown(() => setRiskProfile(a, { exposure: 1 }, "no spaces"));
    expect(type.code).toBe("invalid_argument");
    expect(type.message).toContain('"no spaces" is not a valid institution type id');
  });
});

describe("parseAssessment with a model that did not come from parseModel", () => {
  it("names the model in the error", () => {
    const e = thrown(() => parseAssessment({}, JSON.parse(JSON.stringify(miniModel()))));
    expect(e.code).toBe("not_parsed");
    expect(e.message).toContain("the model");
  });
});

describe("parseAssessment issue params", () => {
  const m = (() => {
    const parsed = parseModel(miniModel());
    if (!parsed.ok) throw new Error(formatIssues(parsed.issues));
    return parsed.value;
  })();
  const base = {
    modelRef: { id: "mini", version: "1" },
    institution: { id: "inst", type: "college" },
    measuredOn: "2025-03-01",
    assessedBy: "self",
    riskProfile: { exposure: 0, partnerships: 0 },
  };
  const issues = (answers: object[], extra: object = {}) => {
    const parsed = parseAssessment({ ...base, answers, ...extra }, m);
    if (parsed.ok) throw new Error("parsed");
    return parsed.issues.map((i) => [i.code, i.path, i.params]);
  };

  it("name the answer's id, what it should have been, and where it first appeared", () => {
    expect(
      issues([
        { practice: "gov-policy.1a", code: "F" },
        { practice: "gov-policy.1a", code: "P" },
      ]),
    ).toEqual([["duplicate_answer", ["answers", 1], { id: "gov-policy.1a", first: "answers[0]" }]]);
    expect(issues([{ practice: "ops-screening", code: "F" }])).toEqual([
      ["rating_mismatch", ["answers", 0, "practice"], { id: "ops-screening", rating: "level" }],
    ]);
    expect(issues([{ practice: "nope", code: "F" }])).toEqual([
      ["unknown_practice", ["answers", 0, "practice"], { id: "nope" }],
    ]);
    expect(
      issues([{ practice: "gov-policy.2", code: "F", level: 1, confidence: "reported" }]),
    ).toEqual([
      ["unknown_key", ["answers", 0, "level"], { key: "level" }],
      ["unknown_key", ["answers", 0, "confidence"], { key: "confidence" }],
    ]);
    expect(issues([{ indicator: "nope", level: 1 }])).toEqual([
      ["unknown_indicator", ["answers", 0, "indicator"], { id: "nope" }],
    ]);
    expect(issues([{ indicator: "gov-roles", level: 1 }])).toEqual([
      ["rating_mismatch", ["answers", 0, "indicator"], { id: "gov-roles", rating: "practices" }],
    ]);
    expect(issues([{ indicator: "ops-screening", code: "F", level: 1 }])).toEqual([
      ["unknown_key", ["answers", 0, "level"], { key: "level" }],
      ["invalid_value", ["answers", 0, "code"], { expected: '"NA"' }],
    ]);
    expect(issues([{ indicator: "ops-screening", level: 4 }])).toEqual([
      ["level_out_of_range", ["answers", 0, "level"], { level: 4, max: 3 }],
    ]);
    expect(issues([{ practice: "gov-policy.1a", code: "NA", rationale: "No." }])).toEqual([
      ["not_applicable_not_allowed", ["answers", 0, "code"], { id: "gov-policy" }],
    ]);
    expect(issues([{ practice: "gov-policy.1a", code: "X" }])).toEqual([
      ["unknown_answer_code", ["answers", 0, "code"], { id: "X", expected: "N, P, L, F, NA" }],
    ]);
  });

  it("name the model, the institution type and the risk factors", () => {
    expect(issues([], { modelRef: { id: "mini", version: "9" } })).toEqual([
      ["model_mismatch", ["modelRef"], { expected: "mini@1", received: "mini@9" }],
    ]);
    expect(
      issues([], {
        institution: { id: "inst", type: "school" },
        riskProfile: { exposure: 3, budget: 1 },
      }),
    ).toEqual([
      ["unknown_institution_type", ["institution", "type"], { id: "school" }],
      ["unknown_factor_value", ["riskProfile", "exposure"], { factor: "exposure", value: 3 }],
      ["unknown_factor", ["riskProfile", "budget"], { id: "budget" }],
      ["missing_factor", ["riskProfile"], { id: "partnerships" }],
    ]);
  });
});
