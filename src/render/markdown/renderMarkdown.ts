import { checkRenderArgs } from "../checkArgs.js";
import type { RenderOptions } from "../options.js";
import { checkModel, type RenderInput } from "./checkModel.js";
import { comparisonMarkdown } from "./comparisonMarkdown.js";
import { resultMarkdown } from "./resultMarkdown.js";
import { sectorComparisonMarkdown } from "./sectorComparisonMarkdown.js";
import { sectorViewMarkdown } from "./sectorViewMarkdown.js";

const KINDS = ["result", "comparison", "sectorView", "sectorComparison"];

export type { RenderInput } from "./checkModel.js";

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
 * @throws {KsmError} `invalid_argument` for an input of unknown kind.
 * @example
 * ```ts
 * const md = renderMarkdown(result, { lang: "nl", model: kennisveiligheid2025 });
 * md.split("\n")[0]; //=> "# Universiteit Duinhaven (fictief) — 11 april 2025"
 * ```
 */
export function renderMarkdown(input: RenderInput, options: RenderOptions): string {
  checkRenderArgs(input, options, KINDS);
  checkModel(input, options);
  switch (input.kind) {
    case "result":
      return resultMarkdown(input, options);
    case "comparison":
      return comparisonMarkdown(input, options);
    case "sectorView":
      return sectorViewMarkdown(input, options);
  }
  // checkRenderArgs let only the four kinds through: what is left is a sector comparison.
  return sectorComparisonMarkdown(input, options);
}
