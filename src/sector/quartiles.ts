import type { Quartiles } from "./types.js";

/** The p-quantile of sorted values, by linear interpolation (R type 7, numpy's default). */
export function quantile(sorted: readonly number[], p: number): number {
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
