import type { Lang } from "../../issues/messages.js";
import type { Model } from "../../model/modelSchema.js";
import type { ModelRef } from "../../model/primitives.js";
import { formatDate } from "../format.js";
import { escapeMarkdown } from "./escape.js";
import { commonWords } from "./words.js";

/**
 * One model a report was made with: `model` adds the release date; `role` (e.g. "baseline" or
 * "current", for reports that use two models) is required when the model may be missing, so every
 * model is named with at least one note.
 */
export type ModelUsed =
  | { readonly ref: ModelRef; readonly model: Model; readonly role?: string }
  | { readonly ref: ModelRef; readonly model: Model | undefined; readonly role: string };

const words = {
  en: { one: "Produced with model", two: "Produced with models", and: "and" },
  nl: { one: "Gemaakt met model", two: "Gemaakt met de modellen", and: "en" },
} as const;

/**
 * The closing paragraph of every report: a rule, which model versions produced it (id, version,
 * release date), and the fixed sentence that the model is not an official instrument.
 *
 * @param lang - The language.
 * @param used - The models, in the order to name them: one, or two different versions.
 * @returns The closing Markdown, starting with a horizontal rule.
 * @example
 * ```ts
 * closing("en", [{ ref: { id: "kennisveiligheid", version: "2025.1" }, model }]);
 * //=> "---\n\nProduced with model kennisveiligheid 2025.1 (released 1 June 2025). The model is …"
 * ```
 */
export function closing(lang: Lang, used: readonly ModelUsed[]): string {
  const w = words[lang];
  const names = used.map(({ ref, model, role }) => {
    const notes = [
      ...(role ? [role] : []),
      ...(model ? [commonWords(lang).released(formatDate(model.releasedOn, lang))] : []),
    ];
    return `${escapeMarkdown(`${ref.id} ${ref.version}`)} (${notes.join(", ")})`;
  });
  const list =
    names.length > 1 ? `${names.slice(0, -1).join(", ")} ${w.and} ${names.at(-1)}` : names[0];
  const lead = names.length > 1 ? w.two : w.one;
  return `---\n\n${lead} ${list}. ${commonWords(lang).disclaimer(names.length)}`;
}
