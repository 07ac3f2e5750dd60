import type { RiskProfileSpec } from "../riskProfileSchema.js";
import { compileTierRules } from "../tierRules.js";
import type { IssueSink } from "./context.js";

/**
 * The most factor combinations (times institution types plus one) that the monotonicity check
 * enumerates; realistic profiles need a few thousand.
 */
export const MAX_TIER_COMBINATIONS = 20_000;

/** Checks tier-rule references and that raising any factor never lowers the derived tier. */
export function checkTiers(spec: RiskProfileSpec, sink: IssueSink): void {
  const at = ["riskProfile"];
  const tiers = spec.tiers.map((t) => t.id);
  const factors = new Map(spec.factors.map((f) => [f.id, f.values.length - 1]));
  const types = new Set(spec.institutionTypes.map((t) => t.id));
  let sound = tiers.includes(spec.defaultTier);
  if (!sound) sink.add("unknown_tier", [...at, "defaultTier"], { id: spec.defaultTier });
  spec.tierRules.forEach((rule, r) => {
    const path = [...at, "tierRules", r];
    if (!tiers.includes(rule.tier)) {
      sound = false;
      sink.add("unknown_tier", [...path, "tier"], { id: rule.tier });
    }
    for (const [factor, value] of Object.entries(rule.when.factors ?? {})) {
      const max = factors.get(factor);
      if (max === undefined)
        sink.add("unknown_factor", [...path, "when", "factors", factor], { id: factor });
      else if (value > max)
        sink.add("unknown_factor_value", [...path, "when", "factors", factor], { factor, value });
      if (max === undefined || value > max) sound = false;
    }
    (rule.when.institutionTypes ?? []).forEach((type, i) => {
      if (!types.has(type)) {
        sound = false;
        sink.add("unknown_institution_type", [...path, "when", "institutionTypes", i], {
          id: type,
        });
      }
    });
  });
  if (sound) checkMonotone(spec, tiers, sink);
}

/**
 * Enumerates every combination of factor values (for each institution type, and for none) and
 * checks that raising one factor by one step never yields a lower tier.
 */
function checkMonotone(spec: RiskProfileSpec, tiers: readonly string[], sink: IssueSink): void {
  const sizes = spec.factors.map((f) => f.values.length);
  const combinations = sizes.reduce((a, b) => a * b, 1);
  const work = combinations * (spec.institutionTypes.length + 1);
  if (work > MAX_TIER_COMBINATIONS) {
    sink.add("tier_rules_too_complex", ["riskProfile", "factors"], {
      combinations: work,
      maximum: MAX_TIER_COMBINATIONS,
    });
    return;
  }
  const ranked = (tier: string) => ({ tier, rank: tiers.indexOf(tier) });
  const match = compileTierRules(spec, (rule) => ranked(rule.tier), ranked(spec.defaultTier));
  const show = (values: readonly number[]): string =>
    `{ ${spec.factors.map((f, i) => `${f.id}: ${values[i]}`).join(", ")} }`;
  const values = sizes.map(() => 0);
  for (const type of [undefined, ...spec.institutionTypes.map((t) => t.id)]) {
    // The outcome of every combination, enumerated like an odometer (factor 0 turns fastest), so
    // that raising factor f by one step moves `stride(f)` places on.
    const outcomes = Array.from({ length: combinations }, (_, n) =>
      match(digits(n, sizes, values), type),
    );
    for (const [n, here] of outcomes.entries()) {
      let stride = 1;
      let rest = n;
      for (const [f, size] of sizes.entries()) {
        const digit = rest % size;
        rest = Math.floor(rest / size);
        // A digit that can be raised stays within the combinations, so `up` is always there.
        const up = digit + 1 < size ? outcomes[n + stride] : undefined;
        if (up !== undefined && up.rank < here.rank) {
          const from = digits(n, sizes, []);
          const raised = [...from];
          raised[f] = digit + 1;
          sink.add("tier_rules_not_monotone", ["riskProfile", "tierRules"], {
            from: show(from) + (type ? ` (${type})` : ""),
            fromTier: here.tier,
            to: show(raised),
            toTier: up.tier,
          });
          return;
        }
        stride *= size;
      }
    }
  }
}

/** Writes the factor values of combination `n` into `out` (reused, to spare allocations). */
function digits(n: number, sizes: readonly number[], out: number[]): number[] {
  let rest = n;
  for (const [f, size] of sizes.entries()) {
    out[f] = rest % size;
    rest = Math.floor(rest / size);
  }
  return out;
}
