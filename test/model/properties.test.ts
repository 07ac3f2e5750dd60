import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ISSUE_CODES, type Issue, type ParseResult, parseModel } from "../../src/index.js";
import { isDeepFrozen } from "../fixtures/deepFrozen.js";
import { allPaths, getAt, type JsonPath, removeAt, setAt } from "../fixtures/jsonEdit.js";
import { miniModel } from "../fixtures/miniModel.js";

/** A fixed seed on CI so a failure reproduces; a random one locally so runs explore more. */
const params: fc.Parameters<unknown> = process.env.CI ? { seed: 42 } : {};

/** Every path into the mini model, from `["id"]` to the deepest label. */
const PATHS = allPaths(miniModel());

const anyValue = fc.anything({
  withBigInt: true,
  withBoxedValues: true,
  withDate: true,
  withMap: true,
  withSet: true,
  withNullPrototype: true,
  withObjectString: true,
  withSparseArray: true,
  withTypedArray: true,
  withUnicodeString: true,
});

/** Whether `path` exists in `doc` as own properties all the way down. */
function exists(doc: unknown, path: readonly (string | number)[]): boolean {
  let current = doc;
  for (const key of path) {
    if (typeof current !== "object" || current === null || !Object.hasOwn(current, key))
      return false;
    current = (current as Record<string | number, unknown>)[key];
  }
  return true;
}

function expectWellFormedIssue(issue: Issue): void {
  expect(Object.hasOwn(ISSUE_CODES, issue.code)).toBe(true);
  expect(Array.isArray(issue.path)).toBe(true);
  for (const part of issue.path) expect(["string", "number"]).toContain(typeof part);
  expect(typeof issue.message).toBe("string");
  expect(issue.message.length).toBeGreaterThan(0);
  expect(typeof issue.params).toBe("object");
}

/** The contract of every parse result, whatever the input. */
function expectWellFormed(result: ParseResult<unknown>): void {
  expect(isDeepFrozen(result.ok ? result.value : result)).toBe(true);
  if (result.ok) return;
  expect(Array.isArray(result.issues)).toBe(true);
  expect(result.issues.length).toBeGreaterThan(0);
  for (const issue of result.issues) expectWellFormedIssue(issue);
}

/**
 * Issue paths point into the input: the parent of every path exists, and so does the path itself
 * unless the issue is about something missing there.
 */
function expectPathsInInput(result: ParseResult<unknown>, input: unknown): void {
  if (result.ok) return;
  for (const issue of result.issues) {
    const label = JSON.stringify(issue);
    expect(exists(input, issue.path.slice(0, -1)), label).toBe(true);
    if (issue.code === "required") expect(exists(input, issue.path), label).toBe(false);
    else if (issue.code !== "level_not_covered")
      expect(exists(input, issue.path), label).toBe(true);
  }
}

/** A path to drop from the mini model; the model is built in the property to keep reports short. */
const droppedPath = fc.constantFrom(...PATHS);
const drop = (path: JsonPath) => removeAt(miniModel(), path);

/** A path of the mini model and arbitrary JSON to put there. */
const replacement = fc.tuple(fc.constantFrom(...PATHS), fc.jsonValue());
const replace = ([path, value]: [JsonPath, unknown]) => setAt(miniModel(), path, value);

/** Several replacements, each applied only where its path still exists. */
const replacements = fc.array(replacement, { minLength: 1, maxLength: 5 });
const replaceAll = (edits: [JsonPath, unknown][]) => {
  const model = miniModel();
  for (const [path, value] of edits) if (exists(model, path)) setAt(model, path, value);
  return model;
};

/** Object fields whose removal leaves the mini model valid: its optional fields. */
const OPTIONAL = PATHS.filter(
  (path) => typeof path[path.length - 1] === "string" && parseModel(drop(path)).ok,
);

/** Paths to the Dutch and English halves of every text. */
const TEXTS = PATHS.filter((path) => {
  const last = path[path.length - 1];
  return (last === "nl" || last === "en") && typeof getAt(miniModel(), path) === "string";
});

/** Variants of the mini model that must stay valid: optional fields dropped, texts reworded. */
const validVariant = fc
  .tuple(
    fc.subarray(OPTIONAL),
    fc.array(fc.tuple(fc.constantFrom(...TEXTS), fc.string({ minLength: 1, maxLength: 40 }))),
  )
  .map(([drops, texts]) => {
    const model = miniModel();
    for (const [path, text] of texts) setAt(model, path, text);
    // Deepest first, so dropping a field never invalidates the path of another.
    for (const path of [...drops].reverse()) if (exists(model, path)) removeAt(model, path);
    return model;
  });

/** Inputs of every kind above: arbitrary JSON and variants of the valid model. */
const anyInput = fc.oneof(
  fc.jsonValue(),
  droppedPath.map(drop),
  replacement.map(replace),
  replacements.map(replaceAll),
);

describe("parseModel properties", () => {
  it("never throws on arbitrary JSON values and returns a well-formed result", () => {
    fc.assert(
      fc.property(fc.jsonValue(), (input) => expectWellFormed(parseModel(input))),
      params,
    );
  });

  it("never throws on arbitrary JavaScript values", () => {
    fc.assert(
      fc.property(anyValue, (input) => expectWellFormed(parseModel(input))),
      params,
    );
  });

  it("rejects anything that is not an object at the root, at the root", () => {
    const notAnObject = fc.oneof(
      fc.constant(null),
      fc.boolean(),
      fc.double({ noNaN: true, noDefaultInfinity: true }),
      fc.string(),
      fc.array(fc.jsonValue(), { maxLength: 5 }),
    );
    fc.assert(
      fc.property(notAnObject, (input) => {
        const result = parseModel(input);
        expect(result.ok).toBe(false);
        if (!result.ok) expect(result.issues.map((i) => i.path)).toEqual([[]]);
      }),
      params,
    );
  });

  it("is deterministic", () => {
    fc.assert(
      fc.property(anyInput, (input) => {
        expect(parseModel(input)).toEqual(parseModel(structuredClone(input)));
      }),
      params,
    );
  });

  it("never throws when a field of the valid model is dropped", () => {
    fc.assert(
      fc.property(droppedPath, (path) => expectWellFormed(parseModel(drop(path)))),
      params,
    );
  });

  it("never throws when a value of the valid model is replaced by arbitrary JSON", () => {
    fc.assert(
      fc.property(replacement, (edit) => expectWellFormed(parseModel(replace(edit)))),
      { ...params, numRuns: 500 },
    );
  });

  it("never throws when several values are replaced", () => {
    fc.assert(
      fc.property(replacements, (edits) => expectWellFormed(parseModel(replaceAll(edits)))),
      params,
    );
  });

  it("never throws when a value is replaced by an arbitrary JavaScript value", () => {
    fc.assert(
      fc.property(fc.constantFrom(...PATHS), anyValue, (path, value) => {
        expectWellFormed(parseModel(setAt(miniModel(), path, value)));
      }),
      params,
    );
  });

  it("reports issues at paths that exist in the input, or as required where a field is missing", () => {
    fc.assert(
      fc.property(anyInput, (input) => expectPathsInInput(parseModel(input), input)),
      { ...params, numRuns: 500 },
    );
  });

  it("accepts a value put back where it came from", () => {
    fc.assert(
      fc.property(fc.constantFrom(...PATHS), (path) => {
        const model = miniModel();
        const value = structuredClone(getAt(model, path));
        expect(parseModel(setAt(model, path, value)).ok).toBe(true);
      }),
      params,
    );
  });

  it("keeps a model valid when optional fields are dropped and texts reworded", () => {
    fc.assert(
      fc.property(validVariant, (model) => {
        const result = parseModel(model);
        expect(result.ok).toBe(true);
        if (!result.ok) return;
        expect(result.value).toEqual(model);
        // Its own output, as JSON or frozen as it is, parses to the same result.
        expect(parseModel(JSON.parse(JSON.stringify(result.value)))).toEqual(result);
        expect(parseModel(result.value)).toEqual(result);
      }),
      params,
    );
  });
});
