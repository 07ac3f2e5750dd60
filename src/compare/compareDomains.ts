import type { Result } from "../scoring/result.js";
import { changeStatus, progress } from "./change.js";
import type { DomainChange, IndicatorChange, Side } from "./types.js";

/** Running weighted sums for one side of one domain. */
interface Sums {
  w: number;
  score: number;
  target: number;
  level: number;
}

const empty = (): Sums => ({ w: 0, score: 0, target: 0, level: Number.POSITIVE_INFINITY });

function add(s: Sums, side: Side | null, weight: number): void {
  s.w += weight;
  s.score += weight * (side?.score ?? 0);
  s.target += weight * (side?.target ?? 0);
  s.level = Math.min(s.level, side?.level ?? 0);
}

function close(s: Sums): Side {
  return {
    level: s.level,
    score: s.w === 0 ? 0 : s.score / s.w,
    target: s.w === 0 ? 0 : s.target / s.w,
  };
}

/**
 * Domain changes over the current model's domains. Both sides are computed over the same
 * comparable rows with the indicators' base weights, so a change means the same indicators moved
 * (a new risk profile changes risk weights, which would otherwise move the figures by itself):
 * level = lowest level (weakest link), score and target = weighted means.
 */
export function compareDomains(current: Result, rows: readonly IndicatorChange[]): DomainChange[] {
  const weights = new Map<string, number>();
  for (const i of current.indicators) weights.set(i.id, i.weight.base);
  const byDomain = new Map<
    string,
    { before: Sums; after: Sums; n: number; counts: number[]; fresh: boolean }
  >();
  for (const d of current.domains) {
    byDomain.set(d.id, { before: empty(), after: empty(), n: 0, counts: [0, 0, 0], fresh: false });
  }
  for (const r of rows) {
    const bucket = r.mapping === "retired" ? undefined : byDomain.get(r.domain);
    if (!bucket) continue;
    if (r.status === "new") bucket.fresh = true;
    if (r.current === null || r.scoreDelta === null) continue;
    const weight = weights.get(r.id) ?? 0;
    add(bucket.before, r.baseline, weight);
    add(bucket.after, r.current, weight);
    bucket.n++;
    const k = r.status === "improved" ? 0 : r.status === "declined" ? 1 : 2;
    bucket.counts[k] = (bucket.counts[k] ?? 0) + 1;
  }
  return current.domains.map((domain): DomainChange => {
    const bucket = byDomain.get(domain.id);
    const n = bucket?.n ?? 0;
    const baseline = bucket && n > 0 ? close(bucket.before) : null;
    const now = bucket && n > 0 ? close(bucket.after) : null;
    const scoreDelta = baseline && now ? (now.score ?? 0) - (baseline.score ?? 0) : null;
    return {
      id: domain.id,
      n,
      baseline,
      current: now,
      levelDelta: baseline && now ? (now.level ?? 0) - (baseline.level ?? 0) : null,
      scoreDelta,
      status: n === 0 && bucket?.fresh ? "new" : changeStatus(scoreDelta),
      progressToTarget: progress(baseline?.score ?? null, now?.score ?? null, now?.target ?? null),
      improved: bucket?.counts[0] ?? 0,
      declined: bucket?.counts[1] ?? 0,
      unchanged: bucket?.counts[2] ?? 0,
    };
  });
}
