import { type Precision, roundTo } from "./round.js";
import type { Quartiles } from "./types.js";

/** The p-quantile of sorted values, by linear interpolation (R type 7, numpy's default). */
export function quantile(sorted: ArrayLike<number>, p: number): number {
  const h = (sorted.length - 1) * p;
  const lo = Math.floor(h);
  const a = sorted[lo];
  const b = sorted[Math.min(lo + 1, sorted.length - 1)];
  // Only an empty list has no value there (p is in [0, 1]).
  if (a === undefined || b === undefined) return Number.NaN;
  return a + (h - lo) * (b - a);
}

/** Quartiles of unsorted values (copied, never mutated). */
export function quartiles(values: readonly number[]): Quartiles {
  const sorted = [...values].sort((x, y) => x - y);
  return { q1: quantile(sorted, 0.25), median: quantile(sorted, 0.5), q3: quantile(sorted, 0.75) };
}

/**
 * Microaggregation (individual ranking): sorted values are cut into consecutive clusters of `k`,
 * the last cluster taking the remainder (so every cluster holds k..2k−1 values), and each value
 * is replaced by its cluster's mean. The result is sorted too.
 *
 * @param sorted - Values in ascending order, at least `k` of them.
 * @param k - The cluster size, `minGroupSize`.
 * @returns The microaggregated values, one per input value.
 * @example
 * ```ts
 * [...microaggregate([1, 2, 3, 4, 5, 6, 7], 3)]; //=> [2, 2, 2, 5.5, 5.5, 5.5, 5.5]
 * ```
 */
export function microaggregate(sorted: ArrayLike<number>, k: number): Float64Array {
  const clusters = Math.max(1, Math.floor(sorted.length / k));
  const out = new Float64Array(sorted.length);
  for (let c = 0; c < clusters; c++) {
    const end = c === clusters - 1 ? sorted.length : (c + 1) * k;
    let sum = 0;
    for (let i = c * k; i < end; i++) sum += sorted[i] as number;
    out.fill(sum / (end - c * k), c * k, end);
  }
  return out;
}

/**
 * The quartiles a sector output publishes: type-7 quartiles of the microaggregated values,
 * rounded to the figure's precision. Each is thus a mean, or an interpolation of two means, of
 * at least `k` values: none can be solved for a single one.
 *
 * @param sorted - Values in ascending order, at least `k` of them.
 * @param k - The cluster size, `minGroupSize`.
 * @param precision - The figure's precision.
 * @returns The rounded quartiles.
 * @example
 * ```ts
 * publishedQuartiles([1, 2, 3, 4, 5, 6], 3, LEVEL_SCALE); //=> { q1: 2, median: 3.5, q3: 5 }
 * ```
 */
export function publishedQuartiles(
  sorted: ArrayLike<number>,
  k: number,
  precision: Precision,
): Quartiles {
  const means = microaggregate(sorted, k);
  return {
    q1: roundTo(quantile(means, 0.25), precision),
    median: roundTo(quantile(means, 0.5), precision),
    q3: roundTo(quantile(means, 0.75), precision),
  };
}
