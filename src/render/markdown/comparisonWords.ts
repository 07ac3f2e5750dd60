import type { Lang } from "../../issues/messages.js";

/** The words of a comparison report, in one language. Arguments are Markdown already. */
export interface ComparisonWords {
  readonly index: (from: string, to: string, delta: string, months: number, pace: string) => string;
  readonly attainment: (from: string, to: string) => string;
  readonly tier: (from: string, to: string) => string;
  readonly sameTier: (tier: string) => string;
  readonly counts: (parts: string) => string;
  readonly compatibility: (share: string) => string;
  readonly improvedHeading: string;
  readonly declinedHeading: string;
  readonly changeHeader: readonly string[];
  readonly none: string;
  readonly newHeading: string;
  readonly retiredHeading: string;
  readonly domainsHeading: string;
  readonly domainsHeader: readonly string[];
  readonly indicatorsHeading: string;
  readonly indicatorsHeader: readonly string[];
  readonly baseline: string;
  readonly current: string;
}

const en: ComparisonWords = {
  index: (from, to, delta, months, pace) =>
    `Maturity index **${from} → ${to}** (**${delta}** in ${months} months; ${pace} per year).`,
  attainment: (from, to) => `Target attainment **${from} → ${to}**.`,
  tier: (from, to) => `Risk tier ${from} → ${to}.`,
  sameTier: (tier) => `Risk tier ${tier}.`,
  counts: (parts) => `Indicators: ${parts}.`,
  compatibility: (share) => `${share} of the indicators are in both measurements.`,
  improvedHeading: "Most improved",
  declinedHeading: "Most declined",
  changeHeader: ["Indicator", "Title", "Score change"],
  none: "None.",
  newHeading: "New indicators",
  retiredHeading: "Retired indicators",
  domainsHeading: "Domains",
  domainsHeader: [
    "Domain",
    "Title",
    "n",
    "Baseline level",
    "Baseline score",
    "Current level",
    "Current score",
    "Δ score",
    "Status",
    "Progress to target",
  ],
  indicatorsHeading: "Indicators",
  indicatorsHeader: [
    "Indicator",
    "Title",
    "Mapping",
    "From",
    "Baseline level",
    "Baseline score",
    "Current level",
    "Current score",
    "Δ level",
    "Δ score",
    "Status",
    "Progress to target",
  ],
  baseline: "baseline",
  current: "current",
};

const nl: ComparisonWords = {
  index: (from, to, delta, months, pace) =>
    `Volwassenheidsindex **${from} → ${to}** (**${delta}** in ${months} maanden; ${pace} per jaar).`,
  attainment: (from, to) => `Doelbereik **${from} → ${to}**.`,
  tier: (from, to) => `Risiconiveau ${from} → ${to}.`,
  sameTier: (tier) => `Risiconiveau ${tier}.`,
  counts: (parts) => `Indicatoren: ${parts}.`,
  compatibility: (share) => `${share} van de indicatoren komt in beide metingen voor.`,
  improvedHeading: "Meest verbeterd",
  declinedHeading: "Meest verslechterd",
  changeHeader: ["Indicator", "Titel", "Verandering score"],
  none: "Geen.",
  newHeading: "Nieuwe indicatoren",
  retiredHeading: "Vervallen indicatoren",
  domainsHeading: "Domeinen",
  domainsHeader: [
    "Domein",
    "Titel",
    "n",
    "Niveau nulmeting",
    "Score nulmeting",
    "Niveau nu",
    "Score nu",
    "Δ score",
    "Status",
    "Voortgang naar doel",
  ],
  indicatorsHeading: "Indicatoren",
  indicatorsHeader: [
    "Indicator",
    "Titel",
    "Koppeling",
    "Van",
    "Niveau nulmeting",
    "Score nulmeting",
    "Niveau nu",
    "Score nu",
    "Δ niveau",
    "Δ score",
    "Status",
    "Voortgang naar doel",
  ],
  baseline: "nulmeting",
  current: "huidige meting",
};

/** The words of a comparison report. */
export const comparisonWords = (lang: Lang): ComparisonWords => (lang === "nl" ? nl : en);
