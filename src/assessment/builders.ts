import { castDraft, produce } from "immer";
import * as z from "zod";
import { KsmError } from "../errors.js";
import { fromZod } from "../issues/fromZod.js";
import { IdSchema } from "../model/primitives.js";
import { assertParsed, describe } from "../util/guards.js";
import { snapshot } from "../util/snapshot.js";
import { type Answer, AnswerSchema, type Assessment } from "./assessmentSchema.js";

const RiskProfileValues = z.record(z.string(), z.int().min(0).max(10));

/**
 * Returns a new assessment with `answer` set: it replaces the answer for the same practice or
 * indicator, or is appended. The input is untouched; unchanged parts are shared; the result is
 * frozen. Check the result with {@link parseAssessment} before scoring if the answer's ids may be
 * unknown to the model.
 *
 * @param assessment - The assessment to start from.
 * @param answer - A practice answer (`practice`, `code`) or a level answer (`indicator`, `level`).
 * @returns The new assessment.
 * @throws {KsmError} `invalid_answer` when the answer is not well-formed.
 * @example
 * ```ts
 * const next = setAnswer(assessment, { practice: "GOV-01.3a", code: "F" });
 * next === assessment; //=> false
 * ```
 */
export function setAnswer(assessment: Assessment, answer: Answer): Assessment {
  assertParsed(assessment, "answers", "the assessment");
  const clean = cleanAnswer(answer);
  const id = clean.practice ?? clean.indicator;
  return produce(assessment, (draft) => {
    const at = draft.answers.findIndex((a) => (a.practice ?? a.indicator) === id);
    if (at < 0) draft.answers.push(castDraft(clean));
    else draft.answers[at] = castDraft(clean);
  });
}

/**
 * Returns a new assessment without the answer for a practice or indicator (unchanged if there is
 * none). The input is untouched; the result is frozen.
 *
 * @param assessment - The assessment to start from.
 * @param id - The practice or indicator id whose answer to remove.
 * @returns The new assessment.
 * @example
 * ```ts
 * removeAnswer(assessment, "GOV-01.3a").answers.some((a) => a.practice === "GOV-01.3a"); //=> false
 * ```
 */
export function removeAnswer(assessment: Assessment, id: string): Assessment {
  assertParsed(assessment, "answers", "the assessment");
  if (typeof id !== "string")
    throw new KsmError("invalid_argument", `the id must be a string, got ${describe(id)}`);
  return produce(assessment, (draft) => {
    const at = draft.answers.findIndex((a) => (a.practice ?? a.indicator) === id);
    if (at >= 0) draft.answers.splice(at, 1);
  });
}

/**
 * Returns a new assessment with new risk-factor values (and, if given, institution type). The
 * input is untouched; the result is frozen.
 *
 * @param assessment - The assessment to start from.
 * @param riskProfile - A value for each risk factor, e.g. `{ "export-controlled": 2, … }`.
 * @param institutionType - The institution type, when it changes.
 * @returns The new assessment.
 * @throws {KsmError} `invalid_argument` when a value is not an integer 0..10.
 * @example
 * ```ts
 * setRiskProfile(assessment, { ...assessment.riskProfile, "export-controlled": 3 }).riskProfile["export-controlled"]; //=> 3
 * ```
 */
export function setRiskProfile(
  assessment: Assessment,
  riskProfile: Readonly<Record<string, number>>,
  institutionType?: string,
): Assessment {
  assertParsed(assessment, "answers", "the assessment");
  const copy = snapshot(riskProfile);
  const parsed = RiskProfileValues.safeParse(copy.value);
  if (copy.issues.length > 0 || !parsed.success) {
    const issues =
      copy.issues.length > 0 ? copy.issues : fromZod(parsed.error?.issues ?? [], copy.value);
    throw new KsmError("invalid_argument", "risk-profile values must be integers 0..10", issues);
  }
  if (
    institutionType !== undefined &&
    // Only a string reaches zod, which reads other values (a revoked proxy throws).
    (typeof institutionType !== "string" || !IdSchema.safeParse(institutionType).success)
  ) {
    throw new KsmError(
      "invalid_argument",
      `${describe(institutionType)} is not a valid institution type id`,
    );
  }
  return produce(assessment, (draft) => {
    draft.riskProfile = parsed.data;
    if (institutionType !== undefined) draft.institution.type = institutionType;
  });
}

function cleanAnswer(answer: Answer): Answer {
  const copy = snapshot(answer);
  const parsed = AnswerSchema.safeParse(copy.value);
  if (copy.issues.length > 0 || !parsed.success) {
    const issues =
      copy.issues.length > 0 ? copy.issues : fromZod(parsed.error?.issues ?? [], copy.value);
    throw new KsmError("invalid_answer", "the answer is not well-formed", issues);
  }
  const clean = parsed.data as Answer;
  if ((clean.practice === undefined) === (clean.indicator === undefined)) {
    throw new KsmError(
      "invalid_answer",
      'an answer names exactly one of "practice" or "indicator"',
    );
  }
  return clean;
}
