import type { ParseResult } from "../issues/issue.js";
import { assertParsed, readParsed } from "../util/guards.js";
import { IssueSink } from "./check/context.js";
import { checkCoverage, type NamedIds, namedIds } from "./crosswalkCoverage.js";
import { type Crosswalk, CrosswalkSchema } from "./crosswalkSchema.js";
import type { Model } from "./modelSchema.js";
import { parseWith } from "./parseWith.js";
import type { ModelRef } from "./primitives.js";

/**
 * Validates a crosswalk document. Without models it checks the shape and that no indicator appears
 * twice on either side. With the `from` and `to` models it also checks that the crosswalk names
 * them and accounts for every indicator of both versions exactly once. (`compareResults` checks
 * the same against its two results, so a crosswalk parsed without its models cannot silently
 * leave indicators out of a comparison.) Bad data never throws.
 *
 * @param input - A crosswalk document, typically from `JSON.parse`.
 * @param from - The parsed model the crosswalk maps from (optional).
 * @param to - The parsed model the crosswalk maps to (optional).
 * @returns `{ ok: true, value }` with the crosswalk, or `{ ok: false, issues }`.
 * @throws {KsmError} `not_parsed` when `from` or `to` is given but did not come from `parseModel`
 *   (not a frozen model, or one frozen by hand with a field missing or a revoked proxy inside).
 * @example
 * ```ts
 * const result = parseCrosswalk(JSON.parse(text), model2023, model2025);
 * result.ok; //=> true
 * ```
 */
export function parseCrosswalk(input: unknown, from?: Model, to?: Model): ParseResult<Crosswalk> {
  if (from !== undefined) assertParsed(from, "domains", "the from model");
  if (to !== undefined) assertParsed(to, "domains", "the to model");
  return parseWith<Crosswalk>(CrosswalkSchema, input, (crosswalk) => {
    const sink = new IssueSink();
    const named = namedIds(crosswalk, sink);
    if (from)
      readParsed("the from model", () => checkSide(crosswalk.from, from, named.from, "from", sink));
    if (to) readParsed("the to model", () => checkSide(crosswalk.to, to, named.to, "to", sink));
    return sink.issues;
  });
}

function checkSide(
  ref: ModelRef,
  model: Model,
  named: NamedIds,
  side: "from" | "to",
  sink: IssueSink,
): void {
  if (ref.id !== model.id || ref.version !== model.version) {
    sink.add("crosswalk_model_mismatch", [side], {
      expected: `${model.id}@${model.version}`,
      received: `${ref.id}@${ref.version}`,
    });
    return;
  }
  const ids = new Set<string>();
  for (const domain of model.domains) for (const ind of domain.indicators) ids.add(ind.id);
  checkCoverage(named, ids, `${model.id}@${model.version}`, sink);
}
