import { KsmError } from "../errors.js";
import type { Model } from "../model/modelSchema.js";
import { firstMatchingRule } from "../model/tierRules.js";
import { deepFreeze } from "../util/deepFreeze.js";
import { assertParsed, assertRecord, describe } from "../util/guards.js";
import { ownValue } from "../util/own.js";
import type { TierCondition, TierDerivation } from "./result.js";

/**
 * Derives the exposure tier from risk-factor values: the tier of the first tier rule that holds,
 * or the model's default tier. Monotone for every valid model (raising a factor never lowers the
 * tier; `parseModel` checks this).
 *
 * @param model - A parsed model.
 * @param riskProfile - A value for every factor of the model, e.g. `{ "export-controlled": 2, … }`.
 * @param institutionType - The institution type, if tier rules depend on it.
 * @returns The tier with the rule and conditions that set it.
 * @throws {KsmError} `invalid_argument` when a factor is unknown, missing or out of range, or the
 *   institution type is not one of the model's; `not_parsed` for a model not from `parseModel`.
 * @example
 * ```ts
 * deriveRiskTier(model, { "sensitive-technology": 3, "crown-jewels": 1, … }).tier; //=> "hoog"
 * ```
 */
export function deriveRiskTier(
  model: Model,
  riskProfile: Readonly<Record<string, number>>,
  institutionType?: string,
): TierDerivation {
  assertParsed(model, "domains", "the model");
  assertRecord(riskProfile, "the risk profile");
  const spec = model.riskProfile;
  if (
    institutionType !== undefined &&
    (typeof institutionType !== "string" ||
      !spec.institutionTypes.some((t) => t.id === institutionType))
  ) {
    throw new KsmError(
      "invalid_argument",
      `unknown institution type ${describe(institutionType)}; the model has ${spec.institutionTypes.map((t) => t.id).join(", ")}`,
    );
  }
  const values = new Map<string, number>();
  for (const factor of spec.factors) {
    const value = ownValue(riskProfile, factor.id);
    if (
      typeof value !== "number" ||
      !Number.isInteger(value) ||
      value < 0 ||
      value >= factor.values.length
    ) {
      throw new KsmError(
        "invalid_argument",
        `risk factor "${factor.id}" needs an integer 0..${factor.values.length - 1}, got ${describe(value)}`,
      );
    }
    values.set(factor.id, value + 0); // + 0 turns -0 into 0
  }
  for (const key of Object.keys(riskProfile)) {
    if (!values.has(key))
      throw new KsmError("invalid_argument", `unknown risk factor ${describe(key)}`);
  }
  const index = firstMatchingRule(spec, values, institutionType);
  const rule = index < 0 ? undefined : spec.tierRules[index];
  const conditions: TierCondition[] = [];
  if (rule) {
    for (const [factor, atLeast] of Object.entries(rule.when.factors ?? {})) {
      // A factor the model does not have (only in a hand-frozen model) counts as 0, as in matching.
      conditions.push({ kind: "factor", factor, atLeast, value: values.get(factor) ?? 0 });
    }
    if (rule.when.sumAtLeast !== undefined) {
      let sum = 0;
      for (const v of values.values()) sum += v;
      conditions.push({ kind: "sum", atLeast: rule.when.sumAtLeast, value: sum });
    }
    // A rule with institution types only holds for a given type.
    if (rule.when.institutionTypes && institutionType !== undefined) {
      conditions.push({
        kind: "institutionType",
        allowed: rule.when.institutionTypes,
        value: institutionType,
      });
    }
  }
  return deepFreeze({
    tier: rule?.tier ?? spec.defaultTier,
    rule: rule ? index : null,
    conditions,
    factors: Object.fromEntries(values),
    institutionType: institutionType ?? null,
  });
}
