import { compareResults } from "../compare/compareResults.js";
import type { ChangeStatus, Comparison } from "../compare/types.js";
import type { Crosswalk } from "../model/crosswalkSchema.js";
import type { Result } from "../scoring/result.js";
import { deepFreeze } from "../util/deepFreeze.js";
import { optionsObject } from "../util/guards.js";
import { aggregateSector, checkMinGroupSize } from "./aggregateSector.js";
import { checkResults, type GroupBy, splitGroups, suppressions } from "./groups.js";
import { quartiles } from "./quartiles.js";
import type { ChangeCounts, PanelGroup, SectorComparison, Suppression } from "./types.js";

/** Options for {@link compareSectors}. */
export interface SectorCompareOptions {
  /** Required when the two sets use different model versions; maps baseline → current. */
  readonly crosswalk?: Crosswalk;
  /** Groups and items with fewer institutions carry no statistics; default 3. */
  readonly minGroupSize?: number;
  /** Split by institution type (the current measurement's); default: one group, `all`. */
  readonly groupBy?: GroupBy;
}

/**
 * Compares two sector measurements. The **panel** view follows the institutions measured both
 * times: per indicator and domain, how many improved, declined or stayed the same, and quartiles of
 * the maturity-index change. The **cohort** view is the sector picture of each measurement
 * ({@link aggregateSector}), whoever took part. Both apply the same suppression rule and never
 * name an institution. Pure; deep-frozen.
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
  const { crosswalk, minGroupSize: min, groupBy } = optionsObject(options);
  const minGroupSize = checkMinGroupSize(min);
  const before = new Map(checkResults(baselineResults).map((r) => [r.institution.id, r]));
  const after = checkResults(currentResults);
  const pairs: { institution: { type?: string }; comparison: Comparison }[] = [];
  for (const current of after) {
    const baseline = before.get(current.institution.id);
    if (!baseline) continue;
    const comparison = crosswalk
      ? compareResults(baseline, current, { crosswalk: crosswalk })
      : compareResults(baseline, current);
    const { type } = current.institution;
    pairs.push({ institution: type === undefined ? {} : { type }, comparison });
  }
  const groups = splitGroups(pairs, groupBy);
  const suppressed = suppressions(
    groups.map(([, members]) => members.length),
    minGroupSize,
  );
  const sectorOptions = { minGroupSize, ...(groupBy ? { groupBy: groupBy } : {}) };
  const first = (xs: readonly Result[]) => xs[0]?.modelRef ?? { id: "", version: "" };
  return deepFreeze({
    kind: "sectorComparison" as const,
    baseline: first(baselineResults),
    current: first(currentResults),
    minGroupSize,
    panel: groups.map(([key, members], i) =>
      panelGroup(
        key,
        members.map((m) => m.comparison),
        suppressed[i] ?? null,
        minGroupSize,
      ),
    ),
    cohort: {
      baseline: aggregateSector(baselineResults, sectorOptions),
      current: aggregateSector(currentResults, sectorOptions),
    },
  });
}

function panelGroup(
  key: string,
  comparisons: readonly Comparison[],
  suppressed: Suppression,
  min: number,
): PanelGroup {
  const n = comparisons.length;
  // Groups below minGroupSize (at least 1), so every empty group, are suppressed.
  if (suppressed !== null) {
    return {
      key,
      n,
      suppressed,
      maturityIndexDelta: null,
      indicators: null,
      domains: null,
    };
  }
  const first = comparisons[0] as Comparison;
  return {
    key,
    n,
    suppressed: null,
    maturityIndexDelta: quartiles(comparisons.map((c) => c.overall.maturityIndex.delta)),
    indicators: first.indicators.map((row, i) =>
      counts(
        row.id,
        comparisons.map((c) => c.indicators[i]?.status ?? "notComparable"),
        min,
      ),
    ),
    domains: first.domains.map((row, i) =>
      counts(
        row.id,
        comparisons.map((c) => c.domains[i]?.status ?? "notComparable"),
        min,
      ),
    ),
  };
}

function counts(id: string, statuses: readonly ChangeStatus[], min: number): ChangeCounts {
  const n = statuses.length;
  const count = (s: ChangeStatus) => statuses.filter((x) => x === s).length;
  const comparable = n - count("notComparable") - count("new") - count("retired");
  if (comparable < min) {
    return {
      id,
      n,
      suppressed: "size",
      improved: null,
      declined: null,
      unchanged: null,
      notComparable: null,
    };
  }
  return {
    id,
    n,
    suppressed: null,
    improved: count("improved"),
    declined: count("declined"),
    unchanged: count("unchanged"),
    notComparable: n - comparable,
  };
}
