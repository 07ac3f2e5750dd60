import type { RuleCondition } from "../model/tierRules.js";
import { ownValue } from "../util/own.js";
import type { TierCondition } from "./result.js";

/**
 * The conditions of a tier rule or target rule that held, each with the value it was checked
 * against: the factors in the order the rule names them, then the sum, then the institution type.
 *
 * @param when - The rule's condition (it held).
 * @param factors - The factor values; a factor the model does not have (only in a hand-frozen
 *   model) counts as 0, as in matching.
 * @param institutionType - The institution's type; a rule with types only holds for one.
 * @returns The conditions, frozen.
 */
export function conditionTrace(
  when: RuleCondition,
  factors: Readonly<Record<string, number>>,
  institutionType: string | null,
): readonly TierCondition[] {
  const conditions: TierCondition[] = [];
  for (const [factor, atLeast] of Object.entries(when.factors ?? {})) {
    conditions.push({ kind: "factor", factor, atLeast, value: ownValue(factors, factor) ?? 0 });
  }
  if (when.sumAtLeast !== undefined) {
    let sum = 0;
    for (const v of Object.values(factors)) sum += v;
    conditions.push({ kind: "sum", atLeast: when.sumAtLeast, value: sum });
  }
  if (when.institutionTypes && institutionType !== null) {
    conditions.push({
      kind: "institutionType",
      allowed: when.institutionTypes,
      value: institutionType,
    });
  }
  return Object.freeze(conditions.map((c) => Object.freeze(c)));
}
