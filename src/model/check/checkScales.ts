import { formatPath } from "../../issues/formatIssues.js";
import type { Model } from "../modelSchema.js";
import type { IssueSink } from "./context.js";

/** Levels run 0..max, factor values 0..n, answer codes rise in value and `achievedFrom` exists. */
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
    }
  });
  if (!seen.has(scale.achievedFrom)) {
    sink.add("unknown_answer_code", ["answerScale", "achievedFrom"], {
      id: scale.achievedFrom,
      expected: [...seen.keys()].join(", "),
    });
  }
}
