// The attacker's toolkit for test/disclosure: synthetic members with chosen figures, the
// equations an attacker solves, and the search for a second data set that publishes the same.
//
// Members are real results of the mini model with their figures replaced, then frozen: the sector
// functions read only those figures, so a test can set an institution's maturity index to 1.37
// exactly, which no answer set would give.
import {
  aggregateSector,
  type IndicatorResult,
  type Quartiles,
  type Result,
  type SectorOptions,
} from "../../src/index.js";
import { deepFreeze } from "../../src/util/deepFreeze.js";
import { miniResultFor } from "../hostile/harness.js";

/** One indicator of a synthetic member: its level and score (and whether it is at target). */
export interface ItemFigures {
  readonly level: number;
  readonly score: number;
  readonly atTarget?: boolean;
}

/** What a synthetic member is made of; unset figures keep the template's. */
export interface MemberFigures {
  readonly id: string;
  readonly type?: string;
  readonly maturityIndex?: number;
  readonly targetAttainment?: number;
  /** Figures of the mini model's first indicator, `gov-policy` (practice-rated, levels 0..3). */
  readonly policy?: ItemFigures;
  /** Nothing applicable (every indicator declared so): left out of the index statistics. */
  readonly nothingApplicable?: boolean;
}

const template = miniResultFor("template");

/** A frozen result of the mini model with the given figures. */
export function member(f: MemberFigures): Result {
  const r = structuredClone(template) as unknown as {
    institution: { id: string; type?: string };
    overall: { maturityIndex: number; targetAttainment: number; applicable: number };
    indicators: IndicatorResult[];
  };
  r.institution = f.type === undefined ? { id: f.id } : { id: f.id, type: f.type };
  if (f.maturityIndex !== undefined) r.overall.maturityIndex = f.maturityIndex;
  if (f.targetAttainment !== undefined) r.overall.targetAttainment = f.targetAttainment;
  if (f.nothingApplicable) {
    r.overall.applicable = 0;
    r.indicators = r.indicators.map((x) => ({
      ...x,
      status: "notApplicable",
      level: null,
      score: null,
      gap: null,
    }));
    const domains = (r as unknown as { domains: Record<string, unknown>[] }).domains;
    (r as unknown as { domains: unknown[] }).domains = domains.map((d) => ({
      ...d,
      level: null,
      score: null,
      target: null,
      gap: null,
      applicable: 0,
      atTarget: 0,
    }));
  }
  if (f.policy) {
    const first = r.indicators[0] as IndicatorResult;
    r.indicators[0] = {
      ...first,
      level: f.policy.level,
      score: f.policy.score,
      gap: f.policy.atTarget ? 0 : Math.max(1, first.target - f.policy.level),
      // A practice-rated indicator below the top has a practice that blocks the next level.
      blocking: f.policy.level < 3 ? ["gov-policy.3"] : [],
    };
  }
  return deepFreeze(r) as unknown as Result;
}

/** Members `m0`, `m1`, … with these maturity indices. */
export const withIndices = (values: readonly number[], type?: string): Result[] =>
  values.map((v, i) =>
    member({ id: `m${i}`, maturityIndex: v, ...(type === undefined ? {} : { type }) }),
  );

/** The maturity-index quartiles a sector view publishes for its first group. */
export function publishedIndex(results: readonly Result[], options: SectorOptions = {}) {
  return aggregateSector(results, options).groups[0]?.maturityIndex ?? null;
}

/**
 * The attack of issue 11: read the quartiles as R type-7 quartiles of the raw values and solve
 * for the order statistics x₁ ≤ … ≤ xₙ. With n = 3 they give every value (q1 = (x₁+x₂)/2,
 * median = x₂, q3 = (x₂+x₃)/2), with n = 5 the middle three (q1 = x₂, median = x₃, q3 = x₄).
 * For n = 4 and 6 the three equations hold four and six unknowns: the insider, who knows its own
 * value and so its rank, fills one in. Returns the solved values by rank (`null` where the
 * equations leave a value open).
 *
 * @param q - The published quartiles.
 * @param n - The group size.
 * @param insider - The insider's own value and rank (0-based), if any.
 */
export function solveType7(
  q: Quartiles,
  n: number,
  insider?: { readonly rank: number; readonly value: number },
): (number | null)[] {
  const x: (number | null)[] = Array.from({ length: n }, () => null);
  const known = (rank: number) => (insider?.rank === rank ? insider.value : null);
  // Each quartile is a + t·(b − a) between the order statistics at ⌊h⌋ and ⌊h⌋ + 1.
  const equations = [0.25, 0.5, 0.75].map((p, i) => {
    const h = (n - 1) * p;
    return { lo: Math.floor(h), t: h - Math.floor(h), q: [q.q1, q.median, q.q3][i] as number };
  });
  for (let rank = 0; rank < n; rank++) x[rank] = known(rank);
  // Solve repeatedly: an equation with one unknown left gives it.
  for (let pass = 0; pass < 4; pass++) {
    for (const { lo, t, q: value } of equations) {
      if (t === 0) {
        x[lo] ??= value;
        continue;
      }
      const [a, b] = [x[lo], x[lo + 1]];
      if (a === null && b !== null && b !== undefined) x[lo] = (value - t * b) / (1 - t);
      if (b === null && a !== null && a !== undefined) x[lo + 1] = (value - (1 - t) * a) / t;
    }
  }
  return x;
}

/** How {@link secondDataSet} may change the data, and what the attacker is assumed to know. */
export interface SearchOptions {
  /** The published precision. */
  readonly step: number;
  /** The values a member can have. */
  readonly bounds: readonly [number, number];
  /**
   * The attacker also knows every member's rank (who is above whom): no swapping, and no move
   * that changes the order. Beyond the policy's attacker, to show what microaggregation adds.
   */
  readonly keepRanks?: boolean;
}

/** Whether `alt` keeps every "below" of `values` (equal is allowed: a tie fits either order). */
function keepsOrder(values: readonly number[], alt: readonly number[]): boolean {
  const byValue = values
    .map((_, i) => i)
    .sort((a, b) => (values[a] as number) - (values[b] as number));
  return byValue.every(
    (i, r) => r === 0 || (alt[byValue[r - 1] as number] as number) <= (alt[i] as number) + 1e-12,
  );
}

/**
 * The deniability check: a second data set in which member `j`'s value differs from the first
 * by at least one rounding step and the sector output is exactly the same. Tried: swapping `j`'s
 * value with another member's (the output is symmetric in its members), moving `j` alone (within
 * the rounding), and moving `j` and another member the opposite way by the same amount. The
 * insider is never changed: it knows its value.
 *
 * @param values - Every member's value (the figure under attack).
 * @param build - The published output for values (as JSON, to compare).
 * @param j - The member under attack.
 * @param insider - The member that attacks, or `-1`.
 * @param options - Precision, bounds, and whether ranks are known.
 * @returns The second data set's values, or `null` when none was found.
 */
export function secondDataSet(
  values: readonly number[],
  build: (values: readonly number[]) => unknown,
  j: number,
  insider: number,
  options: SearchOptions,
): number[] | null {
  const { step, bounds, keepRanks = false } = options;
  const first = JSON.stringify(build(values));
  const others = values.map((_, t) => t).filter((t) => t !== j && t !== insider);
  const sizes = [1, 1.5, 2, 3, 5, 8, 12, 20];
  const tries: number[][] = [];
  if (!keepRanks) {
    for (const t of others) {
      const swapped = [...values];
      [swapped[j], swapped[t]] = [values[t] as number, values[j] as number];
      tries.push(swapped);
    }
  }
  for (const size of sizes) {
    for (const sign of [1, -1]) {
      const alone = [...values];
      alone[j] = (values[j] as number) + sign * size * step;
      tries.push(alone);
      for (const t of others) {
        const moved = [...alone];
        moved[t] = (values[t] as number) - sign * size * step;
        tries.push(moved);
      }
    }
  }
  const [lo, hi] = bounds;
  for (const alt of tries) {
    if (Math.abs((alt[j] as number) - (values[j] as number)) < step - 1e-9) continue;
    if (alt.some((v) => v < lo || v > hi)) continue;
    if (keepRanks && !keepsOrder(values, alt)) continue;
    if (JSON.stringify(build(alt)) === first) return alt;
  }
  return null;
}
