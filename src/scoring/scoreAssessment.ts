import { formatISO } from "date-fns/formatISO";
import { parseISO } from "date-fns/parseISO";
import { subMonths } from "date-fns/subMonths";
import type { Answer, Assessment } from "../assessment/assessmentSchema.js";
import { KsmError } from "../errors.js";
import type { Model } from "../model/modelSchema.js";
import { IsoDateSchema } from "../model/primitives.js";
import { deepFreeze } from "../util/deepFreeze.js";
import { assertParsed, describe, optionsObject, readParsed } from "../util/guards.js";
import { aggregateDomains, aggregateOverall } from "./aggregate.js";
import { deriveRiskTier } from "./deriveRiskTier.js";
import type { IndicatorResult, Result, Warning, WarningCode } from "./result.js";
import { scoreIndicator, scoringContext } from "./scoreIndicator.js";
import { warningMessage } from "./warnings.js";

/** Options for {@link scoreAssessment}. */
export interface ScoreOptions {
  /**
   * The date the result is valid on, for stale-evidence warnings: an ISO date string or a `Date`.
   * Default: the assessment's `measuredOn`.
   */
  readonly asOf?: string | Date;
}

/**
 * Scores a parsed assessment against its model: levels and scores per indicator by the model's
 * level rule, the risk tier with weights and targets, gaps, domain and overall figures, and
 * warnings. Pure: the same inputs always give the same, deep-frozen result.
 *
 * @param model - The parsed model.
 * @param assessment - An assessment from {@link parseAssessment} for this model version.
 * @param options - `asOf`, the date the result is valid on.
 * @returns The result, every number with its trace.
 * @throws {KsmError} `model_mismatch` for an assessment of another model or version,
 *   `not_parsed` for a value that did not come from `parseModel` / `parseAssessment` (also one
 *   frozen by hand with a field missing or a revoked proxy inside), `invalid_argument` for
 *   options that are not an object or an impossible `asOf`.
 * @example
 * ```ts
 * const result = scoreAssessment(model, assessment, { asOf: "2025-06-30" });
 * result.overall.maturityIndex; //=> 2.4
 * ```
 */
export function scoreAssessment(
  model: Model,
  assessment: Assessment,
  options: ScoreOptions = {},
): Result {
  assertParsed(model, "domains", "the model");
  assertParsed(assessment, "answers", "the assessment");
  const { asOf } = optionsObject(options);
  // The guards check the top of both values; scoring reads all of them.
  return readParsed("the model or the assessment", () => score(model, assessment, asOf));
}

function score(model: Model, assessment: Assessment, asOfOption: unknown): Result {
  const ref = assessment.modelRef;
  if (ref.id !== model.id || ref.version !== model.version) {
    throw new KsmError(
      "model_mismatch",
      `the assessment is for ${ref.id}@${ref.version}, the model is ${model.id}@${model.version}`,
    );
  }
  const asOf = toIsoDate(asOfOption ?? assessment.measuredOn);
  const answers = new Map<string, Answer>();
  for (let i = 0; i < assessment.answers.length; i++) {
    const a = assessment.answers[i];
    // A hand-frozen array may have holes; parseAssessment never leaves one.
    if (a) answers.set(answerId(a), a);
  }
  const context = scoringContext(model, answers);
  const tier = deriveRiskTier(model, assessment.riskProfile, assessment.institution.type);
  const warnings: Warning[] = [];
  const warn = (code: WarningCode, path: Warning["path"], params: Warning["params"]): void => {
    warnings.push({ code, path, message: warningMessage(code, params), params });
  };

  const indicators: IndicatorResult[] = [];
  for (const domain of model.domains) {
    for (const indicator of domain.indicators) {
      const r = scoreIndicator(context, domain, indicator, tier);
      indicators.push(r);
      if (r.status === "incomplete") {
        warn("incomplete_indicator", ["indicators", indicators.length - 1], {
          id: r.id,
          answered: r.items.answered,
          applicable: r.items.applicable,
        });
      } else if (r.status === "unanswered") {
        warn("unanswered_indicator", ["indicators", indicators.length - 1], { id: r.id });
      }
    }
  }
  if (context.matched !== answers.size) {
    throw new KsmError("not_parsed", "the assessment answers ids the model does not have");
  }
  const overall = aggregateOverall(indicators, context.maxLevel);
  if (overall.applicable === 0) warn("nothing_applicable", [], {});
  dateWarnings(model, assessment, asOf, warn);

  const { name, type } = assessment.institution;
  return deepFreeze({
    kind: "result" as const,
    modelRef: { id: model.id, version: model.version },
    institution: {
      id: assessment.institution.id,
      ...(name === undefined ? {} : { name }),
      ...(type === undefined ? {} : { type }),
    },
    measuredOn: assessment.measuredOn,
    assessedBy: assessment.assessedBy,
    asOf,
    maxLevel: context.maxLevel,
    riskProfile: tier,
    indicators,
    domains: aggregateDomains(model, indicators, context.maxLevel),
    overall,
    warnings,
  });
}

/**
 * The practice or indicator an answer is for; `""` for an answer with neither (not from
 * parseAssessment), which matches no id of the model and so is refused as `not_parsed`.
 */
function answerId(a: Answer): string {
  return a.practice ?? a.indicator ?? "";
}

function dateWarnings(
  model: Model,
  assessment: Assessment,
  asOf: string,
  warn: (code: WarningCode, path: Warning["path"], params: Warning["params"]) => void,
): void {
  // ISO dates (YYYY-MM-DD) compare correctly as strings; date-fns does the calendar arithmetic.
  const measuredOn = assessment.measuredOn;
  if (measuredOn > asOf) warn("measured_after_as_of", ["measuredOn"], { measuredOn, asOf });
  const months = model.evidenceValidityMonths;
  if (months === undefined) return;
  const threshold = formatISO(subMonths(parseISO(asOf), months), { representation: "date" });
  if (measuredOn < threshold)
    warn("stale_measurement", ["measuredOn"], { measuredOn, months, asOf });
  for (let i = 0; i < assessment.answers.length; i++) {
    const a = assessment.answers[i];
    if (a?.evidencedOn !== undefined && a.evidencedOn < threshold) {
      warn("stale_evidence", ["answers", i, "evidencedOn"], {
        id: answerId(a),
        evidencedOn: a.evidencedOn,
        months,
        asOf,
      });
    }
  }
}

/**
 * The calendar date of `asOf`, independent of the machine's time zone: a string is read as the
 * `YYYY-MM-DD` it starts with, a `Date` by its UTC date.
 */
function toIsoDate(value: unknown): string {
  let iso = "";
  if (typeof value === "string") {
    if (isIsoStart(value)) iso = value.slice(0, 10);
  } else {
    try {
      if (value instanceof Date) {
        const time = value.getTime();
        if (!Number.isNaN(time)) iso = new Date(time).toISOString().slice(0, 10);
      }
    } catch {
      // A Date look-alike whose methods throw, or a revoked proxy (instanceof throws for it).
    }
  }
  if (!IsoDateSchema.safeParse(iso).success) {
    throw new KsmError("invalid_argument", `asOf must be a real ISO date, got ${describe(value)}`);
  }
  return iso;
}

/** `2025-03-01`, or a full ISO date-time such as `2025-03-01T23:30:00Z`. */
function isIsoStart(value: string): boolean {
  return value.length === 10 || (value[10] === "T" && !Number.isNaN(Date.parse(value)));
}
