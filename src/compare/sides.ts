import type { IndicatorResult } from "../scoring/result.js";
import type { RowPlan } from "./rows.js";
import type { Side } from "./types.js";

/** A row's baseline: its side and the baseline ids it draws on, both frozen. */
export interface Baseline {
  readonly side: Side;
  readonly ids: readonly string[];
}

/** Whether an indicator's level and score can be compared: it was scored, wholly or in part. */
const isComparable = (r: IndicatorResult): boolean =>
  r.status === "scored" || r.status === "incomplete";

/** A side's figures; `null` level and score when not applicable or unanswered. Frozen. */
export function side(r: IndicatorResult): Side {
  const comparable = isComparable(r);
  return Object.freeze({
    level: comparable ? r.level : null,
    score: comparable ? r.score : null,
    target: r.target,
  });
}

/**
 * Several baselines combined by a merge rule: `min` or `max` of each figure, otherwise the mean.
 * Targets combine over all of them, levels and scores over the comparable ones.
 */
function merged(from: readonly IndicatorResult[], rule: RowPlan["combine"]): Side {
  const mean = rule !== "min" && rule !== "max";
  const pick =
    rule === "min" ? Math.min : rule === "max" ? Math.max : (a: number, b: number) => a + b;
  let target: number | null = null;
  let level: number | null = null;
  let score: number | null = null;
  let usable = 0;
  for (const r of from) {
    target = target === null ? r.target : pick(target, r.target);
    if (!isComparable(r) || r.level === null || r.score === null) continue;
    level = level === null ? r.level : pick(level, r.level);
    score = score === null ? r.score : pick(score, r.score);
    usable++;
  }
  return Object.freeze({
    level: mean && level !== null ? level / usable : level,
    score: mean && score !== null ? score / usable : score,
    target: mean && target !== null ? target / from.length : target,
  });
}

const single = (r: IndicatorResult): Baseline => ({ side: side(r), ids: Object.freeze([r.id]) });

/**
 * The baseline of a planned row, `null` for an added one. Split successors share their plan's
 * `from` array and so one baseline, made once and kept in `shared`.
 */
export function baselineOf(
  plan: RowPlan,
  shared: Map<readonly IndicatorResult[], Baseline>,
): Baseline | null {
  const { from } = plan;
  const first = from[0];
  if (first === undefined) return null;
  if (from.length > 1) {
    return { side: merged(from, plan.combine), ids: Object.freeze(from.map((r) => r.id)) };
  }
  if (plan.mapping !== "split") return single(first);
  let found = shared.get(from);
  if (found === undefined) {
    found = single(first);
    shared.set(from, found);
  }
  return found;
}
