import type { Lang } from "../../issues/messages.js";
import type { Model } from "../../model/modelSchema.js";
import { cleanText } from "../../util/cleanText.js";

/**
 * The most characters of one text from data (a title, a name) a chart carries. A chart shows a
 * few dozen of them on its lines; its `<title>` and `<desc>` repeat the text in full up to this
 * length, so a 20,000-character title does not make a chart of megabytes.
 */
export const MAX_CHART_TEXT = 1_000;

/**
 * Text from data as a chart uses it: cleaned of control and bidirectional characters
 * (`cleanText`), and cut with `…` after `max` characters (never inside a surrogate pair).
 *
 * @param text - Any text, e.g. a domain title.
 * @param max - The most characters to keep; default {@link MAX_CHART_TEXT}.
 * @returns The text to lay out and to repeat in the chart's description.
 * @example
 * ```ts
 * chartText("Risk\u202E analysis"); //=> "Risk analysis"
 * ```
 */
export function chartText(text: string, max = MAX_CHART_TEXT): string {
  const clean = cleanText(text);
  if (clean.length <= max) return clean;
  const low = clean.charCodeAt(max);
  const end = low >= 0xdc00 && low <= 0xdfff ? max - 1 : max;
  return `${clean.slice(0, end).trimEnd()}…`;
}

/**
 * A domain's title in a language (as {@link chartText}), or its id when the model does not have
 * the domain.
 *
 * @param model - The model.
 * @param id - The domain id.
 * @param lang - The language.
 * @returns The title.
 * @example
 * ```ts
 * domainTitle(kennisveiligheid2025, "GOV", "nl"); //=> "Bestuur en governance"
 * ```
 */
export function domainTitle(model: Model, id: string, lang: Lang): string {
  return chartText(model.domains.find((d) => d.id === id)?.title[lang] ?? id);
}

/**
 * A level's label in a language (as {@link chartText}), e.g. `"Herhaalbaar"`, or the level number
 * when the model has no such level.
 *
 * @param model - The model.
 * @param level - The level number.
 * @param lang - The language.
 * @returns The label.
 * @example
 * ```ts
 * levelLabel(kennisveiligheid2025, 2, "en"); //=> "Repeatable"
 * ```
 */
export function levelLabel(model: Model, level: number, lang: Lang): string {
  return chartText(model.levels.find((l) => l.level === level)?.label[lang] ?? String(level));
}
