import type { ParseResult } from "../issues/issue.js";
import { checkDependencies } from "./check/checkDependencies.js";
import { checkIds } from "./check/checkIds.js";
import { checkIndicators } from "./check/checkIndicators.js";
import { checkScales } from "./check/checkScales.js";
import { checkTags } from "./check/checkTags.js";
import { checkTiers } from "./check/checkTiers.js";
import { IssueSink } from "./check/context.js";
import { type Model, ModelSchema } from "./modelSchema.js";
import { parseWith } from "./parseWith.js";

/**
 * Validates a model document: first its shape (the zod schema), then its referential integrity
 * (unique ids, resolved references and tags, practices for every level, targets and target rules
 * in range, targets monotone, no `dependsOn` cycles, monotone tier rules). Never throws; the value is deep-frozen.
 *
 * @param input - A model document, typically from `JSON.parse`.
 * @returns `{ ok: true, value }` with the model, or `{ ok: false, issues }`.
 * @example
 * ```ts
 * const result = parseModel(JSON.parse(text));
 * if (!result.ok) console.error(formatIssues(result.issues, { lang: "nl" }));
 * ```
 */
export function parseModel(input: unknown): ParseResult<Model> {
  return parseWith<Model>(ModelSchema, input, (model) => {
    const sink = new IssueSink();
    checkIds(model, sink);
    checkScales(model, sink);
    checkIndicators(model, sink);
    checkTags(model, sink);
    checkDependencies(model, sink);
    checkTiers(model.riskProfile, sink);
    return sink.issues;
  });
}
