import type { CompiledTargetRule } from "../model/compiledModel.js";
import type { Indicator } from "../model/modelSchema.js";
import { ownValue } from "../util/own.js";
import { conditionTrace } from "./conditionTrace.js";
import type { TargetTrace, TierDerivation } from "./result.js";

const NO_CONDITIONS = Object.freeze([]);

/**
 * An indicator's target and its trace: the highest of the tier's target and the target of every
 * target rule that holds; the trace names the first rule with that highest target when it is
 * above the tier's target, or no rule when the tier's target stands.
 *
 * @param indicator - The indicator.
 * @param rules - Its compiled target rules, in model order (none: the tier's target stands).
 * @param tier - The derived tier, with the factor values and institution type.
 * @returns The target and its frozen trace.
 */
export function indicatorTarget(
  indicator: Indicator,
  rules: readonly CompiledTargetRule[] | undefined,
  tier: TierDerivation,
): { readonly target: number; readonly trace: TargetTrace } {
  // parseModel makes sure every tier has a target; a hand-frozen model without one gets 0.
  const tierTarget = ownValue(indicator.targets, tier.tier) ?? 0;
  let target = tierTarget;
  let rule = -1;
  let sum: number | undefined;
  if (rules !== undefined) {
    for (const [r, candidate] of rules.entries()) {
      // Only a rule that would raise the target needs checking; the first of the highest wins.
      if (candidate.target <= target) continue;
      if (candidate.sumAtLeast !== undefined) sum ??= total(tier.factors);
      if (holds(candidate, tier, sum ?? 0)) {
        target = candidate.target;
        rule = r;
      }
    }
  }
  const when = rule < 0 ? undefined : indicator.targetRules?.[rule]?.when;
  return {
    target,
    trace: Object.freeze({
      tier: tier.tier,
      tierTarget,
      rule: when === undefined ? null : rule,
      conditions:
        when === undefined
          ? NO_CONDITIONS
          : conditionTrace(when, tier.factors, tier.institutionType),
    }),
  };
}

function holds(rule: CompiledTargetRule, tier: TierDerivation, sum: number): boolean {
  const type = tier.institutionType;
  if (rule.types !== undefined && (type === null || !rule.types.includes(type))) return false;
  // A factor the model does not have (only in a hand-frozen model) counts as 0.
  for (const [factor, atLeast] of rule.factors)
    if ((ownValue(tier.factors, factor) ?? 0) < atLeast) return false;
  return rule.sumAtLeast === undefined || sum >= rule.sumAtLeast;
}

function total(factors: Readonly<Record<string, number>>): number {
  let sum = 0;
  for (const v of Object.values(factors)) sum += v;
  return sum;
}
