import { formatPath } from "../issues/formatIssues.js";
import type { IssuePath } from "../issues/issue.js";
import type { IssueSink } from "./check/context.js";
import type { Crosswalk, CrosswalkMapping } from "./crosswalkSchema.js";

/** The indicator ids a mapping names on its `from` side. */
export function fromIds(m: CrosswalkMapping): string | readonly string[] | undefined {
  return m.type === "added" ? undefined : m.from;
}

/** The indicator ids a mapping names on its `to` side. */
export function toIds(m: CrosswalkMapping): string | readonly string[] | undefined {
  return m.type === "retired" ? undefined : m.to;
}

/** Each indicator id a crosswalk names on one side, with the path where it is first named. */
export type NamedIds = ReadonlyMap<string, IssuePath>;

/**
 * The ids a crosswalk names on each side. Reports an id named twice on one side
 * (`crosswalk_duplicate`) and an id on both sides that does not continue as itself within one
 * mapping (`crosswalk_id_reused`: ids are never reused).
 */
export function namedIds(cw: Crosswalk, sink: IssueSink): { from: NamedIds; to: NamedIds } {
  const from = accountFor(cw, "from", sink);
  const to = accountFor(cw, "to", sink);
  for (const [id, path] of to) {
    const before = from.get(id);
    if (before !== undefined && before[1] !== path[1]) {
      sink.add("crosswalk_id_reused", path, { id, first: formatPath(before) });
    }
  }
  return { from, to };
}

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

/**
 * Checks that the ids named on one side are exactly `ids` (a set, or the keys of a map), the
 * indicators of that side's model version (`label`, e.g. `kennisveiligheid@2025.1`): each named id is one of them
 * (`unknown_indicator`), and each of them is named (`crosswalk_unaccounted`).
 */
export function checkCoverage(
  named: NamedIds,
  ids: ReadonlySet<string> | ReadonlyMap<string, unknown>,
  label: string,
  sink: IssueSink,
): void {
  for (const [id, path] of named) {
    if (!ids.has(id)) sink.add("unknown_indicator", path, { id });
  }
  for (const id of ids.keys()) {
    if (!named.has(id)) sink.add("crosswalk_unaccounted", ["mappings"], { id, model: label });
  }
}
