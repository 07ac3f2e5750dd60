import type { Result } from "../scoring/result.js";
import { deepFreeze } from "../util/deepFreeze.js";
import { optionsObject } from "../util/guards.js";
import { checkResults, type GroupBy } from "./groups.js";
import { checkMinGroupSize } from "./options.js";
import type { SectorView } from "./types.js";
import { viewGroups } from "./viewGroups.js";

/** Options for {@link aggregateSector}. */
export interface SectorOptions {
  /**
   * The threshold of the disclosure policy (docs/disclosure.md): groups and items with fewer
   * contributing institutions are withheld, and quartiles average clusters of this many.
   * A whole number, at least 3; default 3.
   */
  readonly minGroupSize?: number;
  /** Split the sector by institution type; default: one group, `all`. */
  readonly groupBy?: GroupBy;
}

/**
 * Aggregates results of many institutions into a sector picture: per group, and per indicator
 * and domain within it, the number of institutions, the level distribution, score quartiles and
 * the share at target, plus quartiles of the maturity index and target attainment. Every figure
 * follows the disclosure policy of docs/disclosure.md: a group or item with fewer than
 * `minGroupSize` institutions is withheld, quartiles are computed on microaggregated values and
 * rounded, a figure that all institutions but one share is withheld, and, when grouped, no
 * withheld figure follows by subtracting shown groups from the whole sector. Each withheld figure
 * is `null`, and `suppressed` or `withheld` says why. No institution id or name appears; options
 * are read as own properties only. Pure; independent of input order; deep-frozen.
 *
 * @param results - Results of one model version, one per institution.
 * @param options - `minGroupSize` (default 3) and `groupBy`.
 * @returns The sector view.
 * @throws {KsmError} `mixed_models` for results of different model versions,
 *   `duplicate_institution` when an institution appears twice, `invalid_argument` for a
 *   `minGroupSize` that is not a whole number ≥ 3, an unknown `groupBy` or a result whose
 *   institution type is a group key (`all`, `unknown`), `not_parsed` for values that did not come
 *   from `scoreAssessment`.
 * @example
 * ```ts
 * const view = aggregateSector(results2025, { groupBy: "institutionType" });
 * view.groups.map((g) => [g.key, g.n]); //=> [["hogeschool", 4], ["universiteit", 14]]
 * ```
 */
export function aggregateSector(
  results: readonly Result[],
  options: SectorOptions = {},
): SectorView {
  const own = optionsObject(options);
  const minGroupSize = checkMinGroupSize(own.minGroupSize);
  const groupBy = own.groupBy;
  const sorted = checkResults(results);
  const first = sorted[0];
  const maxLevel = first ? first.maxLevel : 0;
  return deepFreeze({
    kind: "sectorView" as const,
    modelRef: first ? first.modelRef : { id: "", version: "" },
    maxLevel,
    minGroupSize,
    groupBy: groupBy ?? null,
    groups: viewGroups(sorted, maxLevel, minGroupSize, groupBy),
  });
}
