import type { Crosswalk } from "../model/crosswalkSchema.js";
import type { Result } from "../scoring/result.js";
import { deepFreeze } from "../util/deepFreeze.js";
import { assertParsed, assertResult, optionsObject } from "../util/guards.js";
import { rowChanges } from "./changes.js";
import { monthsBetween } from "./months.js";
import { planRows } from "./rows.js";
import type { Comparison } from "./types.js";

/** Options for {@link compareResults}. */
export interface CompareOptions {
  /** Required when the two results use different model versions; maps baseline → current. */
  readonly crosswalk?: Crosswalk;
}

/**
 * Compares two results of one institution — typically the 2023 baseline and the 2025
 * remeasurement — per indicator, per domain and overall. Across model versions the crosswalk
 * decides which indicators continue: `split` copies the baseline to each successor, `merge`
 * combines baselines by its rule, `added` rows are `new` (never a decline), `retired` rows have no
 * current value. Pure; the result is deep-frozen.
 *
 * @param baseline - The earlier result.
 * @param current - The later result.
 * @param options - The crosswalk, when the model versions differ.
 * @returns The comparison.
 * @throws {KsmError} `crosswalk_required` when the versions differ and no crosswalk is given;
 *   `model_mismatch` when the crosswalk does not map the baseline's version to the current one;
 *   `not_parsed` when a value did not come from `scoreAssessment`.
 * @example
 * ```ts
 * const c = compareResults(result2023, result2025, { crosswalk: crosswalk2023to2025 });
 * c.overall.months; //=> 24
 * ```
 */
export function compareResults(
  baseline: Result,
  current: Result,
  options: CompareOptions = {},
): Comparison {
  assertResult(baseline, "the baseline");
  assertResult(current, "the current result");
  const { crosswalk } = optionsObject(options);
  if (crosswalk !== undefined) assertParsed(crosswalk, "mappings", "the crosswalk");
  const changes = rowChanges(planRows(baseline, current, crosswalk), current);
  const months = monthsBetween(baseline.measuredOn, current.measuredOn);
  const indexFrom = baseline.overall.maturityIndex;
  const indexTo = current.overall.maturityIndex;
  const { rows } = changes;
  const { name } = current.institution;
  const freeze = Object.freeze;
  return freeze({
    kind: "comparison" as const,
    institution: freeze({ id: current.institution.id, ...(name === undefined ? {} : { name }) }),
    baseline: freeze({
      modelRef: deepFreeze(baseline.modelRef),
      measuredOn: baseline.measuredOn,
      tier: baseline.riskProfile.tier,
    }),
    current: freeze({
      modelRef: deepFreeze(current.modelRef),
      measuredOn: current.measuredOn,
      tier: current.riskProfile.tier,
    }),
    indicators: rows,
    domains: changes.domains,
    overall: freeze({
      months,
      maturityIndex: freeze({ from: indexFrom, to: indexTo, delta: indexTo - indexFrom }),
      pacePerYear: months === 0 ? null : ((indexTo - indexFrom) * 12) / months,
      targetAttainment: freeze({
        from: baseline.overall.targetAttainment,
        to: current.overall.targetAttainment,
        delta: current.overall.targetAttainment - baseline.overall.targetAttainment,
      }),
      mostImproved: changes.mostImproved,
      mostDeclined: changes.mostDeclined,
      newIndicators: changes.newIndicators,
      retiredIndicators: changes.retiredIndicators,
      compatibility: rows.length === 0 ? 1 : changes.shared / rows.length,
      counts: changes.counts,
    }),
  });
}
