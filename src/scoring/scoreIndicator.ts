import type { Answer } from "../assessment/assessmentSchema.js";
import { KsmError } from "../errors.js";
import { type CompiledModel, compiledModel } from "../model/compiledModel.js";
import type { Domain, Indicator, LevelRule, Model } from "../model/modelSchema.js";
import {
  indicatorLevel,
  NOT_APPLICABLE,
  type PracticeValue,
  UNANSWERED,
} from "./indicatorLevel.js";
import type { IndicatorResult, IndicatorStatus, TierDerivation } from "./result.js";
import { indicatorTarget } from "./targets.js";
import { indicatorWeight } from "./weights.js";

/** What scoring needs from the model and the assessment, looked up once per call. */
export interface ScoringContext {
  /** The answers by practice or indicator id. */
  readonly answers: ReadonlyMap<string, Answer>;
  readonly codes: ReadonlyMap<string, number>;
  readonly levelRule: LevelRule;
  readonly maxLevel: number;
  readonly achieved: number;
  readonly top: number;
  /** The model's compiled target rules, by indicator (computed once per model). */
  readonly targetRules: CompiledModel["targetRules"];
  /** How many answers were used; fewer than given means ids the model does not have. */
  matched: number;
}

/** Builds the context for one `scoreAssessment` call. */
export function scoringContext(model: Model, answers: ReadonlyMap<string, Answer>): ScoringContext {
  const scale = model.answerScale;
  const codes = new Map<string, number>();
  // parseModel makes sure `achievedFrom` is a code of the scale; its top is the last code.
  let achieved = 1;
  let top = 1;
  for (const c of scale.codes) {
    codes.set(c.code, c.value);
    if (c.code === scale.achievedFrom) achieved = c.value;
    top = c.value;
  }
  return {
    answers,
    codes,
    levelRule: model.levelRule,
    maxLevel: model.levels.length - 1,
    achieved,
    top,
    targetRules: compiledModel(model).targetRules,
    matched: 0,
  };
}

/** Scores one indicator: status, level, score, blocking practices, target, gap and weight. */
export function scoreIndicator(
  context: ScoringContext,
  domain: Domain,
  indicator: Indicator,
  tier: TierDerivation,
): IndicatorResult {
  const { target, trace } = indicatorTarget(indicator, context.targetRules.get(indicator), tier);
  const outcome =
    indicator.rating === "level" ? byLevel(context, indicator) : byPractices(context, indicator);
  const applicable = outcome.status !== "notApplicable";
  // One literal with every field: object spreads here cost more than the scoring itself. Frozen
  // here, with its parts, so freezing the whole result does not walk into it again.
  return Object.freeze({
    id: indicator.id,
    domain: domain.id,
    status: outcome.status,
    level: applicable ? outcome.level : null,
    score: applicable ? outcome.score : null,
    target,
    targetTrace: trace,
    gap: applicable ? Math.max(0, target - outcome.level) : null,
    weight: indicatorWeight(indicator, tier.factors, tier.institutionType),
    critical: indicator.critical === true,
    tags: indicator.tags ?? NONE,
    blocking: Object.freeze(outcome.blocking),
    items: Object.freeze(outcome.items),
  });
}

interface Outcome {
  status: IndicatorStatus;
  level: number;
  score: number;
  blocking: readonly string[];
  items: { applicable: number; answered: number };
}

const NONE: readonly string[] = Object.freeze([]);

/** The outcome of an indicator with no level to compute: not applicable or unanswered. */
function nothing(status: "notApplicable" | "unanswered", applicable: 0 | 1): Outcome {
  return { status, level: 0, score: 0, blocking: NONE, items: { applicable, answered: 0 } };
}

function notParsed(indicator: Indicator, why: string): never {
  throw new KsmError(
    "not_parsed",
    `indicator "${indicator.id}": ${why}; check the assessment with parseAssessment`,
  );
}

function checkNotApplicable(indicator: Indicator, rationale: string | undefined): void {
  if (!indicator.notApplicable?.allowed)
    notParsed(indicator, "NA where the model does not allow it");
  if ((rationale ?? "").trim() === "") notParsed(indicator, "NA without a rationale");
}

function byLevel(context: ScoringContext, indicator: Indicator): Outcome {
  const answer = context.answers.get(indicator.id);
  if (answer) {
    context.matched++;
    // Builders do not know the model: catch here what parseAssessment would have reported.
    if (answer.practice !== undefined || (answer.code !== undefined && answer.code !== "NA")) {
      notParsed(indicator, "a level-rated indicator is answered with a practice code");
    }
    if (answer.level !== undefined && answer.level > context.maxLevel) {
      notParsed(indicator, `level ${answer.level} is above the model's highest level`);
    }
    if (answer.code === "NA") checkNotApplicable(indicator, answer.rationale);
  }
  if (answer?.code === "NA") return nothing("notApplicable", 0);
  if (answer?.level === undefined) return nothing("unanswered", 1);
  return {
    status: "scored",
    level: answer.level,
    score: answer.level,
    blocking: NONE,
    items: { applicable: 1, answered: 1 },
  };
}

function byPractices(context: ScoringContext, indicator: Indicator): Outcome {
  const practices: PracticeValue[] = [];
  let applicable = 0;
  let answered = 0;
  for (const practice of indicator.practices ?? []) {
    const answer = context.answers.get(practice.id);
    let value = UNANSWERED;
    if (answer !== undefined) {
      context.matched++;
      if (answer.code === "NA") {
        checkNotApplicable(indicator, answer.rationale);
        value = NOT_APPLICABLE;
      } else if (answer.code !== undefined) {
        const found = context.codes.get(answer.code);
        if (found === undefined)
          throw new KsmError("not_parsed", `unknown answer code "${answer.code}"`);
        value = found;
        answered++;
      }
    }
    if (value !== NOT_APPLICABLE) applicable++;
    practices.push({ id: practice.id, level: practice.level, value });
  }
  if (applicable === 0) return nothing("notApplicable", 0);
  const { level, score, blocking } = indicatorLevel(
    context.levelRule,
    practices,
    context.maxLevel,
    context.achieved,
    context.top,
  );
  const status: IndicatorStatus =
    answered === 0 ? "unanswered" : answered < applicable ? "incomplete" : "scored";
  return { status, level, score, blocking, items: { applicable, answered } };
}
