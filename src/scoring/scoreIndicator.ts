import type { Assessment } from "../assessment/assessmentSchema.js";
import { KsmError } from "../errors.js";
import type { ModelIndex } from "../model/modelIndex.js";
import type { Domain, Indicator, Model } from "../model/modelSchema.js";
import { indicatorLevel, NOT_APPLICABLE, UNANSWERED } from "./indicatorLevel.js";
import type { IndicatorResult, IndicatorStatus, TierDerivation } from "./result.js";
import { indicatorWeight } from "./weights.js";

/** Everything needed to score one indicator. */
export interface IndicatorInput {
  readonly model: Model;
  readonly index: ModelIndex;
  readonly domain: Domain;
  readonly indicator: Indicator;
  readonly assessment: Assessment;
  /** Answer position by practice or indicator id. */
  readonly answers: ReadonlyMap<string, number>;
  readonly tier: TierDerivation;
}

/** Scores one indicator: status, level, score, blocking practices, target, gap and weight. */
export function scoreIndicator(input: IndicatorInput): IndicatorResult {
  const { indicator, tier } = input;
  const targets = indicator.targets as Readonly<Record<string, number>>;
  const target = Object.hasOwn(targets, tier.tier) ? (targets[tier.tier] ?? 0) : 0;
  const outcome = indicator.rating === "level" ? byLevel(input) : byPractices(input);
  const applicable = outcome.status !== "notApplicable";
  // One literal with every field: object spreads here cost more than the scoring itself.
  return {
    id: indicator.id,
    domain: input.domain.id,
    status: outcome.status,
    level: applicable ? outcome.level : null,
    score: applicable ? outcome.score : null,
    target,
    gap: applicable ? Math.max(0, target - outcome.level) : null,
    weight: indicatorWeight(indicator, tier.factors),
    critical: indicator.critical === true,
    blocking: outcome.blocking,
    items: outcome.items,
  };
}

interface Outcome {
  status: IndicatorStatus;
  level: number;
  score: number;
  blocking: readonly string[];
  items: { applicable: number; answered: number };
}

function byLevel({ indicator, assessment, answers }: IndicatorInput): Outcome {
  const at = answers.get(indicator.id);
  const answer = at === undefined ? undefined : assessment.answers[at];
  if (answer?.code === "NA") {
    return {
      status: "notApplicable",
      level: 0,
      score: 0,
      blocking: [],
      items: { applicable: 0, answered: 0 },
    };
  }
  if (answer?.level === undefined) {
    return {
      status: "unanswered",
      level: 0,
      score: 0,
      blocking: [],
      items: { applicable: 1, answered: 0 },
    };
  }
  return {
    status: "scored",
    level: answer.level,
    score: answer.level,
    blocking: [],
    items: { applicable: 1, answered: 1 },
  };
}

function byPractices({ model, index, indicator, assessment, answers }: IndicatorInput): Outcome {
  const practices = indicator.practices ?? [];
  const ids: string[] = [];
  const levels: number[] = [];
  const values: number[] = [];
  let applicable = 0;
  let answered = 0;
  for (const practice of practices) {
    const at = answers.get(practice.id);
    const code = at === undefined ? undefined : assessment.answers[at]?.code;
    let value = UNANSWERED;
    if (code === "NA") value = NOT_APPLICABLE;
    else if (code !== undefined) {
      const found = index.codes.get(code);
      if (found === undefined) throw new KsmError("not_parsed", `unknown answer code "${code}"`);
      value = found;
      answered++;
    }
    if (value !== NOT_APPLICABLE) applicable++;
    ids.push(practice.id);
    levels.push(practice.level);
    values.push(value);
  }
  if (applicable === 0) {
    return {
      status: "notApplicable",
      level: 0,
      score: 0,
      blocking: [],
      items: { applicable: 0, answered: 0 },
    };
  }
  const scale = model.answerScale;
  const achieved = index.codes.get(scale.achievedFrom) ?? 1;
  const top = scale.codes[scale.codes.length - 1]?.value ?? 1;
  const { level, score, blocking } = indicatorLevel(
    model.levelRule,
    { ids, levels, values },
    index.maxLevel,
    achieved,
    top,
  );
  const status: IndicatorStatus =
    answered === 0 ? "unanswered" : answered < applicable ? "incomplete" : "scored";
  return { status, level, score, blocking, items: { applicable, answered } };
}
