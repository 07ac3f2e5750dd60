// The JSON Schema documents generated from the zod schemas, by file name under models/schema/.
import * as z from "zod";
import { AssessmentSchema } from "../src/assessment/assessmentSchema.js";
import { CrosswalkSchema } from "../src/model/crosswalkSchema.js";
import { ModelSchema } from "../src/model/modelSchema.js";

const entries: [string, string, z.ZodType][] = [
  ["model.schema.json", "Knowledge-security maturity model", ModelSchema],
  ["crosswalk.schema.json", "Crosswalk between two model versions", CrosswalkSchema],
  [
    "assessment.schema.json",
    "Assessment of one institution against one model version",
    AssessmentSchema,
  ],
];

/** Each schema file's name and its content as formatted JSON text. */
export function jsonSchemas(): Map<string, string> {
  const out = new Map<string, string>();
  for (const [file, title, schema] of entries) {
    const json = { ...z.toJSONSchema(schema, { io: "input", unrepresentable: "any" }), title };
    out.set(file, `${JSON.stringify(json, null, 2)}\n`);
  }
  return out;
}
