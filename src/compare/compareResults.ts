import { KsmError } from "../errors.js";
import type { Crosswalk } from "../model/crosswalkSchema.js";
import type { Result } from "../scoring/result.js";
import { deepFreeze } from "../util/deepFreeze.js";
import { assertCrosswalk, assertResult, describe, optionsObject } from "../util/guards.js";
import { rowChanges } from "./changes.js";
import { monthsBetween } from "./months.js";
import { planRows } from "./rows.js";
import type { Comparison } from "./types.js";

/** Options for {@link compareResults}. */
export interface CompareOptions {
  /** Required when the two results use different model versions; maps baseline → current. */
  readonly crosswalk?: Crosswalk;
  /**
   * `true` to compare results whose institution ids differ, for a deliberate relabelling such as
   * a merger or a new id; the comparison then records the baseline's id as
   * `institution.baselineId`. Default `false`: two institutions are never compared by mistake.
   */
  readonly allowInstitutionChange?: boolean;
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
 * @param options - The crosswalk, when the model versions differ; `allowInstitutionChange` for a
 *   deliberate relabelling of the institution.
 * @returns The comparison.
 * @throws {KsmError} `institution_mismatch` when the results are of different institutions and
 *   `allowInstitutionChange` is not `true`;
 *   `crosswalk_required` when the versions differ and no crosswalk is given;
 *   `model_mismatch` when the crosswalk does not map the baseline's version to the current one;
 *   `crosswalk_mismatch` when it does not account for every indicator of both results exactly
 *   once (its `issues` say which); `not_parsed` when a value did not come from `scoreAssessment`
 *   or `parseCrosswalk`; `invalid_argument` for options that are not an object, or an
 *   `allowInstitutionChange` that is not a boolean.
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
  const { crosswalk, allowInstitutionChange } = optionsObject(options);
  if (crosswalk !== undefined) assertCrosswalk(crosswalk, "the crosswalk");
  const relabelled = sameInstitution(baseline, current, allowInstitutionChange);
  const changes = rowChanges(planRows(baseline, current, crosswalk), current);
  const months = monthsBetween(baseline.measuredOn, current.measuredOn);
  const indexFrom = baseline.overall.maturityIndex;
  const indexTo = current.overall.maturityIndex;
  const { rows } = changes;
  const { name } = current.institution;
  const freeze = Object.freeze;
  return freeze({
    kind: "comparison" as const,
    institution: freeze({
      id: current.institution.id,
      ...(name === undefined ? {} : { name }),
      ...(relabelled ? { baselineId: baseline.institution.id } : {}),
    }),
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

/**
 * Throws `institution_mismatch` when the two results are of different institutions, unless the
 * caller declared a relabelling; returns whether the ids differ (and so were relabelled).
 */
function sameInstitution(baseline: Result, current: Result, allow: unknown): boolean {
  if (allow !== undefined && typeof allow !== "boolean") {
    throw new KsmError(
      "invalid_argument",
      `allowInstitutionChange must be a boolean, got ${describe(allow)}`,
    );
  }
  const from = baseline.institution.id;
  const to = current.institution.id;
  if (from === to) return false;
  if (allow === true) return true;
  throw new KsmError(
    "institution_mismatch",
    `the baseline is of institution ${describe(from)}, the current result of ${describe(to)}; pass allowInstitutionChange: true for a deliberate relabelling (e.g. a merger)`,
  );
}
