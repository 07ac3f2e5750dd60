import type { Issue } from "./issues/issue.js";

/**
 * Codes of {@link KsmError}, thrown only for programmer misuse (bad data is returned as issues):
 *
 * - `model_mismatch`: an assessment, result or crosswalk belongs to another model or version.
 * - `not_parsed`: a value did not come from the matching `parse*` function (not frozen, or it
 *   refers to ids the model does not have).
 * - `invalid_argument`: an option or argument is invalid (e.g. an impossible `asOf` date).
 * - `invalid_answer`: a builder was given an answer that is not well-formed.
 * - `crosswalk_required`: results of different model versions compared without a crosswalk.
 * - `crosswalk_mismatch`: a crosswalk that does not account for the indicators of the two results
 *   it compares exactly once (e.g. one parsed without its models, with mappings missing); the
 *   error's `issues` say which, with the codes `parseCrosswalk` gives.
 * - `institution_mismatch`: results of two different institutions compared, without the option
 *   that declares a deliberate relabelling (e.g. a merger).
 * - `mixed_models`: results of different model versions aggregated together.
 * - `duplicate_institution`: an institution appears more than once in one sector set.
 */
export type KsmErrorCode =
  | "model_mismatch"
  | "not_parsed"
  | "invalid_argument"
  | "invalid_answer"
  | "crosswalk_required"
  | "crosswalk_mismatch"
  | "institution_mismatch"
  | "mixed_models"
  | "duplicate_institution";

/**
 * The one error type the library throws, for misuse only; `code` says what went wrong.
 *
 * @example
 * ```ts
 * try { scoreAssessment(model2025, assessmentFor2023) } catch (e) {
 *   if (e instanceof KsmError) e.code; //=> "model_mismatch"
 * }
 * ```
 */
export class KsmError extends Error {
  /** What went wrong, see {@link KsmErrorCode}. */
  readonly code: KsmErrorCode;
  /** Issues behind the error, when there are any (e.g. for `invalid_answer`). */
  readonly issues: readonly Issue[];

  /**
   * @param code - What went wrong.
   * @param message - What went wrong, in words (prefixed with the code).
   * @param issues - The issues behind the error, if any.
   * @param options - `cause`: the error that led to this one, kept for debugging.
   */
  constructor(
    code: KsmErrorCode,
    message: string,
    issues: readonly Issue[] = [],
    options: { readonly cause?: unknown } = {},
  ) {
    super(`[${code}] ${message}`, "cause" in options ? { cause: options.cause } : undefined);
    this.name = "KsmError";
    this.code = code;
    this.issues = issues;
  }
}
