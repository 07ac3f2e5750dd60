import { formatPath } from "../issues/formatIssues.js";
import type { IssuePath } from "../issues/issue.js";
import type { IssueSink } from "../model/check/context.js";
import type { ModelIndex } from "../model/modelIndex.js";
import type { Model } from "../model/modelSchema.js";
import type { Answer, Assessment } from "./assessmentSchema.js";

/** Checks an assessment against its model: reference, institution type, risk profile, answers. */
export function checkAssessment(
  a: Assessment,
  model: Model,
  index: ModelIndex,
  sink: IssueSink,
): void {
  if (a.modelRef.id !== model.id || a.modelRef.version !== model.version) {
    sink.add("model_mismatch", ["modelRef"], {
      expected: `${model.id}@${model.version}`,
      received: `${a.modelRef.id}@${a.modelRef.version}`,
    });
    return;
  }
  const type = a.institution.type;
  if (type !== undefined && !model.riskProfile.institutionTypes.some((t) => t.id === type)) {
    sink.add("unknown_institution_type", ["institution", "type"], { id: type });
  }
  const given = new Map(Object.entries(a.riskProfile));
  for (const [factor, value] of given) {
    const max = index.factors.get(factor);
    if (max === undefined) sink.add("unknown_factor", ["riskProfile", factor], { id: factor });
    else if (value > max)
      sink.add("unknown_factor_value", ["riskProfile", factor], { factor, value });
  }
  for (const factor of index.factors.keys()) {
    if (!given.has(factor)) sink.add("missing_factor", ["riskProfile"], { id: factor });
  }
  const seen = new Map<string, IssuePath>();
  a.answers.forEach((answer, i) => {
    checkAnswer(answer, ["answers", i], index, seen, sink);
  });
}

function checkAnswer(
  answer: Answer,
  at: IssuePath,
  index: ModelIndex,
  seen: Map<string, IssuePath>,
  sink: IssueSink,
): void {
  const { practice, indicator } = answer;
  if ((practice === undefined) === (indicator === undefined)) {
    sink.add("answer_target_ambiguous", at);
    return;
  }
  const id = practice ?? indicator ?? "";
  const first = seen.get(id);
  if (first) sink.add("duplicate_answer", at, { id, first: formatPath(first) });
  else seen.set(id, at);

  if (practice !== undefined) {
    const found = index.practices.get(practice);
    if (!found) {
      const asIndicator = index.indicators.get(practice);
      if (asIndicator?.indicator.rating === "level") {
        sink.add("rating_mismatch", [...at, "practice"], { id: practice, rating: "level" });
      } else sink.add("unknown_practice", [...at, "practice"], { id: practice });
      return;
    }
    for (const key of ["level", "confidence"] as const) {
      if (answer[key] !== undefined) sink.add("unknown_key", [...at, key], { key });
    }
    if (answer.code === undefined) sink.add("required", [...at, "code"]);
    else checkCode(answer, found.indicator.id, found.indicator, at, index, sink);
    return;
  }

  const found = index.indicators.get(id);
  if (!found) {
    sink.add("unknown_indicator", [...at, "indicator"], { id });
    return;
  }
  if (found.indicator.rating !== "level") {
    sink.add("rating_mismatch", [...at, "indicator"], { id, rating: "practices" });
    return;
  }
  if (answer.code !== undefined) {
    if (answer.level !== undefined) sink.add("unknown_key", [...at, "level"], { key: "level" });
    if (answer.code !== "NA") sink.add("invalid_value", [...at, "code"], { expected: '"NA"' });
    else checkCode(answer, id, found.indicator, at, index, sink);
  } else if (answer.level === undefined) sink.add("required", [...at, "level"]);
  else if (answer.level > index.maxLevel) {
    sink.add("level_out_of_range", [...at, "level"], { level: answer.level, max: index.maxLevel });
  }
}

function checkCode(
  answer: Answer,
  id: string,
  indicator: { readonly notApplicable?: { readonly allowed: boolean } | undefined },
  at: IssuePath,
  index: ModelIndex,
  sink: IssueSink,
): void {
  const code = answer.code ?? "";
  if (code === "NA") {
    if (!indicator.notApplicable?.allowed)
      sink.add("not_applicable_not_allowed", [...at, "code"], { id });
    if ((answer.rationale ?? "").trim() === "")
      sink.add("rationale_required", [...at, "rationale"]);
  } else if (!index.codes.has(code)) {
    sink.add("unknown_answer_code", [...at, "code"], {
      id: code,
      expected: [...index.codes.keys(), "NA"].join(", "),
    });
  }
}
