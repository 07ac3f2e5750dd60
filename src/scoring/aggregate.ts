import type { Model } from "../model/modelSchema.js";
import type { DomainResult, IndicatorResult, OverallResult } from "./result.js";

/** Weighted sums over applicable indicators. */
interface Sums {
  w: number;
  score: number;
  target: number;
  gap: number;
  level: number | null;
  applicable: number;
  atTarget: number;
}

function sum(indicators: readonly IndicatorResult[]): Sums {
  const s: Sums = { w: 0, score: 0, target: 0, gap: 0, level: null, applicable: 0, atTarget: 0 };
  for (const r of indicators) {
    if (r.level === null || r.score === null || r.gap === null) continue;
    const w = r.weight.value;
    s.w += w;
    s.score += w * r.score;
    s.target += w * r.target;
    s.gap += w * r.gap;
    s.level = s.level === null ? r.level : Math.min(s.level, r.level);
    s.applicable++;
    if (r.gap === 0) s.atTarget++;
  }
  return s;
}

/** Per domain: weakest-link level, weighted score, target and gap. */
export function aggregateDomains(
  model: Model,
  indicators: readonly IndicatorResult[],
  maxLevel: number,
): DomainResult[] {
  // Weighted means of values in [0, max] stay in range but for rounding: clamp them.
  const mean = (total: number, w: number) => Math.min(maxLevel, Math.max(0, total / w));
  return model.domains.map((domain) => {
    const s = sum(indicators.filter((r) => r.domain === domain.id));
    const none = s.applicable === 0;
    return {
      id: domain.id,
      level: s.level,
      score: none ? null : mean(s.score, s.w),
      target: none ? null : mean(s.target, s.w),
      gap: none ? null : mean(s.gap, s.w),
      applicable: s.applicable,
      atTarget: s.atTarget,
    };
  });
}

/** The overall figures: maturity index, target attainment, capped level, counts, coverage. */
export function aggregateOverall(
  indicators: readonly IndicatorResult[],
  maxLevel: number,
): OverallResult {
  const s = sum(indicators);
  const maturityIndex = s.applicable === 0 ? 0 : Math.max(0, Math.min(maxLevel, s.score / s.w));
  const targetAttainment =
    s.applicable === 0 ? 0 : s.target === 0 ? 1 : clamp01(1 - s.gap / s.target);
  let levelCap: OverallResult["levelCap"] = null;
  let level = Math.floor(maturityIndex + 1e-9);
  for (const r of indicators) {
    if (r.critical && r.level !== null && r.level < level) {
      level = r.level;
      levelCap = { indicator: r.id, level: r.level };
    }
  }
  let applicableItems = 0;
  let answeredItems = 0;
  for (const r of indicators) {
    applicableItems += r.items.applicable;
    answeredItems += r.items.answered;
  }
  return {
    maturityIndex,
    targetAttainment,
    level,
    levelCap,
    atTarget: s.atTarget,
    applicable: s.applicable,
    notApplicable: indicators.length - s.applicable,
    coverage: applicableItems === 0 ? 0 : answeredItems / applicableItems,
    criticalGaps: indicators.filter((r) => r.critical && (r.gap ?? 0) > 0).map((r) => r.id),
  };
}

function clamp01(x: number): number {
  return Math.max(0, Math.min(1, x));
}
