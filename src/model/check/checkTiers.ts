import { formatPath } from "../../issues/formatIssues.js";
import type { RiskProfileSpec } from "../riskProfileSchema.js";
import { compileTierRules } from "../tierRules.js";
import { checkCondition, conditionScope } from "./checkCondition.js";
import type { IssueSink } from "./context.js";
import { type TierDisorder, tierDisorder } from "./tierOrder.js";

/**
 * The most factor combinations (times institution types plus one) that the monotonicity check
 * enumerates for tier rules that are not ordered from the highest tier down.
 */
export const MAX_TIER_COMBINATIONS = 20_000;

/**
 * Checks tier-rule references and that raising any factor never lowers the derived tier: by
 * construction when the rules are listed from the highest tier down (see {@link tierDisorder}),
 * else by enumerating every combination while there are at most {@link MAX_TIER_COMBINATIONS}.
 */
export function checkTiers(spec: RiskProfileSpec, sink: IssueSink): void {
  const at = ["riskProfile"];
  const tiers = spec.tiers.map((t) => t.id);
  const scope = conditionScope(spec);
  let sound = tiers.includes(spec.defaultTier);
  if (!sound) sink.add("unknown_tier", [...at, "defaultTier"], { id: spec.defaultTier });
  spec.tierRules.forEach((rule, r) => {
    const path = [...at, "tierRules", r];
    if (!tiers.includes(rule.tier)) {
      sound = false;
      sink.add("unknown_tier", [...path, "tier"], { id: rule.tier });
    }
    if (!checkCondition(rule.when, [...path, "when"], scope, sink)) sound = false;
  });
  if (!sound) return;
  const disorder = tierDisorder(spec, new Map(tiers.map((t, i) => [t, i])));
  if (disorder === null) return;
  let work = spec.institutionTypes.length + 1;
  for (const f of spec.factors) work *= f.values.length;
  if (work <= MAX_TIER_COMBINATIONS) checkMonotone(spec, tiers, sink);
  else unordered(spec, disorder, work, sink);
}

/** Reports rules that are neither ordered nor few enough to enumerate, at the first misplaced one. */
function unordered(
  spec: RiskProfileSpec,
  { type, at, after }: TierDisorder,
  work: number,
  sink: IssueSink,
): void {
  const tierOf = (r: number) => spec.tierRules[r]?.tier ?? spec.defaultTier;
  sink.add(
    "tier_rules_unordered",
    at === "default" ? ["riskProfile", "defaultTier"] : ["riskProfile", "tierRules", at],
    {
      at: at === "default" ? "defaultTier" : formatPath(["tierRules", at]),
      tier: at === "default" ? spec.defaultTier : tierOf(at),
      after: formatPath(["tierRules", after]),
      afterTier: tierOf(after),
      type: type ?? "",
      combinations: work,
      maximum: MAX_TIER_COMBINATIONS,
    },
  );
}

/**
 * Enumerates every combination of factor values (for each institution type, and for none) and
 * checks that raising one factor by one step never yields a lower tier.
 */
function checkMonotone(spec: RiskProfileSpec, tiers: readonly string[], sink: IssueSink): void {
  const sizes = spec.factors.map((f) => f.values.length);
  const combinations = sizes.reduce((a, b) => a * b, 1);
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
