// The group-disclosure tests of docs/disclosure.md: a figure is withheld when all contributing
// institutions but at most one share what it would show. The "but one" is the insider: a member
// outside the shared cell, who knows its own answer, would learn that all the others share one.

/** Float sums miss a decimal step by a few ulps: a gap this close to a step counts as one. */
const STEP_TOLERANCE = 1e-9;

/**
 * Rule 4, frequency tables: whether one cell holds at least `n − 1` of the `n` contributors.
 *
 * @param cells - The counts (levels 0..max, at target / not, improved / declined / unchanged).
 * @returns `true` when the table must be withheld.
 * @example
 * ```ts
 * oneCellHoldsAllButOne([1, 2, 0]); //=> true
 * ```
 */
export function oneCellHoldsAllButOne(cells: readonly number[]): boolean {
  let n = 0;
  let largest = 0;
  for (const c of cells) {
    n += c;
    largest = Math.max(largest, c);
  }
  return largest >= n - 1;
}

/**
 * Rule 3a, continuous values: whether the values, leaving out any one of them, lie within less
 * than one rounding step of each other. Then every contributor but one has (to the published
 * precision) the same value, and a cluster mean would be that value.
 *
 * @param sorted - The contributors' values in ascending order, at least two.
 * @param step - The figure's rounding step.
 * @returns `true` when the figure must be withheld.
 * @example
 * ```ts
 * allButOneWithinStep([1, 1.05, 3], 0.1); //=> true
 * ```
 */
export function allButOneWithinStep(sorted: ArrayLike<number>, step: number): boolean {
  const n = sorted.length;
  const first = sorted[0] as number;
  const last = sorted[n - 1] as number;
  const withoutFirst = last - (sorted[1] as number);
  const withoutLast = (sorted[n - 2] as number) - first;
  return Math.min(withoutFirst, withoutLast) < step - STEP_TOLERANCE;
}

/**
 * Rule 3b, scores beside a published level distribution: whether all contributors but at most
 * one sit within one rounding step of the bottom of their level's score range, or all within one
 * step of its top (one at the top level sits at both). The distribution gives every member's
 * bounds, and a cluster mean close to the sum of the bounds would tell each member that none of
 * the others progressed within its level.
 *
 * Not for a level-rated indicator: its score is its level for everyone, as the model says, so
 * sitting at the bottom discloses nothing.
 *
 * @param excess - Per contributor `score − level`, its progress within the level (0 at the top
 *   level).
 * @param room - Per contributor how far the score can rise within the level: 1 for an indicator,
 *   `max − level` for a domain, 0 at the top level (read for the first `excess.length`).
 * @param step - The rounding step of the score.
 * @returns `true` when the score quartiles must be withheld.
 * @example
 * ```ts
 * allButOneAtLevelBounds([0, 0.05, 0.5], [1, 1, 1], 0.1); //=> true
 * ```
 */
export function allButOneAtLevelBounds(
  excess: ArrayLike<number>,
  room: ArrayLike<number>,
  step: number,
): boolean {
  const n = excess.length;
  if (n < 2) return false;
  let atBottom = 0;
  let atTop = 0;
  for (let i = 0; i < n; i++) {
    const e = excess[i] as number;
    if (e < step - STEP_TOLERANCE) atBottom++;
    if (e > (room[i] as number) - step + STEP_TOLERANCE) atTop++;
  }
  return Math.max(atBottom, atTop) >= n - 1;
}
