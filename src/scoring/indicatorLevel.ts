import type { LevelRule } from "../model/modelSchema.js";

/** Marks an unanswered practice in {@link PracticeValues}. */
export const UNANSWERED = -1;
/** Marks a not-applicable practice in {@link PracticeValues}. */
export const NOT_APPLICABLE = -2;

/**
 * One practice of an indicator as scoring sees it: id, level, and answer value in [0, 1], or
 * {@link UNANSWERED} / {@link NOT_APPLICABLE}.
 */
export interface PracticeValue {
  readonly id: string;
  readonly level: number;
  readonly value: number;
}

/** Level, score and blocking practices of one practice-rated indicator. */
export interface LevelOutcome {
  readonly level: number;
  readonly score: number;
  readonly blocking: readonly string[];
}

/**
 * Tolerance for float sums of answer values such as 1/3 + 2/3 or 0.7 + 0.2 + 0.1. Far below the
 * 0.01 that answer values must lie apart (`parseModel`), so no lower code ever passes for a higher
 * one.
 */
const EPSILON = 1e-9;

/**
 * Applies a level rule to one indicator's practices.
 *
 * - `cumulative`: level k needs level k−1 and every applicable practice at k at least `achieved`.
 * - `strict`: as cumulative, and every applicable practice below k at `top`.
 * - `additive`: no gating; the score sums, per level, the mean value relative to `top`.
 *
 * A level without applicable practices does not block. Unanswered practices count as value 0.
 * Under every rule the level is the score's whole part (the score is the level at max): below
 * max, the progress toward the next level always includes a practice that blocks it, so it stays
 * below 1.
 *
 * @param rule - The model's level rule.
 * @param practices - The indicator's practices with their values, in model order.
 * @param max - The model's highest level.
 * @param achieved - The value from which a practice counts as achieved (`achievedFrom`).
 * @param top - The scale's highest value (what `strict` calls fully implemented).
 */
export function indicatorLevel(
  rule: LevelRule,
  practices: readonly PracticeValue[],
  max: number,
  achieved: number,
  top: number,
): LevelOutcome {
  const blocking: string[] = [];
  /** Lists the applicable practices of level k below a threshold as blocking. */
  const below = (k: number, threshold: number): void => {
    for (const p of practices) {
      if (p.level === k && p.value !== NOT_APPLICABLE && p.value < threshold - EPSILON)
        blocking.push(p.id);
    }
  };
  /**
   * The mean value relative to `top` of the applicable practices at levels `from`..`to`; none:
   * `undefined`.
   */
  const mean = (from: number, to = from): number | undefined => {
    let count = 0;
    let sum = 0;
    for (const p of practices) {
      if (p.level < from || p.level > to || p.value === NOT_APPLICABLE) continue;
      count++;
      if (p.value > 0) sum += p.value;
    }
    return count === 0 ? undefined : sum / count / top;
  };

  if (rule === "additive") {
    let score = 0;
    for (let k = 1; k <= max; k++) {
      score += mean(k) ?? 1;
      below(k, top);
    }
    const clamped = Math.min(max, score);
    const level = Math.min(max, Math.floor(clamped + EPSILON));
    // A sum just below a whole number (0.7 + 0.2 + 0.1 is 0.9999999999999999) reaches it: the
    // score moves up with the level, so the level stays the score's whole part.
    return { level, score: Math.max(clamped, level), blocking };
  }
  // The climb stops below the lowest level with an applicable practice under `achieved`; strict
  // also stops at the lowest level with one under `top`.
  let level = max;
  for (const p of practices) {
    if (p.value === NOT_APPLICABLE) continue;
    if (p.value < achieved - EPSILON) level = Math.min(level, p.level - 1);
    if (rule === "strict" && p.value < top - EPSILON) level = Math.min(level, p.level);
  }
  if (level === max) return { level, score: max, blocking };
  below(level + 1, achieved);
  if (rule === "strict") for (let k = 1; k <= level; k++) below(k, top);
  // Progress toward the next level: the mean of what it needs. Cumulative: its own practices, one
  // of which is below `achieved`. Strict: also every practice below it, which must reach `top` —
  // the next level may be blocked only there, and must then not read as reached.
  const progress = rule === "strict" ? mean(1, level + 1) : mean(level + 1);
  return { level, score: level + (progress ?? 0), blocking };
}
