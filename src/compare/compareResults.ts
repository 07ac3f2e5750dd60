import type { Crosswalk } from "../model/crosswalkSchema.js";
import type { IndicatorResult, Result } from "../scoring/result.js";
import { deepFreeze } from "../util/deepFreeze.js";
import { assertParsed, assertResult, optionsObject } from "../util/guards.js";
import { changeStatus, progress } from "./change.js";
import { compareDomains } from "./compareDomains.js";
import { monthsBetween } from "./months.js";
import { planRows, type RowPlan } from "./rows.js";
import type { ChangeStatus, Comparison, IndicatorChange, Side } from "./types.js";

/** Options for {@link compareResults}. */
export interface CompareOptions {
  /** Required when the two results use different model versions; maps baseline → current. */
  readonly crosswalk?: Crosswalk;
}

/** How many indicators `mostImproved` and `mostDeclined` list. */
const TOP = 5;

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
  // Split successors share their baseline side and id list: one object each, frozen once.
  const reused = new Map<IndicatorResult, { side: Side; ids: readonly string[] }>();
  const baselineOf = (r: IndicatorResult) => {
    let found = reused.get(r);
    if (!found) {
      found = { side: side(r), ids: [r.id] };
      reused.set(r, found);
    }
    return found;
  };
  const rows = planRows(baseline, current, crosswalk).map((row) => toChange(row, baselineOf));
  const months = monthsBetween(baseline.measuredOn, current.measuredOn);
  const indexFrom = baseline.overall.maturityIndex;
  const indexTo = current.overall.maturityIndex;
  const counts: Record<ChangeStatus, number> = {
    improved: 0,
    declined: 0,
    unchanged: 0,
    new: 0,
    retired: 0,
    notComparable: 0,
  };
  for (const r of rows) counts[r.status]++;
  const moved = rows.filter(
    (r) => r.scoreDelta !== null && (r.status === "improved" || r.status === "declined"),
  );
  const byDelta = (sign: 1 | -1) =>
    moved
      .filter((r) => Math.sign(r.scoreDelta ?? 0) === sign)
      .sort(
        (a, b) =>
          sign * ((b.scoreDelta ?? 0) - (a.scoreDelta ?? 0)) ||
          (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
      )
      .slice(0, TOP)
      .map((r) => r.id);
  const shared = rows.filter((r) => r.baseline !== null && r.current !== null).length;
  const { name } = current.institution;
  return deepFreeze({
    kind: "comparison" as const,
    institution: { id: current.institution.id, ...(name === undefined ? {} : { name }) },
    baseline: {
      modelRef: baseline.modelRef,
      measuredOn: baseline.measuredOn,
      tier: baseline.riskProfile.tier,
    },
    current: {
      modelRef: current.modelRef,
      measuredOn: current.measuredOn,
      tier: current.riskProfile.tier,
    },
    indicators: rows,
    domains: compareDomains(current, rows),
    overall: {
      months,
      maturityIndex: { from: indexFrom, to: indexTo, delta: indexTo - indexFrom },
      pacePerYear: months === 0 ? null : ((indexTo - indexFrom) * 12) / months,
      targetAttainment: {
        from: baseline.overall.targetAttainment,
        to: current.overall.targetAttainment,
        delta: current.overall.targetAttainment - baseline.overall.targetAttainment,
      },
      mostImproved: byDelta(1),
      mostDeclined: byDelta(-1),
      newIndicators: rows.filter((r) => r.status === "new").map((r) => r.id),
      retiredIndicators: rows.filter((r) => r.status === "retired").map((r) => r.id),
      compatibility: rows.length === 0 ? 1 : shared / rows.length,
      counts,
    },
  });
}

/** A side's figures; `null` numbers when not applicable or unanswered (nothing to compare). */
function side(r: IndicatorResult): Side {
  const comparable = r.status === "scored" || r.status === "incomplete";
  return {
    level: comparable ? r.level : null,
    score: comparable ? r.score : null,
    target: r.target,
  };
}

function combined(from: readonly IndicatorResult[], rule: RowPlan["combine"]): Side | null {
  const [only] = from;
  if (only === undefined) return null;
  if (from.length === 1) return side(only);
  let level = 0;
  let score = 0;
  let target = 0;
  let usable = 0;
  let first = true;
  for (const r of from) {
    const s = side(r);
    const t = s.target ?? 0;
    target = first
      ? t
      : rule === "min"
        ? Math.min(target, t)
        : rule === "max"
          ? Math.max(target, t)
          : target + t;
    first = false;
    if (s.level === null || s.score === null) continue;
    if (usable === 0) {
      level = s.level;
      score = s.score;
    } else if (rule === "min") {
      level = Math.min(level, s.level);
      score = Math.min(score, s.score);
    } else if (rule === "max") {
      level = Math.max(level, s.level);
      score = Math.max(score, s.score);
    } else {
      level += s.level;
      score += s.score;
    }
    usable++;
  }
  const mean = rule !== "min" && rule !== "max";
  if (mean) target /= from.length;
  if (usable === 0) return { level: null, score: null, target };
  return { level: mean ? level / usable : level, score: mean ? score / usable : score, target };
}

function toChange(
  row: RowPlan,
  baselineOf: (r: IndicatorResult) => { side: Side; ids: readonly string[] },
): IndicatorChange {
  const single = row.from.length === 1 && row.from[0] ? baselineOf(row.from[0]) : undefined;
  const baseline = single ? single.side : combined(row.from, row.combine);
  const current = row.to ? side(row.to) : null;
  const both = baseline !== null && current !== null;
  const levelDelta =
    both && baseline.level !== null && current.level !== null
      ? current.level - baseline.level
      : null;
  const scoreDelta =
    both && baseline.score !== null && current.score !== null
      ? current.score - baseline.score
      : null;
  const domain = row.to?.domain ?? row.from[0]?.domain ?? "";
  return {
    id: row.id,
    from: single ? single.ids : row.from.map((r) => r.id),
    mapping: row.mapping,
    domain,
    baseline,
    current,
    levelDelta,
    scoreDelta,
    status:
      row.mapping === "added"
        ? "new"
        : row.mapping === "retired"
          ? "retired"
          : changeStatus(scoreDelta),
    progressToTarget: progress(
      baseline?.score ?? null,
      current?.score ?? null,
      current?.target ?? null,
    ),
  };
}
