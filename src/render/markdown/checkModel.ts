import type { Comparison } from "../../compare/types.js";
import { KsmError } from "../../errors.js";
import type { Model } from "../../model/modelSchema.js";
import type { ModelRef } from "../../model/primitives.js";
import type { Result } from "../../scoring/result.js";
import type { SectorComparison, SectorView } from "../../sector/types.js";
import type { RenderOptions } from "../options.js";

/** Anything a renderer accepts: the four outputs of the library, told apart by `kind`. */
export type RenderInput = Result | Comparison | SectorView | SectorComparison;

/** The model refs of an input: the current (or only) one, and the baseline one of a comparison. */
function refs(input: RenderInput): { current: ModelRef; baseline?: ModelRef } {
  switch (input.kind) {
    case "comparison":
      return { current: input.current.modelRef, baseline: input.baseline.modelRef };
    case "sectorComparison":
      return { current: input.current, baseline: input.baseline };
  }
  return { current: input.modelRef };
}

function check(ref: ModelRef, model: Model, option: string): void {
  // An empty ref comes from a sector view of no results, which fits any model.
  if (ref.id === "" && ref.version === "") return;
  if (ref.id !== model.id || ref.version !== model.version) {
    throw new KsmError(
      "model_mismatch",
      `the input is for ${ref.id}@${ref.version}, options.${option} is ${model.id}@${model.version}`,
    );
  }
}

/**
 * Checks that the options name the models the input was made with. Call it after
 * `checkRenderArgs`, which makes sure the input is of one of the four kinds.
 *
 * @param input - What is rendered.
 * @param options - The render options.
 * @throws {KsmError} `model_mismatch` when `model` (or `baselineModel`) is another model or version.
 */
export function checkModel(input: RenderInput, options: RenderOptions): void {
  const { current, baseline } = refs(input);
  check(current, options.model, "model");
  if (baseline && options.baselineModel) check(baseline, options.baselineModel, "baselineModel");
}
