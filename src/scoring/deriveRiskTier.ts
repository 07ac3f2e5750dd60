import { KsmError } from "../errors.js";
import type { Lang } from "../issues/messages.js";
import { compiledModel } from "../model/compiledModel.js";
import type { Model } from "../model/modelSchema.js";
import type { Text } from "../model/primitives.js";
import { cleanText } from "../util/cleanText.js";
import { deepFreeze } from "../util/deepFreeze.js";
import { assertParsed, describe } from "../util/guards.js";
import { ownValue } from "../util/own.js";
import { conditionTrace } from "./conditionTrace.js";
import { describeConditions, explainWords } from "./explainWords.js";
import type { TierCondition, TierDerivation } from "./result.js";

/**
 * Derives the exposure tier from risk-factor values: the tier of the first tier rule that holds,
 * or the model's default tier. Monotone for every valid model (raising a factor never lowers the
 * tier; `parseModel` checks this).
 *
 * @param model - A parsed model.
 * @param riskProfile - A value for every factor of the model, e.g. `{ "export-controlled": 2, … }`.
 * @param institutionType - The institution type, if tier rules depend on it.
 * @returns The tier with the rule and conditions that set it, and an explanation in words (nl and
 *   en) built from the model's labels.
 * @throws {KsmError} `invalid_argument` when a factor is unknown, missing or out of range, or the
 *   institution type is not one of the model's; `not_parsed` for a model not from `parseModel`.
 * @example
 * ```ts
 * const derived = deriveRiskTier(model, { "sensitive-technology": 3, "crown-jewels": 1, … });
 * derived.tier; //=> "hoog"
 * derived.explanation.en;
 * //=> "Risk tier High, set by tier rule 1 of 7: Sensitive technology at least 3 (value 3)."
 * ```
 */
export function deriveRiskTier(
  model: Model,
  riskProfile: Readonly<Record<string, number>>,
  institutionType?: string,
): TierDerivation {
  assertParsed(model, "domains", "the model");
  if (typeof riskProfile !== "object" || riskProfile === null) {
    throw new KsmError(
      "invalid_argument",
      `the risk profile must be an object, got ${describe(riskProfile)}`,
    );
  }
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
  const ordered: number[] = [];
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
    ordered.push(value + 0);
  }
  for (const key of Object.keys(riskProfile)) {
    if (!values.has(key))
      throw new KsmError("invalid_argument", `unknown risk factor ${describe(key)}`);
  }
  const index = compiledModel(model).tierRule(ordered, institutionType);
  const rule = index < 0 ? undefined : spec.tierRules[index];
  const factors = Object.freeze(Object.fromEntries(values));
  const type = institutionType ?? null;
  const conditions = rule ? conditionTrace(rule.when, factors, type) : Object.freeze([]);
  const tier = rule?.tier ?? spec.defaultTier;
  return deepFreeze({
    tier,
    rule: rule ? index : null,
    conditions,
    factors,
    institutionType: type,
    explanation: {
      nl: explainTier(model, tier, index, conditions, "nl"),
      en: explainTier(model, tier, index, conditions, "en"),
    },
  });
}

/** The tier and why, in words built from the model's labels (cleaned: they come from data). */
function explainTier(
  model: Model,
  tier: string,
  index: number,
  conditions: readonly TierCondition[],
  lang: Lang,
): string {
  const w = explainWords(lang);
  const spec = model.riskProfile;
  const label = (items: readonly { id: string; label: Text }[], id: string): string =>
    cleanText(items.find((item) => item.id === id)?.label[lang] ?? id);
  const tierLabel = label(spec.tiers, tier);
  if (index < 0) return w.defaultTier(tierLabel);
  const rules = spec.tierRules.length;
  if (conditions.length === 0) return w.tierRuleAlways(tierLabel, index + 1, rules);
  const words = describeConditions(conditions, w, {
    factor: (id) => label(spec.factors, id),
    institutionType: (id) => label(spec.institutionTypes, id),
  });
  return w.tierRule(tierLabel, index + 1, rules, words);
}
