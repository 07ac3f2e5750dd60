import type { Lang } from "../issues/messages.js";
import type { WarningCode } from "./result.js";

type Params = Readonly<Record<string, string | number>>;
type Render = (p: Params) => string;
const v = (p: Params, key: string): string => String(p[key] ?? "?");

const en: Record<WarningCode, Render> = {
  stale_evidence: (p) =>
    `Evidence for "${v(p, "id")}" dates from ${v(p, "evidencedOn")}, older than ${v(p, "months")} months before ${v(p, "asOf")}.`,
  stale_measurement: (p) =>
    `The measurement of ${v(p, "measuredOn")} is older than ${v(p, "months")} months before ${v(p, "asOf")}.`,
  measured_after_as_of: (p) =>
    `The measurement date ${v(p, "measuredOn")} is after ${v(p, "asOf")}.`,
  incomplete_indicator: (p) =>
    `Indicator "${v(p, "id")}" is incomplete: ${v(p, "answered")} of ${v(p, "applicable")} practices answered; unanswered practices count as not achieved.`,
  unanswered_indicator: (p) =>
    `Indicator "${v(p, "id")}" is not answered; its practices count as not achieved.`,
  nothing_applicable: () => "No indicator is applicable; the overall figures are 0.",
};

const nl: Record<WarningCode, Render> = {
  stale_evidence: (p) =>
    `Bewijs voor "${v(p, "id")}" dateert van ${v(p, "evidencedOn")}, ouder dan ${v(p, "months")} maanden voor ${v(p, "asOf")}.`,
  stale_measurement: (p) =>
    `De meting van ${v(p, "measuredOn")} is ouder dan ${v(p, "months")} maanden voor ${v(p, "asOf")}.`,
  measured_after_as_of: (p) => `De meetdatum ${v(p, "measuredOn")} ligt na ${v(p, "asOf")}.`,
  incomplete_indicator: (p) =>
    `Indicator "${v(p, "id")}" is onvolledig: ${v(p, "answered")} van ${v(p, "applicable")} praktijken beantwoord; onbeantwoorde praktijken tellen als niet bereikt.`,
  unanswered_indicator: (p) =>
    `Indicator "${v(p, "id")}" is niet beantwoord; de praktijken tellen als niet bereikt.`,
  nothing_applicable: () => "Geen enkele indicator is van toepassing; de totaalcijfers zijn 0.",
};

/** Renders a warning's message in a language. */
export function warningMessage(code: WarningCode, params: Params, lang: Lang = "en"): string {
  return (lang === "nl" ? nl : en)[code](params);
}
