import type { ParseResult } from "../issues/issue.js";
import { IssueSink } from "../model/check/context.js";
import { indexModel } from "../model/modelIndex.js";
import type { Model } from "../model/modelSchema.js";
import { parseWith } from "../model/parseWith.js";
import { assertParsed, readParsed } from "../util/guards.js";
import { type Assessment, AssessmentSchema } from "./assessmentSchema.js";
import { checkAssessment } from "./checkAssessment.js";

/**
 * Validates an assessment against a parsed model: its shape, the model reference, the
 * institution type, the risk-profile values, and every answer (known practice or indicator, code
 * on the answer scale, `NA` only where allowed and with a rationale, levels in range, no
 * duplicates). Bad data never throws; the value is deep-frozen.
 *
 * @param input - An assessment document, typically from `JSON.parse`.
 * @param model - The parsed model the assessment answers.
 * @returns `{ ok: true, value }` with the assessment, or `{ ok: false, issues }`.
 * @throws {KsmError} `not_parsed` when `model` did not come from `parseModel`: not a frozen
 *   model, or one frozen by hand with a field missing or a revoked proxy inside (bad input data is
 *   never thrown, only returned as issues).
 * @example
 * ```ts
 * const parsed = parseAssessment(JSON.parse(text), kennisveiligheid2025);
 * if (parsed.ok) scoreAssessment(kennisveiligheid2025, parsed.value, { asOf: "2025-06-30" });
 * ```
 */
export function parseAssessment(input: unknown, model: Model): ParseResult<Assessment> {
  assertParsed(model, "domains", "the model");
  return parseWith<Assessment>(AssessmentSchema, input, (assessment) =>
    readParsed("the model", () => {
      const sink = new IssueSink();
      checkAssessment(assessment, model, indexModel(model), sink);
      return sink.issues;
    }),
  );
}
