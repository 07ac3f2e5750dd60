import type { RiskProfileSpec, TierRule } from "./riskProfileSchema.js";

/** Factor values by factor id; a missing factor counts as 0. */
export type FactorValues = ReadonlyMap<string, number>;

/** Whether one tier rule holds for the given factor values and institution type. */
export function ruleHolds(rule: TierRule, values: FactorValues, type: string | undefined): boolean {
  const { factors, sumAtLeast, institutionTypes } = rule.when;
  if (institutionTypes !== undefined && (type === undefined || !institutionTypes.includes(type))) {
    return false;
  }
  if (factors !== undefined) {
    for (const [factor, atLeast] of Object.entries(factors)) {
      if ((values.get(factor) ?? 0) < atLeast) return false;
    }
  }
  if (sumAtLeast !== undefined) {
    let sum = 0;
    for (const v of values.values()) sum += v;
    if (sum < sumAtLeast) return false;
  }
  return true;
}

/**
 * The index of the first rule that holds, or -1 when none does (then the default tier applies).
 * Rules are a decision list: order matters.
 */
export function firstMatchingRule(
  spec: RiskProfileSpec,
  values: FactorValues,
  type: string | undefined,
): number {
  return spec.tierRules.findIndex((rule) => ruleHolds(rule, values, type));
}
