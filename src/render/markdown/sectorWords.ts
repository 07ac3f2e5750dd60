import type { Lang } from "../../issues/messages.js";
import type { WithheldReason } from "../../sector/types.js";

/** The words of the sector reports, in one language. Arguments are Markdown already. */
export interface SectorWords {
  readonly viewHeading: (model: string, version: string) => string;
  readonly suppression: (min: number) => string;
  /** The sentence on quartiles; then {@link withheldLegend} lists the marks. */
  readonly quartileNote: (min: number) => string;
  readonly marksIntro: string;
  /** The mark of a withheld cell. */
  readonly mark: Readonly<Record<WithheldReason, string>>;
  /** Why a figure is withheld. */
  readonly because: Readonly<Record<WithheldReason, (min: number) => string>>;
  /** A withheld figure of a shown group: its label and why. */
  readonly withheld: (label: string, why: string) => string;
  readonly labels: Readonly<
    Record<"maturityIndex" | "targetAttainment" | "maturityIndexDelta", string>
  >;
  readonly nothingApplicable: (count: number) => string;
  readonly index: (median: string, q1: string, q3: string) => string;
  readonly attainment: (median: string, q1: string, q3: string) => string;
  readonly levelsNote: (max: number) => string;
  readonly domains: string;
  readonly domainColumn: string;
  readonly indicatorColumn: string;
  readonly indicators: string;
  readonly itemHeader: (id: string, levels: readonly string[]) => string[];
  readonly suppressedCell: string;
  readonly comparisonHeading: (from: string, to: string) => string;
  readonly panelHeading: string;
  readonly panelIntro: string;
  readonly indexChange: (median: string, q1: string, q3: string) => string;
  readonly panelHeader: readonly string[];
  readonly cohortHeading: string;
  readonly cohortIntro: string;
  readonly cohortHeader: readonly string[];
}

const en: SectorWords = {
  viewHeading: (model, version) => `Sector picture: ${model}, version ${version}`,
  suppression: (min) =>
    `Groups and items with fewer than ${min} institutions are suppressed: they show no figures.`,
  quartileNote: (min) => `Every quartile is a mean of at least ${min} institutions, rounded.`,
  marksIntro: "Withheld cells are marked",
  mark: { group: "(g)", secondary: "(s)", size: "(n)" },
  because: {
    group: () => "all institutions but one share the value",
    secondary: () => "it would uncover a withheld figure",
    size: (min) => `fewer than ${min} institutions contribute`,
  },
  withheld: (label, why) => `${label}: withheld (${why}).`,
  labels: {
    maturityIndex: "Maturity index",
    targetAttainment: "Target attainment",
    maturityIndexDelta: "Change of the maturity index",
  },
  nothingApplicable: (count) => `Left out, nothing applicable: ${count}.`,
  index: (median, q1, q3) => `Maturity index: median **${median}** (Q1 ${q1}, Q3 ${q3}).`,
  attainment: (median, q1, q3) => `Target attainment: median **${median}** (Q1 ${q1}, Q3 ${q3}).`,
  levelsNote: (max) =>
    `Columns 0 to ${max}: how many institutions are at each level. Median of the scores; share of the institutions at or above target.`,
  domains: "Domains",
  domainColumn: "Domain",
  indicatorColumn: "Indicator",
  indicators: "Indicators",
  itemHeader: (id, levels) => [id, "Title", "n", ...levels, "Median", "At target"],
  suppressedCell: "suppressed",
  comparisonHeading: (from, to) => `Sector comparison: ${from} → ${to}`,
  panelHeading: "Panel: institutions measured both times",
  panelIntro: "Per domain, how many institutions improved, declined or stayed the same.",
  indexChange: (median, q1, q3) =>
    `Change of the maturity index: median **${median}** (Q1 ${q1}, Q3 ${q3}).`,
  panelHeader: ["Domain", "Title", "n", "Improved", "Declined", "Unchanged", "Not comparable"],
  cohortHeading: "Cohort: medians before and after",
  cohortIntro: "Everyone who took part in each measurement.",
  cohortHeader: [
    "Group",
    "n before",
    "n after",
    "Maturity index before",
    "Maturity index after",
    "Target attainment before",
    "Target attainment after",
  ],
};

const nl: SectorWords = {
  viewHeading: (model, version) => `Sectorbeeld: ${model}, versie ${version}`,
  suppression: (min) =>
    `Groepen en onderdelen met minder dan ${min} instellingen zijn onderdrukt: ze tonen geen cijfers.`,
  quartileNote: (min) =>
    `Elk kwartiel is een gemiddelde over minstens ${min} instellingen, afgerond.`,
  marksIntro: "Niet getoonde cellen zijn gemarkeerd",
  mark: { group: "(g)", secondary: "(s)", size: "(n)" },
  because: {
    group: () => "alle instellingen op één na hebben dezelfde waarde",
    secondary: () => "het zou een weggelaten cijfer blootgeven",
    size: (min) => `minder dan ${min} instellingen dragen bij`,
  },
  withheld: (label, why) => `${label}: niet getoond (${why}).`,
  labels: {
    maturityIndex: "Volwassenheidsindex",
    targetAttainment: "Doelbereik",
    maturityIndexDelta: "Verandering van de volwassenheidsindex",
  },
  nothingApplicable: (count) => `Buiten beschouwing, niets van toepassing: ${count}.`,
  index: (median, q1, q3) => `Volwassenheidsindex: mediaan **${median}** (Q1 ${q1}, Q3 ${q3}).`,
  attainment: (median, q1, q3) => `Doelbereik: mediaan **${median}** (Q1 ${q1}, Q3 ${q3}).`,
  levelsNote: (max) =>
    `Kolommen 0 tot en met ${max}: hoeveel instellingen elk niveau hebben. Mediaan van de scores; aandeel instellingen op of boven hun doelniveau.`,
  domains: "Domeinen",
  domainColumn: "Domein",
  indicatorColumn: "Indicator",
  indicators: "Indicatoren",
  itemHeader: (id, levels) => [id, "Titel", "n", ...levels, "Mediaan", "Op doel"],
  suppressedCell: "onderdrukt",
  comparisonHeading: (from, to) => `Sectorvergelijking: ${from} → ${to}`,
  panelHeading: "Panel: instellingen die beide keren zijn gemeten",
  panelIntro: "Per domein: hoeveel instellingen verbeterden, verslechterden of gelijk bleven.",
  indexChange: (median, q1, q3) =>
    `Verandering van de volwassenheidsindex: mediaan **${median}** (Q1 ${q1}, Q3 ${q3}).`,
  panelHeader: [
    "Domein",
    "Titel",
    "n",
    "Verbeterd",
    "Verslechterd",
    "Gelijk",
    "Niet vergelijkbaar",
  ],
  cohortHeading: "Cohort: medianen voor en na",
  cohortIntro: "Iedereen die aan de betreffende meting deelnam.",
  cohortHeader: [
    "Groep",
    "n voor",
    "n na",
    "Volwassenheidsindex voor",
    "Volwassenheidsindex na",
    "Doelbereik voor",
    "Doelbereik na",
  ],
};

/** The words of the sector reports. */
export const sectorWords = (lang: Lang): SectorWords => (lang === "nl" ? nl : en);

/** The paragraph under a sector report's heading that says what quartiles and marks mean. */
export function withheldLegend(w: SectorWords, min: number): string {
  const reasons = ["group", "secondary", "size"] as const;
  const marks = reasons.map((r) => `${w.mark[r]} ${w.because[r](min)}`).join("; ");
  return `${w.quartileNote(min)} ${w.marksIntro}: ${marks}.`;
}
