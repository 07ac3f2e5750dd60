// A plain reference scorer for benchmarks: loops, the same semantics as scoreAssessment for the
// cumulative rule, no validation, no trace, no freezing. It sets the speed to measure against.
import type { Assessment, Model } from "../../src/index.js";

export interface ReferenceResult {
  maturityIndex: number;
  targetAttainment: number;
  levels: number[];
}

export function referenceScore(model: Model, assessment: Assessment): ReferenceResult {
  const values: Record<string, number> = {};
  for (const c of model.answerScale.codes) values[c.code] = c.value;
  const achieved = values[model.answerScale.achievedFrom] ?? 1;
  const answers = new Map<
    string,
    { readonly code?: string | undefined; readonly level?: number | undefined }
  >();
  for (const a of assessment.answers) answers.set(a.practice ?? a.indicator ?? "", a);

  // Tier: first matching rule.
  const rp = model.riskProfile;
  const factors = assessment.riskProfile;
  let tier = rp.defaultTier;
  for (const rule of rp.tierRules) {
    let ok = true;
    for (const f in rule.when.factors ?? {})
      if ((factors[f] ?? 0) < (rule.when.factors?.[f] ?? 0)) ok = false;
    if (rule.when.sumAtLeast !== undefined) {
      let sum = 0;
      for (const f in factors) sum += factors[f] ?? 0;
      if (sum < rule.when.sumAtLeast) ok = false;
    }
    if (ok) {
      tier = rule.tier;
      break;
    }
  }
  const max = model.levels.length - 1;
  const levels: number[] = [];
  let w = 0;
  let ws = 0;
  let wt = 0;
  let wg = 0;
  for (const d of model.domains) {
    for (const ind of d.indicators) {
      let weight = ind.weight;
      for (const rw of ind.riskWeights ?? [])
        if ((factors[rw.factor] ?? 0) >= rw.atLeast) weight *= rw.multiplier;
      const target = (ind.targets as Record<string, number>)[tier] ?? 0;
      let level = 0;
      let score = 0;
      if (ind.rating === "level") {
        level = answers.get(ind.id)?.level ?? 0;
        score = level;
      } else {
        const sums = new Array<number>(max + 1).fill(0);
        const counts = new Array<number>(max + 1).fill(0);
        const ok = new Array<boolean>(max + 1).fill(true);
        for (const p of ind.practices ?? []) {
          const code = answers.get(p.id)?.code;
          if (code === "NA") continue;
          const v = code === undefined ? -1 : (values[code] ?? 0);
          counts[p.level] = (counts[p.level] ?? 0) + 1;
          sums[p.level] = (sums[p.level] ?? 0) + Math.max(0, v);
          if (v < achieved - 1e-9) ok[p.level] = false;
        }
        while (level < max && ok[level + 1]) level++;
        const n = counts[level + 1] ?? 0;
        score = level === max ? max : level + (n === 0 ? 0 : (sums[level + 1] ?? 0) / n);
      }
      levels.push(level);
      w += weight;
      ws += weight * score;
      wt += weight * target;
      wg += weight * Math.max(0, target - level);
    }
  }
  return { maturityIndex: ws / w, targetAttainment: wt === 0 ? 1 : 1 - wg / wt, levels };
}
