import type { LevelRule } from "../model/modelSchema.js";

/** Marks an unanswered practice in {@link PracticeValues}. */
export const UNANSWERED = -1;
/** Marks a not-applicable practice in {@link PracticeValues}. */
export const NOT_APPLICABLE = -2;

/**
 * The practices of one indicator as scoring sees them, in model order: id, level, and answer
 * value in [0, 1], or {@link UNANSWERED} / {@link NOT_APPLICABLE}.
 */
export interface PracticeValues {
  readonly ids: readonly string[];
  readonly levels: readonly number[];
  readonly values: readonly number[];
}

/** Level, score and blocking practices of one practice-rated indicator. */
export interface LevelOutcome {
  readonly level: number;
  readonly score: number;
  readonly blocking: readonly string[];
}

/** Tolerance for sums of answer values such as 1/3 + 2/3. */
const EPSILON = 1e-9;

/**
 * Applies a level rule to one indicator's practices.
 *
 * - `cumulative`: level k needs level k−1 and every applicable practice at k at least `achieved`.
 * - `strict`: as cumulative, and every applicable practice below k at `top`.
 * - `additive`: no gating; the score sums, per level, the mean value relative to `top`.
 *
 * A level without applicable practices does not block. Unanswered practices count as value 0.
 *
 * @param rule - The model's level rule.
 * @param p - The indicator's practices with their values.
 * @param max - The model's highest level.
 * @param achieved - The value from which a practice counts as achieved (`achievedFrom`).
 * @param top - The scale's highest value (what `strict` calls fully implemented).
 */
export function indicatorLevel(
  rule: LevelRule,
  p: PracticeValues,
  max: number,
  achieved: number,
  top: number,
): LevelOutcome {
  // Per level: applicable count, sum of values, all achieved, all at top.
  const count = new Array<number>(max + 1).fill(0);
  const sum = new Array<number>(max + 1).fill(0);
  const allAchieved = new Array<boolean>(max + 1).fill(true);
  const allTop = new Array<boolean>(max + 1).fill(true);
  for (let i = 0; i < p.values.length; i++) {
    const v = p.values[i] ?? NOT_APPLICABLE;
    const k = p.levels[i] ?? 0;
    if (v === NOT_APPLICABLE) continue;
    count[k] = (count[k] ?? 0) + 1;
    if (v > 0) sum[k] = (sum[k] ?? 0) + v;
    if (v < achieved - EPSILON) allAchieved[k] = false;
    if (v < top - EPSILON) allTop[k] = false;
  }
  const blocking: string[] = [];
  const below = (k: number, threshold: number): void => {
    for (let i = 0; i < p.values.length; i++) {
      const v = p.values[i] ?? NOT_APPLICABLE;
      if (p.levels[i] === k && v !== NOT_APPLICABLE && v < threshold - EPSILON)
        blocking.push(p.ids[i] ?? "");
    }
  };
  const mean = (k: number): number =>
    (count[k] ?? 0) === 0 ? 0 : (sum[k] ?? 0) / (count[k] ?? 1) / top;

  if (rule === "additive") {
    let score = 0;
    for (let k = 1; k <= max; k++) {
      score += (count[k] ?? 0) === 0 ? 1 : mean(k);
      below(k, top);
    }
    const clamped = Math.min(max, score);
    return { level: Math.min(max, Math.floor(clamped + EPSILON)), score: clamped, blocking };
  }
  let level = 0;
  while (level < max && allAchieved[level + 1] && (rule !== "strict" || allTop[level])) level++;
  if (level === max) return { level, score: max, blocking };
  below(level + 1, achieved);
  if (rule === "strict") for (let k = 1; k <= level; k++) below(k, top);
  return { level, score: Math.min(max, level + mean(level + 1)), blocking };
}
