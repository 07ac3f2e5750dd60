import { formatPath } from "../../issues/formatIssues.js";
import type { Model } from "../modelSchema.js";
import type { IssueSink } from "./context.js";

/**
 * How far apart the values of two answer codes must be. Scoring compares values with a tolerance
 * of 1e-9 (for float sums such as 0.7 + 0.2 + 0.1); a margin far above it means no code is ever
 * taken for a higher one. Scales in steps of 0.1 or thirds keep well clear of it.
 */
export const ANSWER_VALUE_MARGIN = 0.01;

/** Slack for margins written in decimals: 0.57 − 0.56 is 0.00999999999999989 in floating point. */
const SLACK = 1e-12;

/** Whether `value` is at least {@link ANSWER_VALUE_MARGIN} above `before`. */
export const clearlyAbove = (value: number, before: number): boolean =>
  value - before >= ANSWER_VALUE_MARGIN - SLACK;

/**
 * Levels run 0..max, factor values 0..n, answer codes rise in value by at least
 * {@link ANSWER_VALUE_MARGIN} and `achievedFrom` exists.
 */
export function checkScales(model: Model, sink: IssueSink): void {
  model.levels.forEach((l, i) => {
    if (l.level !== i) sink.add("levels_not_contiguous", ["levels", i, "level"], { expected: i });
  });
  model.riskProfile.factors.forEach((f, fi) => {
    f.values.forEach((v, i) => {
      if (v.value !== i) {
        sink.add(
          "factor_values_not_contiguous",
          ["riskProfile", "factors", fi, "values", i, "value"],
          {
            expected: i,
          },
        );
      }
    });
  });
  const scale = model.answerScale;
  const seen = new Map<string, number>();
  scale.codes.forEach((c, i) => {
    const path = ["answerScale", "codes", i, "code"];
    if (c.code.toUpperCase() === "NA") sink.add("reserved_code", path);
    const first = seen.get(c.code);
    if (first === undefined) seen.set(c.code, i);
    else {
      const at = formatPath(["answerScale", "codes", first, "code"]);
      sink.add("duplicate_id", path, { id: c.code, first: at });
    }
    const before = scale.codes[i - 1];
    if (before && c.value <= before.value) {
      sink.add("answer_scale_not_ordered", ["answerScale", "codes", i, "value"], { id: c.code });
    } else if (before && !clearlyAbove(c.value, before.value)) {
      sink.add("answer_values_too_close", ["answerScale", "codes", i, "value"], {
        id: c.code,
        previous: before.code,
        minimum: ANSWER_VALUE_MARGIN,
      });
    }
  });
  if (!seen.has(scale.achievedFrom)) {
    sink.add("unknown_answer_code", ["answerScale", "achievedFrom"], {
      id: scale.achievedFrom,
      expected: [...seen.keys()].join(", "),
    });
  }
}
