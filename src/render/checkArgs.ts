import { KsmError } from "../errors.js";
import { describe } from "../util/guards.js";

const hasDomains = (model: unknown): boolean =>
  typeof model === "object" &&
  model !== null &&
  Array.isArray((model as { domains?: unknown }).domains);

/**
 * Checks a renderer's arguments before anything reads them: an input of one of `kinds` (an output
 * of the library, possibly read back from JSON) and options with `lang` nl or en and models.
 * Throws `KsmError` (`invalid_argument`) instead of letting a `TypeError` escape.
 */
export function checkRenderArgs(input: unknown, options: unknown, kinds: readonly string[]): void {
  if (typeof options !== "object" || options === null) {
    throw new KsmError("invalid_argument", `options must be an object, got ${describe(options)}`);
  }
  const { lang, model, baselineModel } = options as Record<string, unknown>;
  if (lang !== "nl" && lang !== "en") {
    throw new KsmError(
      "invalid_argument",
      `options.lang must be "nl" or "en", got ${describe(lang)}`,
    );
  }
  if (!hasDomains(model) || (baselineModel !== undefined && !hasDomains(baselineModel))) {
    throw new KsmError(
      "invalid_argument",
      "options.model (and baselineModel) must be models from parseModel",
    );
  }
  const kind =
    typeof input === "object" && input !== null ? (input as { kind?: unknown }).kind : undefined;
  if (typeof kind !== "string" || !kinds.includes(kind)) {
    throw new KsmError(
      "invalid_argument",
      `cannot render ${describe(input)}: pass ${kinds.map((k) => `a ${k}`).join(" or ")}`,
    );
  }
  // Results and sector views carry the model's highest level, which sizes the level columns: one
  // read back from edited JSON must not make a renderer build an array of a billion levels.
  if (kind === "result" || kind === "sectorView") {
    const { maxLevel } = input as { maxLevel?: unknown };
    if (!Number.isInteger(maxLevel) || (maxLevel as number) < 0 || (maxLevel as number) > 10) {
      throw new KsmError(
        "invalid_argument",
        `input.maxLevel must be a model's highest level, an integer from 0 to 10, got ${describe(maxLevel)}`,
      );
    }
  }
}
