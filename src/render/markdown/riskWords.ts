import type { Lang } from "../../issues/messages.js";
import { type ExplainWords, explainWords } from "../../scoring/explainWords.js";

/**
 * The words of a result's risk-profile section, in one language. Arguments are Markdown. The
 * sentences about tiers and targets are the ones `deriveRiskTier` explains a tier with.
 */
export interface RiskWords extends ExplainWords {
  readonly riskHeader: readonly string[];
  readonly institutionType: (type: string) => string;
  readonly raisedTargets: (count: number) => string;
}

const en: RiskWords = {
  ...explainWords("en"),
  riskHeader: ["Risk factor", "Value"],
  institutionType: (type) => `Institution type: ${type}.`,
  raisedTargets: (count) =>
    count === 1
      ? "A target rule raised the target of 1 indicator above its tier's target:"
      : `Target rules raised the targets of ${count} indicators above their tier's targets:`,
};

const nl: RiskWords = {
  ...explainWords("nl"),
  riskHeader: ["Risicofactor", "Waarde"],
  institutionType: (type) => `Type instelling: ${type}.`,
  raisedTargets: (count) =>
    count === 1
      ? "Een doelregel verhoogde het doelniveau van 1 indicator boven dat van het risiconiveau:"
      : `Doelregels verhoogden het doelniveau van ${count} indicatoren boven dat van het risiconiveau:`,
};

/** The words of the risk-profile section. */
export const riskWords = (lang: Lang): RiskWords => (lang === "nl" ? nl : en);
