import type { RiskProfileSpec, TierRule } from "../riskProfileSchema.js";

/** Where a decision list of tier rules is not ordered from the highest tier down. */
export interface TierDisorder {
  /** The institution type for which the order breaks; `undefined` for an assessment without one. */
  readonly type: string | undefined;
  /** The rule that gives a higher tier than the rule before it, or `"default"` for the default tier. */
  readonly at: number | "default";
  /** The earlier rule that gives the lower tier. */
  readonly after: number;
}

/**
 * Finds the first place, for any institution type (or none), where the tier rules that can apply
 * are not listed from the highest tier down, or the default tier is above a tier a rule gives.
 * `null` means the rules are ordered, and then they are monotone by construction: for a fixed
 * type every condition is an up-set of the factor values (each factor at least a value, the sum
 * at least a value), so raising a factor only adds rules that hold, and the first rule that holds
 * — the highest tier that holds, in this order — can only move up. Rules after one that always
 * holds for the type are never reached, and neither is the default tier.
 *
 * @param spec - A risk profile whose rules name only its own tiers.
 * @param rank - Each tier's position in `spec.tiers` (lowest 0).
 */
export function tierDisorder(
  spec: RiskProfileSpec,
  rank: ReadonlyMap<string, number>,
): TierDisorder | null {
  const defaultRank = rank.get(spec.defaultTier) ?? 0;
  for (const type of [undefined, ...spec.institutionTypes.map((t) => t.id)]) {
    let last = -1;
    let lastRank = Number.POSITIVE_INFINITY;
    let reachesDefault = true;
    for (const [r, rule] of spec.tierRules.entries()) {
      if (!appliesTo(rule, type)) continue;
      const here = rank.get(rule.tier) ?? 0;
      if (here > lastRank) return { type, at: r, after: last };
      last = r;
      lastRank = here;
      if (alwaysHolds(rule)) {
        reachesDefault = false;
        break;
      }
    }
    if (reachesDefault && defaultRank > lastRank) return { type, at: "default", after: last };
  }
  return null;
}

/** Whether a rule can hold for an institution of this type (or of no type). */
function appliesTo(rule: TierRule, type: string | undefined): boolean {
  const types = rule.when.institutionTypes;
  return types === undefined || (type !== undefined && types.includes(type));
}

/** Whether a rule that applies to a type holds for every profile: no threshold above 0. */
function alwaysHolds(rule: TierRule): boolean {
  const { factors, sumAtLeast } = rule.when;
  return (sumAtLeast ?? 0) === 0 && Object.values(factors ?? {}).every((v) => v === 0);
}
