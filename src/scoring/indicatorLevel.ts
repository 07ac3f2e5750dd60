import type { LevelRule } from "../model/modelSchema.js";

/** One practice as scoring sees it: its level and answer value (`null` = unanswered). */
export interface PracticeState {
  readonly id: string;
  readonly level: number;
  readonly value: number | null;
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
 * Applies a level rule to the applicable (non-NA) practices of one indicator.
 *
 * @param byLevel - Applicable practices grouped by level; index k holds level k (index 0 unused).
 * @param achieved - The value from which a practice counts as achieved (the scale's `achievedFrom`).
 * @param top - The scale's highest value (what `strict` calls fully implemented).
 */
export function indicatorLevel(
  rule: LevelRule,
  byLevel: readonly (readonly PracticeState[])[],
  achieved: number,
  top: number,
): LevelOutcome {
  const max = byLevel.length - 1;
  if (rule === "additive") return additive(byLevel, top, max);
  let level = 0;
  for (let k = 1; k <= max; k++) {
    if (!allAtLeast(byLevel[k], achieved)) break;
    if (rule === "strict" && !allAtLeast(byLevel[k - 1], top)) break;
    level = k;
  }
  if (level === max) return { level, score: max, blocking: [] };
  const next = byLevel[level + 1] ?? [];
  const blocking = next.filter((p) => (p.value ?? -1) < achieved - EPSILON).map((p) => p.id);
  if (rule === "strict") {
    for (let k = 1; k <= level; k++) {
      for (const p of byLevel[k] ?? []) if ((p.value ?? -1) < top - EPSILON) blocking.push(p.id);
    }
  }
  return { level, score: Math.min(max, level + mean(next) / top), blocking };
}

/** SAMM-style: each level contributes the mean value of its practices; no gating. */
function additive(
  byLevel: readonly (readonly PracticeState[])[],
  top: number,
  max: number,
): LevelOutcome {
  let score = 0;
  const blocking: string[] = [];
  for (let k = 1; k <= max; k++) {
    const practices = byLevel[k] ?? [];
    score += practices.length === 0 ? 1 : mean(practices) / top;
    for (const p of practices) if ((p.value ?? -1) < top - EPSILON) blocking.push(p.id);
  }
  const clamped = Math.min(max, score);
  return { level: Math.min(max, Math.floor(clamped + EPSILON)), score: clamped, blocking };
}

function allAtLeast(practices: readonly PracticeState[] | undefined, threshold: number): boolean {
  for (const p of practices ?? [])
    if (p.value === null || p.value < threshold - EPSILON) return false;
  return true;
}

function mean(practices: readonly PracticeState[]): number {
  if (practices.length === 0) return 0;
  let sum = 0;
  for (const p of practices) sum += p.value ?? 0;
  return sum / practices.length;
}
