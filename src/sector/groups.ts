import { KsmError } from "../errors.js";
import { RESERVED_INSTITUTION_TYPES } from "../model/check/checkReservedIds.js";
import type { Result } from "../scoring/result.js";
import { assertResult, describe } from "../util/guards.js";
import type { Suppression } from "./types.js";

/** How to split results into groups. */
export type GroupBy = "institutionType";

/**
 * Checks that results share one model version, name each institution once and carry no
 * institution type that is a group key. Results are returned sorted by institution id, so
 * everything computed from them is independent of input order.
 */
export function checkResults(results: readonly Result[]): Result[] {
  if (!Array.isArray(results)) {
    throw new KsmError("invalid_argument", `results must be an array, got ${describe(results)}`);
  }
  results.forEach((r, i) => {
    assertResult(r, `results[${i}]`);
  });
  const refs = new Set(results.map((r) => `${r.modelRef.id}@${r.modelRef.version}`));
  if (refs.size > 1) {
    throw new KsmError(
      "mixed_models",
      `results use different model versions: ${[...refs].sort().join(", ")}`,
    );
  }
  // parseModel refuses these type ids (reserved_id); a result of an older or hand-made model
  // that carries one anyway would share its group's key with the whole sector or the untyped.
  for (const r of results) {
    const type = r.institution.type;
    if (type !== undefined && RESERVED_INSTITUTION_TYPES.includes(type)) {
      throw new KsmError(
        "invalid_argument",
        `a result has the institution type ${describe(type)}, which is reserved for a group key`,
      );
    }
  }
  const seen = new Set<string>();
  for (const r of results) {
    // The message names no institution: it may end up in logs next to sector output.
    if (seen.has(r.institution.id)) {
      throw new KsmError(
        "duplicate_institution",
        "an institution appears more than once in the results",
      );
    }
    seen.add(r.institution.id);
  }
  return [...results].sort((a, b) => (a.institution.id < b.institution.id ? -1 : 1));
}

/** Splits results into groups: `all`, or one per institution type, sorted by key. */
export function splitGroups<T extends { institution: { type?: string } }>(
  items: readonly T[],
  groupBy: GroupBy | undefined,
): [string, T[]][] {
  if (groupBy !== undefined && groupBy !== "institutionType") {
    throw new KsmError(
      "invalid_argument",
      `groupBy must be "institutionType", got ${describe(groupBy)}`,
    );
  }
  if (groupBy === undefined) return [["all", [...items]]];
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = item.institution.type ?? "unknown";
    const members = groups.get(key);
    if (members) members.push(item);
    else groups.set(key, [item]);
  }
  return [...groups].sort(([a], [b]) => (a < b ? -1 : 1));
}

/**
 * Suppression per group: `size` below `minGroupSize`. Then, as long as the suppressed groups
 * together hold fewer than `minGroupSize` institutions, the smallest shown group is suppressed too
 * (`secondary`): otherwise the small groups' figures could be derived by subtracting the shown
 * groups from the whole sector, which anyone can aggregate separately.
 */
export function suppressions(sizes: readonly number[], minGroupSize: number): Suppression[] {
  const out: Suppression[] = sizes.map((n) => (n < minGroupSize ? "size" : null));
  const hidden = () => sizes.reduce((sum, n, i) => sum + (out[i] === null ? 0 : n), 0);
  const anyHidden = sizes.some((n, i) => n > 0 && out[i] === "size");
  while (sizes.length > 1 && anyHidden && hidden() < minGroupSize) {
    let pick = -1;
    let smallest = Number.POSITIVE_INFINITY;
    sizes.forEach((n, i) => {
      if (out[i] === null && n < smallest) {
        pick = i;
        smallest = n;
      }
    });
    if (pick < 0) break;
    out[pick] = "secondary";
  }
  return out;
}
