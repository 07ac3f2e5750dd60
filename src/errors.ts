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
 * - `mixed_models`: results of different model versions aggregated together.
 * - `duplicate_institution`: an institution appears more than once in one sector set.
 */
export type KsmErrorCode =
  | "model_mismatch"
  | "not_parsed"
  | "invalid_argument"
  | "invalid_answer"
  | "crosswalk_required"
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

  constructor(code: KsmErrorCode, message: string, issues: readonly Issue[] = []) {
    super(`[${code}] ${message}`);
    this.name = "KsmError";
    this.code = code;
    this.issues = issues;
  }
}
