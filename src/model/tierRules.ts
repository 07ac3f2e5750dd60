import type { RiskProfileSpec } from "./riskProfileSchema.js";

/** Factor values by factor id; a missing factor counts as 0. */
export type FactorValues = ReadonlyMap<string, number>;

/** A tier rule of a risk profile. */
type TierRule = RiskProfileSpec["tierRules"][number];

/** The condition of a tier rule or target rule. */
export type RuleCondition = TierRule["when"];

/**
 * A rule's condition compiled to work on factor values given in the order of `spec.factors`.
 */
export interface CompiledCondition {
  /** `[position in spec.factors, threshold]` for every factor the condition names. */
  readonly factors: readonly (readonly [number, number])[];
  readonly sumAtLeast: number | undefined;
  readonly types: readonly string[] | undefined;
}

/**
 * Compiles a condition once: every part of a `when` that is present must hold. A factor the
 * profile does not have (only in a hand-frozen model) is left out here and counts as 0 below.
 *
 * @param spec - The risk profile, for the order of its factors.
 * @param when - The condition.
 * @returns The compiled condition.
 */
export function compileCondition(spec: RiskProfileSpec, when: RuleCondition): CompiledCondition {
  const named = Object.entries(when.factors ?? {});
  const factors: [number, number][] = [];
  const missing = named.filter(([id]) => !spec.factors.some((f) => f.id === id));
  spec.factors.forEach((f, at) => {
    for (const [id, atLeast] of named) if (id === f.id) factors.push([at, atLeast]);
  });
  // A factor that is not there has value 0: its condition holds only for a threshold of 0.
  const impossible = missing.some(([, atLeast]) => atLeast > 0);
  return {
    factors: impossible ? [[spec.factors.length, 1]] : factors,
    sumAtLeast: when.sumAtLeast,
    types: when.institutionTypes,
  };
}

/**
 * Whether a compiled condition holds for factor values (a value missing from the end counts as
 * 0), their sum, and an institution type (a condition with types never holds without one).
 */
export function conditionHolds(
  condition: CompiledCondition,
  values: readonly number[],
  sum: number,
  type: string | undefined,
): boolean {
  if (condition.types !== undefined && (type === undefined || !condition.types.includes(type)))
    return false;
  for (const [at, atLeast] of condition.factors) if ((values[at] ?? 0) < atLeast) return false;
  return condition.sumAtLeast === undefined || sum >= condition.sumAtLeast;
}

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
 * @param spec - A risk profile.
 * @param outcome - What the matcher gives for a rule, e.g. its index or its tier.
 * @param fallback - What the matcher gives when no rule holds.
 * @returns The matcher.
 */
export function compileTierRules<T>(
  spec: RiskProfileSpec,
  outcome: (rule: TierRule, index: number) => T,
  fallback: T,
): RuleMatcher<T> {
  const rules = spec.tierRules.map((rule, r) => ({
    condition: compileCondition(spec, rule.when),
    outcome: outcome(rule, r),
  }));
  const needsSum = rules.some((rule) => rule.condition.sumAtLeast !== undefined);
  return (values, type) => {
    let sum = 0;
    if (needsSum) for (const v of values) sum += v;
    for (const rule of rules)
      if (conditionHolds(rule.condition, values, sum, type)) return rule.outcome;
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
