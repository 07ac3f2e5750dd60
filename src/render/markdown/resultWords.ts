import type { Lang } from "../../issues/messages.js";

/** The words of a result report, in one language. Arguments are Markdown already. */
export interface ResultWords {
  readonly subtitle: (model: string, version: string, by: "self" | "external") => string;
  readonly asOf: (date: string) => string;
  readonly overall: (level: string, max: number, index: string, attainment: string) => string;
  readonly counts: (atTarget: number, applicable: number, na: number, coverage: string) => string;
  readonly tier: (tier: string) => string;
  readonly capped: (indicator: string, level: number) => string;
  readonly gapsHeading: string;
  readonly gapsIntro: string;
  readonly gapsHeader: readonly string[];
  readonly noGaps: string;
  readonly critical: string;
  readonly noCritical: string;
  readonly criticalItem: (level: string, target: number) => string;
  readonly domainsHeading: string;
  readonly domainsHeader: readonly string[];
  readonly of: (part: number, whole: number) => string;
  readonly indicatorsHeading: string;
  readonly indicatorsHeader: readonly string[];
  readonly blocking: string;
  readonly toLevel: (level: number) => string;
  readonly atLevel: (level: number) => string;
  readonly riskHeading: string;
  readonly warningsHeading: string;
  readonly noWarnings: string;
}

const en: ResultWords = {
  subtitle: (model, version, by) =>
    `${model}, version ${version} · ${by === "self" ? "self-assessment" : "external assessment"}`,
  asOf: (date) => `Valid on ${date}.`,
  overall: (level, max, index, attainment) =>
    `**Overall level ${level}** out of ${max}. Maturity index **${index}**; target attainment **${attainment}**.`,
  counts: (atTarget, applicable, na, coverage) =>
    `${atTarget} of ${applicable} applicable indicators are at target; ${na} not applicable; ${coverage} of the practices answered.`,
  tier: (tier) => `Risk tier **${tier}**.`,
  capped: (indicator, level) =>
    `The overall level is capped at ${level} by critical indicator ${indicator}.`,
  gapsHeading: "Largest gaps",
  gapsIntro: "Ranked by weight × gap: where closing the gap counts most.",
  gapsHeader: ["#", "Indicator", "Title", "Level", "Target", "Weight", "Weight × gap"],
  noGaps: "No gaps: every applicable indicator is at target.",
  critical: "**Critical gaps** (critical indicators below target):",
  noCritical: "**Critical gaps**: none; every critical indicator is at target.",
  criticalItem: (level, target) => `level ${level}, target ${target}`,
  domainsHeading: "Domains",
  domainsHeader: ["Domain", "Title", "Level", "Score", "Target", "Gap", "At target"],
  of: (part, whole) => `${part} of ${whole}`,
  indicatorsHeading: "Indicators per domain",
  indicatorsHeader: [
    "Indicator",
    "Title",
    "Level",
    "Score",
    "Target",
    "Gap",
    "Weight",
    "Critical",
    "Status",
  ],
  blocking: "Blocking practices (keep the indicator from the next level):",
  toLevel: (level) => `to level ${level}`,
  atLevel: (level) => `level ${level}`,
  riskHeading: "Risk profile",
  warningsHeading: "Warnings",
  noWarnings: "No warnings.",
};

const nl: ResultWords = {
  subtitle: (model, version, by) =>
    `${model}, versie ${version} · ${by === "self" ? "zelfevaluatie" : "externe beoordeling"}`,
  asOf: (date) => `Peildatum ${date}.`,
  overall: (level, max, index, attainment) =>
    `**Totaalniveau ${level}** van ${max}. Volwassenheidsindex **${index}**; doelbereik **${attainment}**.`,
  counts: (atTarget, applicable, na, coverage) =>
    `${atTarget} van ${applicable} toepasselijke indicatoren halen hun doelniveau; ${na} niet van toepassing; ${coverage} van de praktijken beantwoord.`,
  tier: (tier) => `Risiconiveau **${tier}**.`,
  capped: (indicator, level) =>
    `Het totaalniveau is begrensd op ${level} door kritieke indicator ${indicator}.`,
  gapsHeading: "Grootste gaten",
  gapsIntro: "Gerangschikt naar gewicht × gat: waar het dichten van het gat het meest telt.",
  gapsHeader: ["#", "Indicator", "Titel", "Niveau", "Doel", "Gewicht", "Gewicht × gat"],
  noGaps: "Geen gaten: elke toepasselijke indicator haalt zijn doelniveau.",
  critical: "**Kritieke gaten** (kritieke indicatoren onder hun doelniveau):",
  noCritical: "**Kritieke gaten**: geen; elke kritieke indicator haalt zijn doelniveau.",
  criticalItem: (level, target) => `niveau ${level}, doel ${target}`,
  domainsHeading: "Domeinen",
  domainsHeader: ["Domein", "Titel", "Niveau", "Score", "Doel", "Gat", "Op doel"],
  of: (part, whole) => `${part} van ${whole}`,
  indicatorsHeading: "Indicatoren per domein",
  indicatorsHeader: [
    "Indicator",
    "Titel",
    "Niveau",
    "Score",
    "Doel",
    "Gat",
    "Gewicht",
    "Kritiek",
    "Status",
  ],
  blocking: "Blokkerende praktijken (houden de indicator van het volgende niveau af):",
  toLevel: (level) => `naar niveau ${level}`,
  atLevel: (level) => `niveau ${level}`,
  riskHeading: "Risicoprofiel",
  warningsHeading: "Waarschuwingen",
  noWarnings: "Geen waarschuwingen.",
};

/** The words of a result report. */
export const resultWords = (lang: Lang): ResultWords => (lang === "nl" ? nl : en);
