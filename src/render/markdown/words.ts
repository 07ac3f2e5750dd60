import type { ChangeStatus, RowMapping } from "../../compare/types.js";
import type { Lang } from "../../issues/messages.js";
import type { IndicatorStatus } from "../../scoring/result.js";
import type { Suppression } from "../../sector/types.js";
import type { Labels } from "./labels.js";

/** Words every Markdown report shares, in one language. */
export interface CommonWords {
  readonly indicatorStatus: Record<IndicatorStatus, string>;
  readonly changeStatus: Record<ChangeStatus, string>;
  readonly mapping: Record<RowMapping, string>;
  readonly yes: string;
  readonly released: (date: string) => string;
  /** Fixed on purpose: never taken from a model, which anyone can write. */
  readonly disclaimer: (models: number) => string;
  readonly allInstitutions: string;
  readonly unknownType: string;
  readonly suppressed: (reason: Exclude<Suppression, null>, min: number) => string;
  readonly noInstitution: string;
}

const en: CommonWords = {
  indicatorStatus: {
    scored: "scored",
    incomplete: "incomplete",
    notApplicable: "not applicable",
    unanswered: "not answered",
  },
  changeStatus: {
    improved: "improved",
    declined: "declined",
    unchanged: "unchanged",
    new: "new",
    retired: "retired",
    notComparable: "not comparable",
  },
  mapping: {
    identity: "same id",
    same: "same",
    split: "split",
    merge: "merged",
    added: "added",
    retired: "retired",
  },
  yes: "yes",
  released: (date) => `released ${date}`,
  disclaimer: (models) =>
    `${models > 1 ? "The models are" : "The model is"} derived from public documents; ${models > 1 ? "they are" : "it is"} not an official instrument of the government or the sector.`,
  allInstitutions: "All institutions",
  unknownType: "Type unknown",
  suppressed: (reason, min) =>
    reason === "size"
      ? `suppressed (fewer than ${min} institutions)`
      : "suppressed (so that a smaller group cannot be derived from the others)",
  noInstitution: "No single institution is shown: every figure describes a group.",
};

const nl: CommonWords = {
  indicatorStatus: {
    scored: "beoordeeld",
    incomplete: "onvolledig",
    notApplicable: "niet van toepassing",
    unanswered: "niet beantwoord",
  },
  changeStatus: {
    improved: "verbeterd",
    declined: "verslechterd",
    unchanged: "gelijk",
    new: "nieuw",
    retired: "vervallen",
    notComparable: "niet vergelijkbaar",
  },
  mapping: {
    identity: "zelfde id",
    same: "gelijk",
    split: "gesplitst",
    merge: "samengevoegd",
    added: "toegevoegd",
    retired: "vervallen",
  },
  yes: "ja",
  released: (date) => `uitgebracht ${date}`,
  disclaimer: (models) =>
    `${models > 1 ? "De modellen zijn" : "Het model is"} afgeleid uit openbare documenten; ${models > 1 ? "ze zijn" : "het is"} geen officieel instrument van de overheid of de sector.`,
  allInstitutions: "Alle instellingen",
  unknownType: "Type onbekend",
  suppressed: (reason, min) =>
    reason === "size"
      ? `onderdrukt (minder dan ${min} instellingen)`
      : "onderdrukt (zodat een kleinere groep niet uit de andere af te leiden is)",
  noInstitution: "Geen enkele instelling is afzonderlijk te zien: elk cijfer beschrijft een groep.",
};

/** The shared words of a language. */
export const commonWords = (lang: Lang): CommonWords => (lang === "nl" ? nl : en);

/**
 * The heading of a sector group: all institutions, an unknown type, the institution type's label,
 * or else the key itself. Plain text: escape it.
 */
export function groupLabel(key: string, grouped: boolean, labels: Labels, w: CommonWords): string {
  if (!grouped) return w.allInstitutions;
  if (key === "unknown") return w.unknownType;
  return labels.institutionType(key) ?? key;
}
