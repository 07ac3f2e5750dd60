import { compareResults } from "../compare/compareResults.js";
import type { Crosswalk } from "../model/crosswalkSchema.js";
import type { Result } from "../scoring/result.js";
import { deepFreeze } from "../util/deepFreeze.js";
import { optionsObject } from "../util/guards.js";
import { aggregateSector } from "./aggregateSector.js";
import { checkResults, type GroupBy } from "./groups.js";
import { checkMinGroupSize } from "./options.js";
import { type Pair, panelGroups } from "./panelGroups.js";
import type { SectorComparison } from "./types.js";

/** Options for {@link compareSectors}. */
export interface SectorCompareOptions {
  /** Required when the two sets use different model versions; maps baseline → current. */
  readonly crosswalk?: Crosswalk;
  /** The threshold of the disclosure policy, as for `aggregateSector`: at least 3; default 3. */
  readonly minGroupSize?: number;
  /** Split by institution type (the current measurement's); default: one group, `all`. */
  readonly groupBy?: GroupBy;
}

/**
 * Compares two sector measurements. The **panel** view follows the institutions measured both
 * times: per indicator and domain, how many improved, declined or stayed the same, and quartiles
 * of the maturity-index change. The **cohort** view is the sector picture of each measurement
 * ({@link aggregateSector}), whoever took part. Both follow the disclosure policy of
 * docs/disclosure.md and never name an institution; options are read as own properties only.
 * Pure; deep-frozen.
 *
 * @param baselineResults - Results of the earlier measurement, one model version.
 * @param currentResults - Results of the later measurement, one model version.
 * @param options - The crosswalk when versions differ, `minGroupSize`, `groupBy`.
 * @returns The sector comparison.
 * @throws {KsmError} as {@link aggregateSector} and {@link compareResults}.
 * @example
 * ```ts
 * const change = compareSectors(results2023, results2025, { crosswalk: crosswalk2023to2025 });
 * change.panel[0].n; //=> 18
 * ```
 */
export function compareSectors(
  baselineResults: readonly Result[],
  currentResults: readonly Result[],
  options: SectorCompareOptions = {},
): SectorComparison {
  const own = optionsObject(options);
  const { crosswalk, groupBy } = own;
  const minGroupSize = checkMinGroupSize(own.minGroupSize);
  const before = new Map(checkResults(baselineResults).map((r) => [r.institution.id, r]));
  const after = checkResults(currentResults);
  const pairs: Pair[] = [];
  for (const current of after) {
    const baseline = before.get(current.institution.id);
    if (!baseline) continue;
    const comparison = crosswalk
      ? compareResults(baseline, current, { crosswalk: crosswalk })
      : compareResults(baseline, current);
    const { type } = current.institution;
    pairs.push({
      institution: type === undefined ? {} : { type },
      comparison,
      nothingApplicable: baseline.overall.applicable === 0 || current.overall.applicable === 0,
    });
  }
  const sectorOptions = { minGroupSize, ...(groupBy ? { groupBy: groupBy } : {}) };
  const first = (xs: readonly Result[]) => xs[0]?.modelRef ?? { id: "", version: "" };
  return deepFreeze({
    kind: "sectorComparison" as const,
    baseline: first(baselineResults),
    current: first(currentResults),
    minGroupSize,
    panel: panelGroups(pairs, minGroupSize, groupBy),
    cohort: {
      baseline: aggregateSector(baselineResults, sectorOptions),
      current: aggregateSector(currentResults, sectorOptions),
    },
  });
}
