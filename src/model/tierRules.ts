import type { RiskProfileSpec } from "./riskProfileSchema.js";

/** Factor values by factor id; a missing factor counts as 0. */
export type FactorValues = ReadonlyMap<string, number>;

/** A tier rule of a risk profile. */
type TierRule = RiskProfileSpec["tierRules"][number];

/**
 * Gives the outcome of the first tier rule that holds for factor values given in the order of
 * `spec.factors` (a value missing from the end counts as 0), or the fallback when none does (then
 * the default tier applies).
 */
export type RuleMatcher<T> = (values: readonly number[], type: string | undefined) => T;

/**
 * Compiles the tier rules once into a matcher that works on arrays: the monotonicity check runs
 * it for every combination of factor values. Rules are a decision list: every part of a rule's
 * `when` that is present must hold, and the first rule that holds wins.
 *
 * @param spec - A risk profile whose rules name only its own factors.
 * @param outcome - What the matcher gives for a rule, e.g. its index or its tier.
 * @param fallback - What the matcher gives when no rule holds.
 * @returns The matcher.
 */
export function compileTierRules<T>(
  spec: RiskProfileSpec,
  outcome: (rule: TierRule, index: number) => T,
  fallback: T,
): RuleMatcher<T> {
  const rules = spec.tierRules.map((rule, r) => {
    const named = Object.entries(rule.when.factors ?? {});
    return {
      // [position in spec.factors, threshold] for every factor the rule names.
      factors: spec.factors.flatMap((f, at) =>
        named.filter(([id]) => id === f.id).map(([, atLeast]) => [at, atLeast] as const),
      ),
      sumAtLeast: rule.when.sumAtLeast,
      types: rule.when.institutionTypes,
      outcome: outcome(rule, r),
    };
  });
  const needsSum = rules.some((rule) => rule.sumAtLeast !== undefined);
  return (values, type) => {
    let sum = 0;
    if (needsSum) for (const v of values) sum += v;
    next: for (const rule of rules) {
      if (rule.types !== undefined && (type === undefined || !rule.types.includes(type))) continue;
      for (const [at, atLeast] of rule.factors) {
        if ((values[at] ?? 0) < atLeast) continue next;
      }
      if (rule.sumAtLeast !== undefined && sum < rule.sumAtLeast) continue;
      return rule.outcome;
    }
    return fallback;
  };
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
  const match = compileTierRules(spec, (_, r) => r, -1);
  return match(
    spec.factors.map((f) => values.get(f.id) ?? 0),
    type,
  );
}
