import { formatPath } from "../issues/formatIssues.js";
import type { IssuePath, ParseResult } from "../issues/issue.js";
import { assertParsed } from "../util/guards.js";
import { IssueSink } from "./check/context.js";
import { type Crosswalk, type CrosswalkMapping, CrosswalkSchema } from "./crosswalkSchema.js";
import type { Model } from "./modelSchema.js";
import { parseWith } from "./parseWith.js";
import type { ModelRef } from "./primitives.js";

/**
 * Validates a crosswalk document. Without models it checks the shape and that no indicator appears
 * twice on either side. With the `from` and `to` models it also checks that the crosswalk names
 * them and accounts for every indicator of both versions exactly once. Never throws.
 *
 * @param input - A crosswalk document, typically from `JSON.parse`.
 * @param from - The parsed model the crosswalk maps from (optional).
 * @param to - The parsed model the crosswalk maps to (optional).
 * @returns `{ ok: true, value }` with the crosswalk, or `{ ok: false, issues }`.
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
    const fromIds = accountFor(crosswalk, "from", sink);
    const toIds = accountFor(crosswalk, "to", sink);
    // Ids are never reused: an id on both sides must continue as itself, in one mapping.
    for (const [id, path] of toIds) {
      const before = fromIds.get(id);
      if (before !== undefined && before[1] !== path[1]) {
        sink.add("crosswalk_id_reused", path, { id, first: formatPath(before) });
      }
    }
    if (from) checkSide(crosswalk.from, from, fromIds, "from", sink);
    if (to) checkSide(crosswalk.to, to, toIds, "to", sink);
    return sink.issues;
  });
}

/** Each indicator id named on one side, with the path where it is named; duplicates reported. */
function accountFor(cw: Crosswalk, side: "from" | "to", sink: IssueSink): Map<string, IssuePath> {
  const seen = new Map<string, IssuePath>();
  const model = `${cw[side].id}@${cw[side].version}`;
  cw.mappings.forEach((m, i) => {
    const named = side === "from" ? fromIds(m) : toIds(m);
    if (named === undefined) return;
    const ids = typeof named === "string" ? [named] : named;
    ids.forEach((id, j) => {
      const path: IssuePath =
        typeof named === "string" ? ["mappings", i, side] : ["mappings", i, side, j];
      if (seen.has(id)) sink.add("crosswalk_duplicate", path, { id, model });
      else seen.set(id, path);
    });
  });
  return seen;
}

/** The indicator ids a mapping names on its `from` side. */
export function fromIds(m: CrosswalkMapping): string | readonly string[] | undefined {
  return m.type === "added" ? undefined : m.from;
}

/** The indicator ids a mapping names on its `to` side. */
export function toIds(m: CrosswalkMapping): string | readonly string[] | undefined {
  return m.type === "retired" ? undefined : m.to;
}

function checkSide(
  ref: ModelRef,
  model: Model,
  named: ReadonlyMap<string, IssuePath>,
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
  const label = `${model.id}@${model.version}`;
  const ids = new Set<string>();
  for (const domain of model.domains) for (const ind of domain.indicators) ids.add(ind.id);
  for (const [id, path] of named) {
    if (!ids.has(id)) sink.add("unknown_indicator", path, { id });
  }
  for (const id of ids) {
    if (!named.has(id)) sink.add("crosswalk_unaccounted", ["mappings"], { id, model: label });
  }
}
