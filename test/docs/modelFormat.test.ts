import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import * as z from "zod";
import { AssessmentSchema } from "../../src/assessment/assessmentSchema.js";
import {
  formatIssues,
  ISSUE_CODES,
  type Model,
  type ParseResult,
  parseAssessment,
  parseCrosswalk,
  parseModel,
  scoreAssessment,
} from "../../src/index.js";
import { CrosswalkSchema } from "../../src/model/crosswalkSchema.js";
import { ModelSchema } from "../../src/model/modelSchema.js";

const doc = readFileSync(new URL("../../docs/model-format.md", import.meta.url), "utf8");

/** The text of every ```json block of the guide, in order. */
const jsonBlocks = [...doc.matchAll(/^```json\n([\s\S]*?)^```$/gm)].map((m) => m[1] ?? "");

type Json = Record<string, unknown>;
const parsed = jsonBlocks.map((text) => JSON.parse(text) as Json);
const models = parsed.filter((d) => "levels" in d);
const crosswalks = parsed.filter((d) => "mappings" in d);
const assessments = parsed.filter((d) => "answers" in d);

/** The value of a parse result, or a failure that shows the issues. */
function accepted<T>(result: ParseResult<T>): T {
  if (!result.ok) expect.fail(formatIssues(result.issues));
  return result.value;
}

const refOf = (ref: unknown): string => {
  const { id, version } = ref as { id: string; version: string };
  return `${id}@${version}`;
};

/** The example models, parsed, by `id@version`. */
function parsedModels(): Map<string, Model> {
  return new Map(
    models.map((json) => {
      const model = accepted(parseModel(json));
      return [`${model.id}@${model.version}`, model];
    }),
  );
}

/** The model a document refers to through `ref`; fails when the guide does not include it. */
function modelFor(ref: unknown): Model {
  const model = parsedModels().get(refOf(ref));
  if (!model) expect.fail(`the guide has no example model ${refOf(ref)}`);
  return model;
}

/** Every property name a JSON Schema defines, at any depth. */
function propertyNames(schema: unknown, out = new Set<string>()): Set<string> {
  if (typeof schema !== "object" || schema === null) return out;
  const properties = (schema as { properties?: unknown }).properties;
  if (typeof properties === "object" && properties !== null) {
    for (const key of Object.keys(properties)) out.add(key);
  }
  for (const value of Object.values(schema)) propertyNames(value, out);
  return out;
}

describe("docs/model-format.md", () => {
  it("has only complete example documents as json blocks: two models, a crosswalk, an assessment", () => {
    expect(jsonBlocks).toHaveLength(4);
    expect(models).toHaveLength(2);
    expect(crosswalks).toHaveLength(1);
    expect(assessments).toHaveLength(1);
  });

  it("has example models that parse", () => {
    for (const json of models) accepted(parseModel(json));
  });

  it("has a small main example model: one domain, two indicators, levels 0-3", () => {
    const model = modelFor((assessments[0] as Json).modelRef);
    expect(model.domains).toHaveLength(1);
    expect(model.domains[0]?.indicators).toHaveLength(2);
    expect(model.levels.map((l) => l.level)).toEqual([0, 1, 2, 3]);
  });

  it("has a crosswalk that accounts for both example versions", () => {
    const json = crosswalks[0] as Json;
    const from = modelFor(json.from);
    const to = modelFor(json.to);
    expect(from.version).not.toBe(to.version);
    accepted(parseCrosswalk(json, from, to));
  });

  it("has an assessment that parses against the example model and scores as described", () => {
    const json = assessments[0] as Json;
    const model = modelFor(json.modelRef);
    const assessment = accepted(parseAssessment(json, model));
    const result = scoreAssessment(model, assessment, { asOf: assessment.measuredOn });
    expect(result.riskProfile.tier).toBe("basis");
    const part02 = result.indicators.find((i) => i.id === "PART-02");
    expect(part02).toMatchObject({ level: 1, score: 1.5, target: 2, blocking: ["PART-02.2b"] });
    expect(part02?.weight.value).toBe(2.5);
    expect(part02?.targetTrace).toEqual({
      tier: "basis",
      tierTarget: 2,
      rule: null,
      conditions: [],
    });
    expect(result.indicators.find((i) => i.id === "PART-01")).toMatchObject({
      level: 2,
      target: 3,
      gap: 1,
      critical: true,
      tags: ["transfer"],
      targetTrace: {
        tier: "basis",
        tierTarget: 2,
        rule: 0,
        conditions: [{ kind: "factor", factor: "sensitive-technology", atLeast: 1, value: 1 }],
      },
    });
    expect(result.warnings).toEqual([]);
  });

  it("mentions every issue code", () => {
    const missing = Object.keys(ISSUE_CODES).filter((code) => !doc.includes(`\`${code}\``));
    expect(missing).toEqual([]);
  });

  it("lists only real issue codes in the issue table, each once", () => {
    const section = doc.split(/^### 5\.3 Issue codes$/m)[1]?.split(/^##/m)[0] ?? "";
    const listed = [...section.matchAll(/^\| `([a-z_]+)` \|/gm)].map((m) => m[1]);
    expect([...listed].sort()).toEqual(Object.keys(ISSUE_CODES).sort());
  });

  it("mentions every field of the three formats", () => {
    const fields = new Set<string>();
    for (const schema of [ModelSchema, CrosswalkSchema, AssessmentSchema]) {
      propertyNames(z.toJSONSchema(schema, { io: "input", unrepresentable: "any" }), fields);
    }
    // As `field`, or as part of a dotted name such as `when.factors` or `codes[].code`.
    const named = (field: string): boolean =>
      new RegExp(`\`(?:[^\`\\s]*[.\\]])?${field.replace(/[$]/g, "\\$&")}(?:[.[][^\`\\s]*)?\``).test(
        doc,
      );
    const missing = [...fields].filter((field) => !named(field));
    expect(missing).toEqual([]);
  });
});
