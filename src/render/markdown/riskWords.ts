import type { Lang } from "../../issues/messages.js";

/** The words of a result's risk-profile section, in one language. Arguments are Markdown. */
export interface RiskWords {
  readonly riskHeader: readonly string[];
  readonly institutionType: (type: string) => string;
  readonly tierRule: (tier: string, rule: number, rules: number, conditions: string) => string;
  readonly defaultTier: (tier: string) => string;
  readonly factorCondition: (factor: string, atLeast: number, value: number) => string;
  readonly sumCondition: (atLeast: number, value: number) => string;
  readonly typeCondition: (allowed: string, value: string) => string;
  readonly and: string;
  readonly or: string;
}

const en: RiskWords = {
  riskHeader: ["Risk factor", "Value"],
  institutionType: (type) => `Institution type: ${type}.`,
  tierRule: (tier, rule, rules, conditions) =>
    `Risk tier **${tier}**, set by tier rule ${rule} of ${rules}: ${conditions}.`,
  defaultTier: (tier) => `Risk tier **${tier}**: the default tier, as no tier rule applies.`,
  factorCondition: (factor, atLeast, value) => `${factor} at least ${atLeast} (value ${value})`,
  sumCondition: (atLeast, value) => `sum of the factors at least ${atLeast} (sum ${value})`,
  typeCondition: (allowed, value) => `institution type ${allowed} (${value})`,
  and: "and",
  or: "or",
};

const nl: RiskWords = {
  riskHeader: ["Risicofactor", "Waarde"],
  institutionType: (type) => `Type instelling: ${type}.`,
  tierRule: (tier, rule, rules, conditions) =>
    `Risiconiveau **${tier}**, vastgesteld door regel ${rule} van ${rules}: ${conditions}.`,
  defaultTier: (tier) =>
    `Risiconiveau **${tier}**: het standaardniveau, want geen enkele regel is van toepassing.`,
  factorCondition: (factor, atLeast, value) => `${factor} minstens ${atLeast} (waarde ${value})`,
  sumCondition: (atLeast, value) => `som van de factoren minstens ${atLeast} (som ${value})`,
  typeCondition: (allowed, value) => `type instelling ${allowed} (${value})`,
  and: "en",
  or: "of",
};

/** The words of the risk-profile section. */
export const riskWords = (lang: Lang): RiskWords => (lang === "nl" ? nl : en);
