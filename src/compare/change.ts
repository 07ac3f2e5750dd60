import type { ChangeStatus } from "./types.js";

/** Score changes smaller than this count as unchanged (rounding noise of thirds). */
const EPSILON = 1e-9;

const direction = (delta: number): ChangeStatus =>
  delta > EPSILON ? "improved" : delta < -EPSILON ? "declined" : "unchanged";

/**
 * The status of an indicator's change between two scored sides: the level's direction when the
 * level changed (a score may cross a whole number by less than the rounding tolerance, and a
 * merged baseline's mean level and mean score need not move together), else the score's.
 */
export function changeStatus(levelDelta: number, scoreDelta: number): ChangeStatus {
  const byLevel = direction(levelDelta);
  return byLevel === "unchanged" ? direction(scoreDelta) : byLevel;
}

/**
 * The status of a domain's change: the score's direction, and the level's when the score did not
 * move. A domain's level is its weakest link and its score a mean, so the two often move apart
 * (one indicator falls a level while the rest rise); the mean says how the domain as a whole
 * moved, and a level change is still never `unchanged`.
 */
export function domainStatus(levelDelta: number, scoreDelta: number): ChangeStatus {
  const byScore = direction(scoreDelta);
  return byScore === "unchanged" ? direction(levelDelta) : byScore;
}

/** `(current − baseline) / (target − baseline)`, defined when the baseline is below the target. */
export function progress(
  baseline: number | null,
  current: number | null,
  target: number | null,
): number | null {
  if (baseline === null || current === null || target === null || target - baseline <= EPSILON)
    return null;
  return (current - baseline) / (target - baseline);
}
