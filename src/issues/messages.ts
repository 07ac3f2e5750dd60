import { cleanText } from "../util/cleanText.js";
import { ownValue } from "../util/own.js";
import type { IssueCode, IssueParams } from "./issue.js";

/** A language the library renders text in. */
export type Lang = "nl" | "en";

type Render = (p: IssueParams) => string;

/**
 * A parameter as text; `?` when it is missing or not a string, number or boolean. Params may come
 * from a deserialized or forged issue: nothing of theirs is called (an object's `toString` may
 * throw or lie), and only own properties count.
 */
function v(p: IssueParams, key: string): string {
  const value: unknown = ownValue(p, key);
  const type = typeof value;
  return type === "string" || type === "number" || type === "boolean" ? String(value) : "?";
}
/** The unit of a limit (`characters`, `items`), or "" when there is none. */
const unitOf = (p: IssueParams): string => (v(p, "unit") === "?" ? "" : v(p, "unit"));
const unit = (p: IssueParams): string => (unitOf(p) ? ` ${unitOf(p)}` : "");
const units: Readonly<Record<string, string>> = { characters: "tekens", items: "elementen" };
const eenheid = (p: IssueParams): string =>
  unitOf(p) ? ` ${ownValue(units, unitOf(p)) ?? unitOf(p)}` : "";

const en: Record<IssueCode, Render> = {
  not_json: (p) => `Not plain JSON data: ${v(p, "reason")}.`,
  forbidden_key: (p) => `Key "${v(p, "key")}" is not allowed.`,
  required: () => "Required field is missing.",
  invalid_type: (p) => `Expected ${v(p, "expected")}, received ${v(p, "received")}.`,
  invalid_value: (p) => `Invalid value; expected ${v(p, "expected")}.`,
  invalid_format: (p) => `Invalid format; expected ${v(p, "format")}.`,
  invalid_key: (p) => `Invalid key "${v(p, "key")}".`,
  too_small: (p) =>
    `Too small: ${p.inclusive === "no" ? "more than" : "at least"} ${v(p, "minimum")}${unit(p)}.`,
  too_big: (p) =>
    `Too big: ${p.inclusive === "no" ? "less than" : "at most"} ${v(p, "maximum")}${unit(p)}.`,
  unknown_key: (p) => `Unknown field "${v(p, "key")}".`,
  duplicate_id: (p) => `Id "${v(p, "id")}" is already used at ${v(p, "first")}.`,
  unknown_source: (p) => `Unknown source "${v(p, "id")}".`,
  unknown_factor: (p) => `Unknown risk factor "${v(p, "id")}".`,
  unknown_factor_value: (p) => `Risk factor "${v(p, "factor")}" has no value ${v(p, "value")}.`,
  unknown_tier: (p) => `Unknown risk tier "${v(p, "id")}".`,
  unknown_institution_type: (p) => `Unknown institution type "${v(p, "id")}".`,
  unknown_indicator: (p) => `Unknown indicator "${v(p, "id")}".`,
  unknown_answer_code: (p) =>
    `Unknown answer code "${v(p, "id")}"; expected one of ${v(p, "expected")}.`,
  levels_not_contiguous: (p) =>
    `Levels must run 0..max in order; expected level ${v(p, "expected")}.`,
  factor_values_not_contiguous: (p) =>
    `Factor values must run 0..max in order; expected ${v(p, "expected")}.`,
  answer_scale_not_ordered: (p) =>
    `Answer code "${v(p, "id")}" must have a higher value than the one before.`,
  answer_values_too_close: (p) =>
    `Answer code "${v(p, "id")}" must be at least ${v(p, "minimum")} above "${v(p, "previous")}".`,
  reserved_code: () => `"NA" is reserved for not applicable.`,
  reserved_id: (p) =>
    `Institution type "${v(p, "id")}" is reserved: sector views use it as a group key.`,
  level_out_of_range: (p) => `Level ${v(p, "level")} is outside 0..${v(p, "max")}.`,
  level_not_covered: (p) => `No practice for level ${v(p, "level")}.`,
  practices_not_allowed: () => "A level-rated indicator has no practices.",
  missing_target: (p) => `No target for tier "${v(p, "tier")}".`,
  weight_too_big: (p) =>
    `Indicator "${v(p, "id")}" can weigh ${v(p, "weight")} with all its risk multipliers; at most ${v(p, "maximum")}.`,
  targets_not_monotone: (p) =>
    `Target for tier "${v(p, "tier")}" is lower than for "${v(p, "lower")}".`,
  dependency_cycle: (p) => `Dependency cycle: ${v(p, "cycle")}.`,
  tier_rules_not_monotone: (p) =>
    `Raising a factor lowers the tier: ${v(p, "from")} gives "${v(p, "fromTier")}", ${v(p, "to")} gives "${v(p, "toTier")}".`,
  tier_rules_too_complex: (p) =>
    `${v(p, "combinations")} combinations of factor values and institution types; at most ${v(p, "maximum")} can be verified.`,
  tier_rules_unordered: (p) =>
    `${p.at === "defaultTier" ? `The default tier "${v(p, "tier")}" is above` : `${v(p, "at")} gives "${v(p, "tier")}", above`} "${v(p, "afterTier")}" of ${v(p, "after")}${p.type ? ` for type "${v(p, "type")}"` : ""}: list the tier rules from the highest tier down, the default tier lowest (in another order, ${v(p, "combinations")} combinations are too many to check; at most ${v(p, "maximum")}).`,
  unknown_tag: (p) => `Unknown tag "${v(p, "id")}".`,
  duplicate_tag: (p) => `Tag "${v(p, "id")}" is already listed at ${v(p, "first")}.`,
  crosswalk_model_mismatch: (p) =>
    `Expected model ${v(p, "expected")}, the crosswalk names ${v(p, "received")}.`,
  crosswalk_unaccounted: (p) =>
    `Indicator "${v(p, "id")}" of ${v(p, "model")} is not accounted for.`,
  crosswalk_duplicate: (p) =>
    `Indicator "${v(p, "id")}" of ${v(p, "model")} is accounted for more than once.`,
  crosswalk_id_reused: (p) =>
    `Id "${v(p, "id")}" continues from another indicator than itself (${v(p, "first")}); ids are never reused.`,
  model_mismatch: (p) => `Expected model ${v(p, "expected")}, received ${v(p, "received")}.`,
  unknown_practice: (p) => `Unknown practice "${v(p, "id")}".`,
  answer_target_ambiguous: () => `An answer names exactly one of "practice" or "indicator".`,
  duplicate_answer: (p) => `"${v(p, "id")}" is already answered at ${v(p, "first")}.`,
  rating_mismatch: (p) => `Indicator "${v(p, "id")}" is rated by ${v(p, "rating")}.`,
  not_applicable_not_allowed: (p) => `Indicator "${v(p, "id")}" cannot be declared not applicable.`,
  rationale_required: () => `"NA" needs a rationale.`,
  missing_factor: (p) => `No value for risk factor "${v(p, "id")}".`,
};

const nl: Record<IssueCode, Render> = {
  not_json: (p) => `Geen gewone JSON-gegevens: ${v(p, "reason")}.`,
  forbidden_key: (p) => `Sleutel "${v(p, "key")}" is niet toegestaan.`,
  required: () => "Verplicht veld ontbreekt.",
  invalid_type: (p) => `Verwacht ${v(p, "expected")}, ontvangen ${v(p, "received")}.`,
  invalid_value: (p) => `Ongeldige waarde; verwacht ${v(p, "expected")}.`,
  invalid_format: (p) => `Ongeldig formaat; verwacht ${v(p, "format")}.`,
  invalid_key: (p) => `Ongeldige sleutel "${v(p, "key")}".`,
  too_small: (p) =>
    `Te klein: ${p.inclusive === "no" ? "meer dan" : "minstens"} ${v(p, "minimum")}${eenheid(p)}.`,
  too_big: (p) =>
    `Te groot: ${p.inclusive === "no" ? "minder dan" : "hoogstens"} ${v(p, "maximum")}${eenheid(p)}.`,
  unknown_key: (p) => `Onbekend veld "${v(p, "key")}".`,
  duplicate_id: (p) => `Id "${v(p, "id")}" is al gebruikt bij ${v(p, "first")}.`,
  unknown_source: (p) => `Onbekende bron "${v(p, "id")}".`,
  unknown_factor: (p) => `Onbekende risicofactor "${v(p, "id")}".`,
  unknown_factor_value: (p) =>
    `Risicofactor "${v(p, "factor")}" kent geen waarde ${v(p, "value")}.`,
  unknown_tier: (p) => `Onbekend risiconiveau "${v(p, "id")}".`,
  unknown_institution_type: (p) => `Onbekend type instelling "${v(p, "id")}".`,
  unknown_indicator: (p) => `Onbekende indicator "${v(p, "id")}".`,
  unknown_answer_code: (p) =>
    `Onbekende antwoordcode "${v(p, "id")}"; verwacht een van ${v(p, "expected")}.`,
  levels_not_contiguous: (p) =>
    `Niveaus lopen van 0 tot max zonder gaten; verwacht niveau ${v(p, "expected")}.`,
  factor_values_not_contiguous: (p) =>
    `Factorwaarden lopen van 0 tot max zonder gaten; verwacht ${v(p, "expected")}.`,
  answer_scale_not_ordered: (p) =>
    `Antwoordcode "${v(p, "id")}" moet een hogere waarde hebben dan de vorige.`,
  answer_values_too_close: (p) =>
    `Antwoordcode "${v(p, "id")}" moet minstens ${v(p, "minimum")} hoger liggen dan "${v(p, "previous")}".`,
  reserved_code: () => `"NA" is gereserveerd voor niet van toepassing.`,
  reserved_id: (p) =>
    `Instellingstype "${v(p, "id")}" is gereserveerd: sectoroverzichten gebruiken het als groepssleutel.`,
  level_out_of_range: (p) => `Niveau ${v(p, "level")} ligt buiten 0..${v(p, "max")}.`,
  level_not_covered: (p) => `Geen praktijk voor niveau ${v(p, "level")}.`,
  practices_not_allowed: () =>
    "Een indicator die op niveau wordt beoordeeld heeft geen praktijken.",
  missing_target: (p) => `Geen doelniveau voor risiconiveau "${v(p, "tier")}".`,
  weight_too_big: (p) =>
    `Indicator "${v(p, "id")}" kan met al zijn risicovermenigvuldigers ${v(p, "weight")} wegen; hoogstens ${v(p, "maximum")}.`,
  targets_not_monotone: (p) =>
    `Doelniveau voor "${v(p, "tier")}" is lager dan voor "${v(p, "lower")}".`,
  dependency_cycle: (p) => `Kringafhankelijkheid: ${v(p, "cycle")}.`,
  tier_rules_not_monotone: (p) =>
    `Een hogere factor verlaagt het risiconiveau: ${v(p, "from")} geeft "${v(p, "fromTier")}", ${v(p, "to")} geeft "${v(p, "toTier")}".`,
  tier_rules_too_complex: (p) =>
    `${v(p, "combinations")} combinaties van factorwaarden en typen instelling; hoogstens ${v(p, "maximum")} zijn te controleren.`,
  tier_rules_unordered: (p) =>
    `${p.at === "defaultTier" ? `Het standaardniveau "${v(p, "tier")}" ligt boven` : `${v(p, "at")} geeft "${v(p, "tier")}", boven`} "${v(p, "afterTier")}" van ${v(p, "after")}${p.type ? ` voor type "${v(p, "type")}"` : ""}: zet de regels van het hoogste risiconiveau naar beneden, het standaardniveau als laagste (in een andere volgorde zijn ${v(p, "combinations")} combinaties te veel om te controleren; hoogstens ${v(p, "maximum")}).`,
  unknown_tag: (p) => `Onbekende tag "${v(p, "id")}".`,
  duplicate_tag: (p) => `Tag "${v(p, "id")}" staat al bij ${v(p, "first")}.`,
  crosswalk_model_mismatch: (p) =>
    `Verwacht model ${v(p, "expected")}, de crosswalk noemt ${v(p, "received")}.`,
  crosswalk_unaccounted: (p) =>
    `Indicator "${v(p, "id")}" van ${v(p, "model")} ontbreekt in de crosswalk.`,
  crosswalk_duplicate: (p) =>
    `Indicator "${v(p, "id")}" van ${v(p, "model")} staat meer dan eens in de crosswalk.`,
  crosswalk_id_reused: (p) =>
    `Id "${v(p, "id")}" volgt uit een andere indicator dan zichzelf (${v(p, "first")}); ids worden nooit hergebruikt.`,
  model_mismatch: (p) => `Verwacht model ${v(p, "expected")}, ontvangen ${v(p, "received")}.`,
  unknown_practice: (p) => `Onbekende praktijk "${v(p, "id")}".`,
  answer_target_ambiguous: () => `Een antwoord noemt precies één van "practice" of "indicator".`,
  duplicate_answer: (p) => `"${v(p, "id")}" is al beantwoord bij ${v(p, "first")}.`,
  rating_mismatch: (p) => `Indicator "${v(p, "id")}" wordt beoordeeld via ${v(p, "rating")}.`,
  not_applicable_not_allowed: (p) =>
    `Indicator "${v(p, "id")}" kan niet als niet van toepassing gelden.`,
  rationale_required: () => `"NA" vraagt een onderbouwing.`,
  missing_factor: (p) => `Geen waarde voor risicofactor "${v(p, "id")}".`,
};

const tables: Record<Lang, Record<IssueCode, Render>> = { en, nl };

/**
 * Renders the message of an issue code in a language. Text from data in the params (ids, keys) is
 * cleaned with `cleanText`, so a message never carries control or bidirectional characters.
 */
export function issueMessage(code: IssueCode, params: IssueParams, lang: Lang = "en"): string {
  const table = tables[lang === "nl" ? "nl" : "en"];
  // Codes may come from outside (issues built or deserialized by a caller): look them up safely.
  // Only a string: Object.hasOwn would call an object's toString, which may throw.
  const render = typeof code === "string" ? ownValue<Render>(table, code) : undefined;
  return render
    ? cleanText(render(typeof params === "object" && params !== null ? params : {}))
    : "";
}
