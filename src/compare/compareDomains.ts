import type { Result } from "../scoring/result.js";
import { domainStatus, progress } from "./change.js";
import type { DomainChange, IndicatorChange, Side } from "./types.js";

/** A side with every figure present: what a comparable row has on both sides. */
export interface Figures extends Side {
  readonly level: number;
  readonly score: number;
  readonly target: number;
}

/** Whether a side has every figure (the indicator was scored, completely or not). */
export const hasFigures = (s: Side | null): s is Figures =>
  s !== null && s.level !== null && s.score !== null && s.target !== null;

/** Running weighted sums for one side of one domain. */
interface Sums {
  score: number;
  target: number;
  level: number;
}

/** One domain's running totals. */
interface Bucket {
  readonly id: string;
  readonly before: Sums;
  readonly after: Sums;
  w: number;
  n: number;
  improved: number;
  declined: number;
  unchanged: number;
  fresh: boolean;
}

const empty = (): Sums => ({ score: 0, target: 0, level: Number.POSITIVE_INFINITY });

function add(s: Sums, side: Figures, weight: number): void {
  s.score += weight * side.score;
  s.target += weight * side.target;
  s.level = Math.min(s.level, side.level);
}

/** Weights are positive, so `w` is too once a row is added. */
const close = (s: Sums, w: number): Figures =>
  Object.freeze({ level: s.level, score: s.score / w, target: s.target / w });

function change(b: Bucket): DomainChange {
  if (b.n === 0) {
    return Object.freeze({
      id: b.id,
      n: 0,
      baseline: null,
      current: null,
      levelDelta: null,
      scoreDelta: null,
      status: b.fresh ? "new" : "notComparable",
      progressToTarget: null,
      improved: 0,
      declined: 0,
      unchanged: 0,
    });
  }
  const baseline = close(b.before, b.w);
  const current = close(b.after, b.w);
  const scoreDelta = current.score - baseline.score;
  const levelDelta = current.level - baseline.level;
  return Object.freeze({
    id: b.id,
    n: b.n,
    baseline,
    current,
    levelDelta,
    scoreDelta,
    status: domainStatus(levelDelta, scoreDelta),
    progressToTarget: progress(baseline.score, current.score, current.target),
    improved: b.improved,
    declined: b.declined,
    unchanged: b.unchanged,
  });
}

/** Collects rows per domain of the current model, then gives their frozen domain changes. */
export interface DomainTally {
  /** Adds a row that has a current indicator, with that indicator's base weight. */
  add(row: IndicatorChange, weight: number): void;
  /** The domain changes, in the current model's order. */
  changes(): readonly DomainChange[];
}

/**
 * Domain changes over the current model's domains. Both sides are computed over the same
 * comparable rows with the indicators' base weights, so a change means the same indicators moved
 * (a new risk profile changes risk weights, which would otherwise move the figures by itself):
 * level = lowest level (weakest link), score and target = weighted means.
 */
export function domainTally(current: Result): DomainTally {
  const buckets = current.domains.map(
    (d): Bucket => ({
      id: d.id,
      before: empty(),
      after: empty(),
      w: 0,
      n: 0,
      improved: 0,
      declined: 0,
      unchanged: 0,
      fresh: false,
    }),
  );
  const byId = new Map(buckets.map((b) => [b.id, b]));
  return {
    add(row, weight) {
      // A row whose domain the result does not list (not from scoreAssessment) counts nowhere.
      const bucket = byId.get(row.domain);
      if (bucket === undefined) return;
      if (row.status === "new") bucket.fresh = true;
      const { baseline, current: now } = row;
      if (!hasFigures(baseline) || !hasFigures(now)) return;
      add(bucket.before, baseline, weight);
      add(bucket.after, now, weight);
      bucket.w += weight;
      bucket.n++;
      if (row.status === "improved") bucket.improved++;
      else if (row.status === "declined") bucket.declined++;
      else bucket.unchanged++;
    },
    changes: () => Object.freeze(buckets.map(change)),
  };
}
