import type { Assessment } from "../assessment/assessmentSchema.js";
import { KsmError } from "../errors.js";
import type { Domain, Indicator, LevelRule, Model } from "../model/modelSchema.js";
import { indicatorLevel, NOT_APPLICABLE, UNANSWERED } from "./indicatorLevel.js";
import type { IndicatorResult, IndicatorStatus, TierDerivation } from "./result.js";
import { indicatorWeight } from "./weights.js";

/** What scoring needs from the model and the assessment, looked up once per call. */
export interface ScoringContext {
  readonly assessment: Assessment;
  /** Answer position by practice or indicator id. */
  readonly answers: ReadonlyMap<string, number>;
  readonly codes: ReadonlyMap<string, number>;
  readonly levelRule: LevelRule;
  readonly maxLevel: number;
  readonly achieved: number;
  readonly top: number;
  /** How many answers were used; fewer than given means ids the model does not have. */
  matched: number;
}

/** Builds the context for one `scoreAssessment` call. */
export function scoringContext(
  model: Model,
  assessment: Assessment,
  answers: ReadonlyMap<string, number>,
): ScoringContext {
  const scale = model.answerScale;
  const codes = new Map(scale.codes.map((c) => [c.code, c.value]));
  return {
    assessment,
    answers,
    codes,
    levelRule: model.levelRule,
    maxLevel: model.levels.length - 1,
    achieved: codes.get(scale.achievedFrom) ?? 1,
    top: scale.codes[scale.codes.length - 1]?.value ?? 1,
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
  const targets = indicator.targets as Readonly<Record<string, number>>;
  const target = Object.hasOwn(targets, tier.tier) ? (targets[tier.tier] ?? 0) : 0;
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
    gap: applicable ? Math.max(0, target - outcome.level) : null,
    weight: indicatorWeight(indicator, tier.factors),
    critical: indicator.critical === true,
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
  const at = context.answers.get(indicator.id);
  const answer = at === undefined ? undefined : context.assessment.answers[at];
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
  const practices = indicator.practices ?? [];
  const ids: string[] = [];
  const levels: number[] = [];
  const values: number[] = [];
  let applicable = 0;
  let answered = 0;
  for (const practice of practices) {
    const at = context.answers.get(practice.id);
    const code = at === undefined ? undefined : context.assessment.answers[at]?.code;
    let value = UNANSWERED;
    if (at !== undefined) context.matched++;
    if (code === "NA") {
      checkNotApplicable(indicator, context.assessment.answers[at ?? 0]?.rationale);
      value = NOT_APPLICABLE;
    } else if (code !== undefined) {
      const found = context.codes.get(code);
      if (found === undefined) throw new KsmError("not_parsed", `unknown answer code "${code}"`);
      value = found;
      answered++;
    }
    if (value !== NOT_APPLICABLE) applicable++;
    ids.push(practice.id);
    levels.push(practice.level);
    values.push(value);
  }
  if (applicable === 0) return nothing("notApplicable", 0);
  const { level, score, blocking } = indicatorLevel(
    context.levelRule,
    { ids, levels, values },
    context.maxLevel,
    context.achieved,
    context.top,
  );
  const status: IndicatorStatus =
    answered === 0 ? "unanswered" : answered < applicable ? "incomplete" : "scored";
  return { status, level, score, blocking, items: { applicable, answered } };
}
