import { checkRenderArgs, type RenderInput } from "../checkArgs.js";
import type { RenderOptions } from "../options.js";
import { comparisonMarkdown } from "./comparisonMarkdown.js";
import { resultMarkdown } from "./resultMarkdown.js";
import { sectorComparisonMarkdown } from "./sectorComparisonMarkdown.js";
import { sectorViewMarkdown } from "./sectorViewMarkdown.js";

const KINDS = ["result", "comparison", "sectorView", "sectorComparison"] as const;

export type { RenderInput } from "../checkArgs.js";

/**
 * Renders a result, comparison, sector view or sector comparison as a Markdown report in Dutch or
 * English, for a board memo. Every report leads with the answer (overall level and gaps; change;
 * the sector's quartiles), then the details in tables, and closes with the model versions used.
 * Numbers have two decimals (a decimal comma in Dutch), shares are percentages and dates are long
 * (date-fns locales). Text from data is escaped. Sector reports never name an institution. Pure:
 * the same input and options always give the same string.
 *
 * @param input - What to render; its `kind` says which report.
 * @param options - The language, the model the input was made with (for a comparison the current
 *   model) and, for comparisons across versions, the baseline model.
 * @returns The Markdown text, ending with a line break.
 * @throws {KsmError} `model_mismatch` when `options.model` (or `options.baselineModel`) is not the
 *   model version of the input.
 * @throws {KsmError} `invalid_argument` for an input of unknown kind, or one (read back from JSON)
 *   with a field missing, of the wrong type or out of range, or an id the model does not have; for
 *   options that are not as documented; for a revoked proxy or a throwing getter anywhere in the
 *   arguments. Its `issues` hold one issue whose path names the value (see `checkRenderArgs`).
 * @example
 * ```ts
 * const md = renderMarkdown(result, { lang: "nl", model: kennisveiligheid2025 });
 * md.split("\n")[0]; //=> "# Universiteit Duinhaven (fictief) — 11 april 2025"
 * ```
 */
export function renderMarkdown(input: RenderInput, options: RenderOptions): string {
  // From here on only the checked copy is read: what was checked is what is rendered.
  const checked = checkRenderArgs(input, options, KINDS);
  const value = checked.input;
  switch (value.kind) {
    case "result":
      return resultMarkdown(value, checked.options);
    case "comparison":
      return comparisonMarkdown(value, checked.options);
    case "sectorView":
      return sectorViewMarkdown(value, checked.options);
  }
  return sectorComparisonMarkdown(value, checked.options);
}
