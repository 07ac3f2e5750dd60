import type { Lang } from "../issues/messages.js";
import type { TierCondition } from "./result.js";

/**
 * The words that explain a tier and a raised target, in one language. Arguments are text in the
 * caller's format: plain text for a result's explanation, escaped Markdown (a tier in bold) for a
 * report, so both say the same thing.
 */
export interface ExplainWords {
  readonly tierRule: (tier: string, rule: number, rules: number, conditions: string) => string;
  readonly tierRuleAlways: (tier: string, rule: number, rules: number) => string;
  readonly defaultTier: (tier: string) => string;
  readonly targetRule: (
    target: number,
    tierTarget: number,
    rule: number,
    rules: number,
    conditions: string,
  ) => string;
  readonly factorCondition: (factor: string, atLeast: number, value: number) => string;
  readonly sumCondition: (atLeast: number, value: number) => string;
  readonly typeCondition: (allowed: string, value: string) => string;
  readonly and: string;
  readonly or: string;
}

const en: ExplainWords = {
  tierRule: (tier, rule, rules, conditions) =>
    `Risk tier ${tier}, set by tier rule ${rule} of ${rules}: ${conditions}.`,
  tierRuleAlways: (tier, rule, rules) =>
    `Risk tier ${tier}, set by tier rule ${rule} of ${rules}, which always applies.`,
  defaultTier: (tier) => `Risk tier ${tier}: the default tier, as no tier rule applies.`,
  targetRule: (target, tierTarget, rule, rules, conditions) =>
    `target ${target} instead of ${tierTarget}, raised by target rule ${rule} of ${rules}${conditions ? `: ${conditions}` : ", which always applies"}.`,
  factorCondition: (factor, atLeast, value) => `${factor} at least ${atLeast} (value ${value})`,
  sumCondition: (atLeast, value) => `sum of the factors at least ${atLeast} (sum ${value})`,
  typeCondition: (allowed, value) => `institution type ${allowed} (${value})`,
  and: "and",
  or: "or",
};

const nl: ExplainWords = {
  tierRule: (tier, rule, rules, conditions) =>
    `Risiconiveau ${tier}, vastgesteld door regel ${rule} van ${rules}: ${conditions}.`,
  tierRuleAlways: (tier, rule, rules) =>
    `Risiconiveau ${tier}, vastgesteld door regel ${rule} van ${rules}, die altijd geldt.`,
  defaultTier: (tier) =>
    `Risiconiveau ${tier}: het standaardniveau, want geen enkele regel is van toepassing.`,
  targetRule: (target, tierTarget, rule, rules, conditions) =>
    `doelniveau ${target} in plaats van ${tierTarget}, verhoogd door doelregel ${rule} van ${rules}${conditions ? `: ${conditions}` : ", die altijd geldt"}.`,
  factorCondition: (factor, atLeast, value) => `${factor} minstens ${atLeast} (waarde ${value})`,
  sumCondition: (atLeast, value) => `som van de factoren minstens ${atLeast} (som ${value})`,
  typeCondition: (allowed, value) => `type instelling ${allowed} (${value})`,
  and: "en",
  or: "of",
};

/**
 * The words that explain tiers and targets.
 *
 * @param lang - The language.
 * @returns The words.
 */
export const explainWords = (lang: Lang): ExplainWords => (lang === "nl" ? nl : en);

/** How the explanation names factors and institution types (plain labels, or escaped Markdown). */
export interface ConditionNames {
  readonly factor: (id: string) => string;
  readonly institutionType: (id: string) => string;
}

/**
 * The conditions of a rule that held, in words, joined by "and".
 *
 * @param conditions - The conditions with the values they were checked against.
 * @param w - The words of one language.
 * @param names - How to name factors and institution types.
 * @returns The words; empty for a rule without conditions.
 */
export function describeConditions(
  conditions: readonly TierCondition[],
  w: ExplainWords,
  names: ConditionNames,
): string {
  return conditions.map((c) => describeCondition(c, w, names)).join(` ${w.and} `);
}

function describeCondition(c: TierCondition, w: ExplainWords, names: ConditionNames): string {
  switch (c.kind) {
    case "factor":
      return w.factorCondition(names.factor(c.factor), c.atLeast, c.value);
    case "sum":
      return w.sumCondition(c.atLeast, c.value);
    case "institutionType": {
      const allowed = c.allowed.map(names.institutionType).join(` ${w.or} `);
      return w.typeCondition(allowed, names.institutionType(c.value));
    }
  }
}
