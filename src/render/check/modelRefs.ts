import { KsmError } from "../../errors.js";
import { cleanText } from "../../util/cleanText.js";
import { isEmptyRef } from "./checkSector.js";
import type { ModelFacts } from "./modelFacts.js";
import type { Fields } from "./reader.js";

/**
 * The facts of the baseline side: the given baseline model (which the ref must name), the current
 * model when the ref names it, or `null` when the baseline is of another version and no baseline
 * model was given.
 *
 * @param ref - The baseline's model ref in the input.
 * @param current - The facts of `options.model`.
 * @param given - The facts of `options.baselineModel`, or `null` when it was not given.
 * @returns The facts to check the baseline side with, or `null`.
 * @throws {KsmError} `model_mismatch` when `given` is not the model the ref names.
 * @example
 * ```ts
 * baselineFacts(ref2023, facts2025, facts2023); //=> facts2023
 * ```
 */
export function baselineFacts(
  ref: Fields,
  current: ModelFacts,
  given: ModelFacts | null,
): ModelFacts | null {
  if (given !== null) {
    sameModel(ref, given, "baselineModel", true);
    return given;
  }
  return ref.str("id") === current.id && ref.str("version") === current.version ? current : null;
}

/**
 * Throws `model_mismatch` unless a model ref of the input names the model of an option. The empty
 * ref of a sector output made from no results fits any model, where `emptyFits`.
 *
 * @param ref - The model ref in the input.
 * @param facts - The facts of the option's model.
 * @param option - The option's name, for the message.
 * @param emptyFits - Whether the empty ref fits.
 * @throws {KsmError} `model_mismatch` when the ref names another model or version.
 * @example
 * ```ts
 * sameModel(ref2025, facts2023, "model"); // throws KsmError model_mismatch
 * ```
 */
export function sameModel(ref: Fields, facts: ModelFacts, option: string, emptyFits = false): void {
  const id = ref.str("id");
  const version = ref.str("version");
  if (emptyFits && isEmptyRef(ref)) return;
  if (id === facts.id && version === facts.version) return;
  throw new KsmError(
    "model_mismatch",
    `the input is for ${cleanText(`${id}@${version}`)}, options.${option} is ${cleanText(`${facts.id}@${facts.version}`)}`,
  );
}
