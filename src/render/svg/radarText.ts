import type { Comparison } from "../../compare/types.js";
import type { Lang } from "../../issues/messages.js";
import type { Model } from "../../model/modelSchema.js";
import type { Result } from "../../scoring/result.js";
import { formatDate, formatNumber } from "../format.js";
import type { Heading } from "./document.js";
import { chartText } from "./modelText.js";
import type { Series } from "./radarSeries.js";
import { chartWords } from "./words.js";

/**
 * The heading of a radar: the institution, and the measurement date(s) with the model version(s).
 *
 * @param input - The result or comparison.
 * @param model - The (current) model.
 * @param lang - The language.
 * @returns Title and subtitle.
 * @example
 * ```ts
 * radarHeading(result, kennisveiligheid2025, "en").subtitle;
 * //=> "11 April 2025 · Knowledge-security maturity model (research institutions), version 2025.1"
 * ```
 */
export function radarHeading(input: Result | Comparison, model: Model, lang: Lang): Heading {
  const words = chartWords(lang);
  const name = chartText(input.institution.name ?? input.institution.id);
  const when =
    input.kind === "result"
      ? formatDate(input.measuredOn, lang)
      : `${formatDate(input.baseline.measuredOn, lang)} → ${formatDate(input.current.measuredOn, lang)}`;
  const version =
    input.kind === "result" || input.baseline.modelRef.version === model.version
      ? model.version
      : `${input.baseline.modelRef.version} → ${model.version}`;
  return {
    title: `${name}: ${words.radarTitle.toLowerCase()}`,
    subtitle: `${when} · ${chartText(model.title[lang])}, ${words.version} ${chartText(version)}`,
  };
}

/**
 * The text alternative of a radar: what the chart shows, how each series is drawn, and every
 * domain's values in words, e.g. `"Risk analysis: current 2.18, target 3.19."`; a domain with a
 * note (e.g. new in this model) gives the note instead.
 *
 * @param heading - The chart's heading, repeated as the first sentence.
 * @param titles - The domain titles, in axis order.
 * @param notes - Per domain, why it has no value, or `null`.
 * @param series - The series, in legend order.
 * @param max - The highest level.
 * @param lang - The language.
 * @returns The description.
 * @example
 * ```ts
 * radarDesc(heading, ["Governance", "Risk", "HR"], [null, null, "new"], series, 5, "en");
 * //=> "Duinhaven: maturity per domain, 11 April 2025 …. Radar chart of 3 domains … HR: new. …"
 * ```
 */
export function radarDesc(
  heading: Heading,
  titles: readonly string[],
  notes: readonly (string | null)[],
  series: readonly Series[],
  max: number,
  lang: Lang,
): string {
  const words = chartWords(lang);
  const value = (v: number | null): string => (v === null ? words.noValue : formatNumber(v, lang));
  const legend = series.map((s) => `${s.label}, ${words.seriesStyle[s.key]}`).join("; ");
  const perDomain = titles.map((title, i) => {
    const values = series.map((s) => `${words[s.key].toLowerCase()} ${value(s.values[i] ?? null)}`);
    return `${title}: ${notes[i] ?? values.join(", ")}.`;
  });
  const gaps = series.some((s) => s.values.includes(null)) ? [words.gapNote] : [];
  return [
    `${heading.title}, ${heading.subtitle}.`,
    words.radarDesc(titles.length, max),
    `${words.series}: ${legend}.`,
    ...perDomain,
    ...gaps,
  ].join(" ");
}
