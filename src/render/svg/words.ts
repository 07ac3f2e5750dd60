import type { Lang } from "../../issues/messages.js";

/** The fixed words of the SVG charts, per language. */
export interface ChartWords {
  readonly current: string;
  readonly baseline: string;
  readonly target: string;
  readonly noValue: string;
  readonly notApplicable: string;
  readonly newDomain: string;
  readonly version: string;
  readonly series: string;
  readonly radarTitle: string;
  readonly radarDesc: (domains: number, max: number) => string;
  readonly seriesStyle: Readonly<Record<"current" | "baseline" | "target", string>>;
  readonly gapNote: string;
  readonly heatmapTitle: string;
  readonly heatmapDesc: (domains: number, max: number) => string;
  readonly allInstitutions: string;
  readonly unknownType: string;
  readonly level: string;
  readonly share: string;
  readonly suppressed: (min: number) => string;
  readonly suppressedSecondary: (min: number) => string;
  readonly suppressedGroup: string;
  readonly suppressedNote: string;
  /** A shown group's domain whose level distribution is withheld: all but one share a level. */
  readonly withheldGroup: string;
  /** A shown group's domain whose level distribution is withheld against differencing. */
  readonly withheldSecondary: string;
  readonly minGroupSize: (min: number) => string;
}

const en: ChartWords = {
  current: "Current",
  baseline: "Baseline",
  target: "Target",
  noValue: "no value",
  notApplicable: "not applicable",
  newDomain: "new",
  version: "version",
  series: "Series",
  radarTitle: "Maturity per domain",
  radarDesc: (d, max) => `Radar chart of ${d} domains on a scale from 0 to ${max}.`,
  seriesStyle: {
    current: "solid line with circles",
    baseline: "dotted line with squares",
    target: "dashed line with diamonds",
  },
  gapNote:
    "A domain without a value (not applicable, or not comparable) has no point: its line has a gap.",
  heatmapTitle: "Institutions per maturity level and domain",
  heatmapDesc: (d, max) =>
    `Heatmap of ${d} domains by maturity level 0 to ${max}: the number of institutions at each level.`,
  allInstitutions: "All institutions",
  unknownType: "Type not given",
  level: "level",
  share: "Share of the domain's institutions",
  suppressed: (min) => `suppressed (n < ${min})`,
  suppressedSecondary: (min) => `suppressed (protects a group with n < ${min})`,
  suppressedGroup: "suppressed",
  suppressedNote: "Suppressed rows show no numbers.",
  withheldGroup: "withheld (all institutions but one at one level)",
  withheldSecondary: "withheld (would uncover a withheld figure)",
  minGroupSize: (min) => `groups and rows with fewer than ${min} institutions are suppressed`,
};

const nl: ChartWords = {
  current: "Huidig",
  baseline: "Nulmeting",
  target: "Doel",
  noValue: "geen waarde",
  notApplicable: "niet van toepassing",
  newDomain: "nieuw",
  version: "versie",
  series: "Reeksen",
  radarTitle: "Volwassenheid per domein",
  radarDesc: (d, max) => `Radardiagram van ${d} domeinen op een schaal van 0 tot ${max}.`,
  seriesStyle: {
    current: "doorgetrokken lijn met rondjes",
    baseline: "gestippelde lijn met vierkantjes",
    target: "gestreepte lijn met ruitjes",
  },
  gapNote:
    "Een domein zonder waarde (niet van toepassing, of niet vergelijkbaar) heeft geen punt: de lijn is daar onderbroken.",
  heatmapTitle: "Instellingen per volwassenheidsniveau en domein",
  heatmapDesc: (d, max) =>
    `Heatmap van ${d} domeinen naar volwassenheidsniveau 0 tot ${max}: het aantal instellingen op elk niveau.`,
  allInstitutions: "Alle instellingen",
  unknownType: "Type niet opgegeven",
  level: "niveau",
  share: "Deel van de instellingen van het domein",
  suppressed: (min) => `onderdrukt (n < ${min})`,
  suppressedSecondary: (min) => `onderdrukt (beschermt een groep met n < ${min})`,
  suppressedGroup: "onderdrukt",
  suppressedNote: "Onderdrukte rijen tonen geen getallen.",
  withheldGroup: "niet getoond (alle instellingen op één na op één niveau)",
  withheldSecondary: "niet getoond (zou een weggelaten cijfer blootgeven)",
  minGroupSize: (min) => `groepen en rijen met minder dan ${min} instellingen zijn onderdrukt`,
};

/**
 * The fixed words of the charts in a language.
 *
 * @param lang - The language.
 * @returns The words.
 * @example
 * ```ts
 * chartWords("nl").baseline; //=> "Nulmeting"
 * ```
 */
export function chartWords(lang: Lang): ChartWords {
  return lang === "nl" ? nl : en;
}
