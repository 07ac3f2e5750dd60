import { KsmError } from "../../errors.js";
import type { Lang } from "../../issues/messages.js";
import type { Model } from "../../model/modelSchema.js";
import type { ModelRef } from "../../model/primitives.js";

/**
 * Throws unless `model` is the model `ref` points at (same id and version).
 *
 * @param ref - The model reference of the input.
 * @param model - The model passed in the render options.
 * @param what - What the input is, for the message.
 * @throws {KsmError} `model_mismatch` when id or version differ.
 * @example
 * ```ts
 * checkModel(result.modelRef, kennisveiligheid2023, "result"); // throws KsmError "model_mismatch"
 * ```
 */
export function checkModel(ref: ModelRef, model: Model, what: string): void {
  if (ref.id !== model.id || ref.version !== model.version) {
    throw new KsmError(
      "model_mismatch",
      `the ${what} is for ${ref.id}@${ref.version}, the model is ${model.id}@${model.version}`,
    );
  }
}

/**
 * A domain's title in a language, or its id when the model does not have the domain.
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
  return model.domains.find((d) => d.id === id)?.title[lang] ?? id;
}

/**
 * A level's label in a language, e.g. `"Herhaalbaar"`, or the level number when the model has no
 * such level.
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
  return model.levels.find((l) => l.level === level)?.label[lang] ?? String(level);
}
