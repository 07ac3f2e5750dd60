import type { RiskProfileSpec } from "./riskProfileSchema.js";

/** Factor values by factor id; a missing factor counts as 0. */
export type FactorValues = ReadonlyMap<string, number>;

/**
 * Finds the first tier rule that holds for factor values given in the order of
 * `spec.factors`, or -1 when none does (then the default tier applies).
 */
export type RuleMatcher = (values: readonly number[], type: string | undefined) => number;

/**
 * Compiles the tier rules once into a matcher that works on arrays: the monotonicity check runs
 * it for every combination of factor values. Rules are a decision list: every part of a rule's
 * `when` that is present must hold, and the first rule that holds wins.
 */
export function compileTierRules(spec: RiskProfileSpec): RuleMatcher {
  const position = new Map(spec.factors.map((f, i) => [f.id, i]));
  const rules = spec.tierRules.map((rule) => ({
    factors: Object.entries(rule.when.factors ?? {}).map(
      ([factor, atLeast]) => [position.get(factor) ?? -1, atLeast] as const,
    ),
    sumAtLeast: rule.when.sumAtLeast,
    types: rule.when.institutionTypes,
  }));
  const needsSum = rules.some((rule) => rule.sumAtLeast !== undefined);
  return (values, type) => {
    let sum = 0;
    if (needsSum) for (const v of values) sum += v;
    next: for (let r = 0; r < rules.length; r++) {
      const rule = rules[r];
      if (!rule) continue;
      if (rule.types !== undefined && (type === undefined || !rule.types.includes(type))) continue;
      for (const [at, atLeast] of rule.factors) {
        if ((values[at] ?? 0) < atLeast) continue next;
      }
      if (rule.sumAtLeast !== undefined && sum < rule.sumAtLeast) continue;
      return r;
    }
    return -1;
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
  return compileTierRules(spec)(
    spec.factors.map((f) => values.get(f.id) ?? 0),
    type,
  );
}
