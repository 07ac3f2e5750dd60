// The translation of zod's issues into the library's codes and params, and the rendering of paths
// and issue lists, checked directly on small schemas.

import { describe, expect, it } from "vitest";
import * as z from "zod";
import { formatIssues, formatPath, type Issue } from "../../src/index.js";
import { fromZod } from "../../src/issues/fromZod.js";
import { IdSchema, IsoDateSchema } from "../../src/model/primitives.js";

const issuesOf = (schema: z.ZodType, input: unknown): Issue[] => {
  const parsed = schema.safeParse(input);
  if (parsed.success) throw new Error("parsed");
  return fromZod(parsed.error.issues, input);
};
const one = (schema: z.ZodType, input: unknown) => {
  const [issue, ...rest] = issuesOf(schema, input);
  expect(rest).toEqual([]);
  return { code: issue?.code, path: issue?.path, params: issue?.params };
};

describe("fromZod", () => {
  it("says what type was expected and what came", () => {
    const s = z.object({ a: z.string() });
    expect(one(s, { a: 1 })).toEqual({
      code: "invalid_type",
      path: ["a"],
      params: { expected: "string", received: "number" },
    });
    expect(one(s, { a: null }).params).toEqual({ expected: "string", received: "null" });
    expect(one(s, { a: [] }).params).toEqual({ expected: "string", received: "array" });
    expect(one(s, { a: {} }).params).toEqual({ expected: "string", received: "object" });
  });

  it("calls a missing field required, also for enums", () => {
    expect(one(z.object({ a: z.string() }), {})).toEqual({
      code: "required",
      path: ["a"],
      params: {},
    });
    expect(one(z.object({ e: z.enum(["x", "y"]) }), {}).code).toBe("required");
  });

  it("gives bounds with their unit and whether they are inclusive", () => {
    expect(one(z.string().min(2), "a")).toEqual({
      code: "too_small",
      path: [],
      params: { minimum: 2, inclusive: "yes", unit: "characters" },
    });
    expect(one(z.array(z.number()).max(1), [1, 2]).params).toEqual({
      maximum: 1,
      inclusive: "yes",
      unit: "items",
    });
    expect(one(z.number().gt(0), 0).params).toEqual({ minimum: 0, inclusive: "no", unit: "" });
    expect(one(z.number().lt(5), 5).params).toEqual({ maximum: 5, inclusive: "no", unit: "" });
    expect(one(z.number().max(5), 6).params).toEqual({ maximum: 5, inclusive: "yes", unit: "" });
  });

  it("names formats in words", () => {
    expect(one(IdSchema, "no spaces")).toEqual({
      code: "invalid_format",
      path: [],
      params: { format: "an id (a letter, then letters, digits, '.', '_' or '-')" },
    });
    expect(one(z.string().regex(/^a+$/), "b").params).toEqual({ format: "text matching /^a+$/" });
    expect(one(IsoDateSchema, "2025-13-01").params).toEqual({ format: "an ISO date YYYY-MM-DD" });
    expect(one(z.url(), "nope").params?.format).toBe("an http(s) URL");
    expect(one(z.email(), "nope").params).toEqual({ format: "email" });
  });

  it("gives one unknown_key per unknown key, with the key in the path", () => {
    const issues = issuesOf(z.strictObject({ a: z.number() }), { a: 1, b: 2, c: 3 });
    expect(issues.map((i) => [i.code, i.path, i.params])).toEqual([
      ["unknown_key", ["b"], { key: "b" }],
      ["unknown_key", ["c"], { key: "c" }],
    ]);
  });

  it("lists the values an enum or literal allows", () => {
    expect(one(z.object({ e: z.enum(["x", "y"]) }), { e: "z" })).toEqual({
      code: "invalid_value",
      path: ["e"],
      params: { expected: '"x" | "y"' },
    });
  });

  it("reports a bad record key as invalid_key with the key", () => {
    const issues = issuesOf(z.record(IdSchema, z.number()), { "bad key": 1 });
    expect(issues.map((i) => [i.code, i.params])).toEqual([["invalid_key", { key: "bad key" }]]);
  });

  it("reports anything else as an invalid value", () => {
    const custom = z.number().refine((n) => n % 2 === 0);
    expect(one(custom, 3)).toEqual({
      code: "invalid_value",
      path: [],
      params: { expected: "a valid value" },
    });
  });

  it("looks the value up only through own properties", () => {
    const issue = { code: "invalid_type", path: ["a"], expected: "string", message: "" };
    const inherited = fromZod([issue as unknown as z.core.$ZodIssue], Object.create({ a: 1 }));
    expect(inherited.map((i) => i.code)).toEqual(["required"]);
    const own = fromZod([issue as unknown as z.core.$ZodIssue], { a: 1 });
    expect(own.map((i) => [i.code, i.params])).toEqual([
      ["invalid_type", { expected: "string", received: "number" }],
    ]);
    expect(one(z.object({ a: z.object({ b: z.string() }) }), { a: 5 })).toMatchObject({
      code: "invalid_type",
      path: ["a"],
    });
  });
});

describe("formatPath", () => {
  it("writes identifiers with dots, indexes and other keys in brackets", () => {
    expect(formatPath([])).toBe("(root)");
    expect(formatPath(["domains", 0, "indicators", 2, "id"])).toBe("domains[0].indicators[2].id");
    expect(formatPath([0, "a"])).toBe("[0].a");
    expect(formatPath(["riskProfile", "export-controlled"])).toBe("riskProfile.export-controlled");
    expect(formatPath(["targets", "a b"])).toBe('targets["a b"]');
    expect(formatPath(["x", "1st"])).toBe('x["1st"]');
    expect(formatPath(["$ref", "_x"])).toBe("$ref._x");
  });
});

describe("formatIssues", () => {
  const issues: Issue[] = [
    { code: "required", path: ["id"], message: "", params: {} },
    { code: "unknown_key", path: ["a", 1], message: "", params: { key: "a" } },
  ];

  it("renders one line per issue, in English by default", () => {
    expect(formatIssues(issues)).toBe(
      "✖ Required field is missing. → at id  [required]\n" +
        `✖ ${formatIssues([issues[1] as Issue]).slice(2)}`,
    );
    expect(formatIssues(issues).split("\n")[1]).toMatch(/^✖ .+ → at a\[1\] {2}\[unknown_key\]$/);
    expect(formatIssues([])).toBe("");
  });

  it("renders Dutch with bij", () => {
    expect(formatIssues(issues, { lang: "nl" }).split("\n")[0]).toBe(
      "✖ Verplicht veld ontbreekt. → bij id  [required]",
    );
  });
});
