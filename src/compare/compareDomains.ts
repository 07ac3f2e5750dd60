import type { Result } from "../scoring/result.js";
import { changeStatus, progress } from "./change.js";
import type { DomainChange, IndicatorChange, Side } from "./types.js";

/**
 * Domain changes over the current model's domains. Both sides are computed over the same
 * comparable rows with the indicators' base weights, so a change means the same indicators moved
 * (a new risk profile changes risk weights, which would otherwise move the figures by itself):
 * level = lowest level (weakest link), score and target = weighted means.
 */
export function compareDomains(current: Result, rows: readonly IndicatorChange[]): DomainChange[] {
  const weights = new Map(current.indicators.map((i) => [i.id, i.weight.base]));
  return current.domains.map((domain) => {
    const comparable = rows.filter(
      (r) =>
        r.domain === domain.id &&
        r.current !== null &&
        r.scoreDelta !== null &&
        r.mapping !== "retired",
    );
    const aggregate = (pick: (r: IndicatorChange) => Side | null): Side | null => {
      if (comparable.length === 0) return null;
      let w = 0;
      let score = 0;
      let target = 0;
      let level = Number.POSITIVE_INFINITY;
      for (const r of comparable) {
        const s = pick(r);
        const weight = weights.get(r.id) ?? 0;
        w += weight;
        score += weight * (s?.score ?? 0);
        target += weight * (s?.target ?? 0);
        level = Math.min(level, s?.level ?? 0);
      }
      return { level, score: w === 0 ? 0 : score / w, target: w === 0 ? 0 : target / w };
    };
    const baseline = aggregate((r) => r.baseline);
    const now = aggregate((r) => r.current);
    const scoreDelta = baseline && now ? (now.score ?? 0) - (baseline.score ?? 0) : null;
    const count = (status: string) => comparable.filter((r) => r.status === status).length;
    return {
      id: domain.id,
      n: comparable.length,
      baseline,
      current: now,
      levelDelta: baseline && now ? (now.level ?? 0) - (baseline.level ?? 0) : null,
      scoreDelta,
      status:
        comparable.length === 0 && rows.some((r) => r.domain === domain.id && r.status === "new")
          ? "new"
          : changeStatus(scoreDelta),
      progressToTarget: progress(baseline?.score ?? null, now?.score ?? null, now?.target ?? null),
      improved: count("improved"),
      declined: count("declined"),
      unchanged: count("unchanged"),
    };
  });
}
