// An independent, plain reading of docs/disclosure.md for tests: written from the policy text,
// not from src/sector, so a test that compares the two checks the implementation against the
// policy. Slow and simple on purpose.

/** Half away from zero to `decimals`, with the policy's tolerance for binary fractions. */
export function round(value: number, decimals: number): number {
  const f = 10 ** decimals;
  const r = Math.floor(Math.abs(value) * f + 0.5 + 1e-9) / f;
  return value < 0 && r !== 0 ? -r : r;
}

/** Type-7 quantile of sorted values. */
export function type7(sorted: readonly number[], p: number): number {
  const h = (sorted.length - 1) * p;
  const lo = Math.floor(h);
  const a = sorted[lo] ?? Number.NaN;
  const b = sorted[Math.min(lo + 1, sorted.length - 1)] ?? Number.NaN;
  return a + (h - lo) * (b - a);
}

/** Rule 3: clusters of k consecutive sorted values, the last taking the remainder. */
export function clusters(values: readonly number[], k: number): number[][] {
  const sorted = [...values].sort((a, b) => a - b);
  const count = Math.max(1, Math.floor(sorted.length / k));
  return Array.from({ length: count }, (_, c) =>
    sorted.slice(c * k, c === count - 1 ? sorted.length : (c + 1) * k),
  );
}

const mean = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

/** Rule 3: the published quartiles, microaggregated and rounded. */
export function publishedQuartiles(values: readonly number[], k: number, decimals: number) {
  const means = clusters(values, k).flatMap((c) => c.map(() => mean(c)));
  return {
    q1: round(type7(means, 0.25), decimals),
    median: round(type7(means, 0.5), decimals),
    q3: round(type7(means, 0.75), decimals),
  };
}

/** Rule 4: one cell holds at least n − 1 of the n contributors. */
export function oneCellHoldsAllButOne(cells: readonly number[]): boolean {
  const n = cells.reduce((a, b) => a + b, 0);
  return Math.max(0, ...cells) >= n - 1;
}

/** Rule 3a: leaving some one value out, the others lie within less than one step. */
export function allButOneWithinStep(values: readonly number[], step: number): boolean {
  for (let leave = 0; leave < values.length; leave++) {
    const rest = values.filter((_, i) => i !== leave);
    if (Math.max(...rest) - Math.min(...rest) < step - 1e-9) return true;
  }
  return false;
}

/** A contributor's place in its level: `excess` = score − level, `room` above it. */
export interface Bounds {
  readonly excess: number;
  readonly room: number;
}

/** Rule 3b: all but at most one sit within one step of the bottom, or all of the top. */
export function allButOneAtBounds(bounds: readonly Bounds[], step: number): boolean {
  if (bounds.length < 2) return false;
  const bottom = bounds.filter((b) => b.excess < step - 1e-9).length;
  const top = bounds.filter((b) => b.excess > b.room - step + 1e-9).length;
  return Math.max(bottom, top) >= bounds.length - 1;
}

/** Rules 1 and 4 for cells a subtraction uncovers: none, or ≥ k contributors and no dominant cell. */
export function tablePublishable(cells: readonly number[], k: number): boolean {
  const n = cells.reduce((a, b) => a + b, 0);
  return n === 0 || (n >= k && !oneCellHoldsAllButOne(cells));
}
