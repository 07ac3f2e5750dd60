import type { Lang } from "../../issues/messages.js";
import type { Model } from "../../model/modelSchema.js";
import type { Result } from "../../scoring/result.js";
import { formatNumber } from "../format.js";
import { escapeMarkdown as esc } from "./escape.js";
import { markdownTable } from "./table.js";

const WORDS = {
  en: {
    heading: "By tag (main concern)",
    intro:
      "Each indicator counts under its first tag, its main concern. Mean of the scores of the applicable indicators, unweighted.",
    header: ["Tag", "Label", "Indicators", "Applicable", "At target", "Mean score"],
  },
  nl: {
    heading: "Per tag (hoofdzorg)",
    intro:
      "Elke indicator telt onder zijn eerste tag, zijn hoofdzorg. Gemiddelde van de scores van de indicatoren die van toepassing zijn, ongewogen.",
    header: ["Tag", "Label", "Indicatoren", "Van toepassing", "Op doel", "Gemiddelde score"],
  },
} as const;

/** What one tag's row counts. */
interface Tally {
  indicators: number;
  applicable: number;
  atTarget: number;
  sum: number;
}

/**
 * The result grouped by the model's tags: per tag, the indicators whose main concern (first tag)
 * it is, how many are applicable and at target, and their mean score. Generic: the tags and
 * their labels come from the model; a model without tags gives no section.
 *
 * @param result - The result.
 * @param model - The model it was scored with.
 * @param lang - The language.
 * @returns The heading, a sentence and the table; or nothing.
 */
export function tagSection(result: Result, model: Model, lang: Lang): string[] {
  const tags = model.tags ?? [];
  if (tags.length === 0) return [];
  const tally = new Map<string, Tally>(
    tags.map((t) => [t.id, { indicators: 0, applicable: 0, atTarget: 0, sum: 0 }]),
  );
  for (const i of result.indicators) {
    // An indicator without tags counts nowhere; a first tag is always one of the model's.
    const t = tally.get(i.tags[0] as string);
    if (t === undefined) continue;
    t.indicators++;
    if (i.score === null) continue;
    t.applicable++;
    t.sum += i.score;
    if (i.gap === 0) t.atTarget++;
  }
  const w = WORDS[lang];
  const rows = tags.map((tag) => {
    const t = tally.get(tag.id) as Tally;
    return [
      esc(tag.id),
      esc(tag.label[lang]),
      String(t.indicators),
      String(t.applicable),
      String(t.atTarget),
      t.applicable === 0 ? "–" : formatNumber(t.sum / t.applicable, lang),
    ];
  });
  return [`## ${w.heading}`, w.intro, markdownTable(w.header, rows, "llrrrr")];
}
