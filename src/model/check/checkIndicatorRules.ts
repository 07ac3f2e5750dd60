import type { IssuePath } from "../../issues/issue.js";
import type { Indicator } from "../modelSchema.js";
import { type ConditionScope, checkCondition } from "./checkCondition.js";
import type { IssueSink } from "./context.js";

/**
 * Checks an indicator's risk rules: each risk weight's factor, value and institution types, and
 * each target rule's condition and target (within the model's levels).
 */
export function checkIndicatorRules(
  ind: Indicator,
  at: IssuePath,
  scope: ConditionScope,
  maxLevel: number,
  sink: IssueSink,
): void {
  (ind.riskWeights ?? []).forEach((rw, i) => {
    const path = [...at, "riskWeights", i];
    const max = scope.factors.get(rw.factor);
    if (max === undefined) sink.add("unknown_factor", [...path, "factor"], { id: rw.factor });
    else if (rw.atLeast > max)
      sink.add("unknown_factor_value", [...path, "atLeast"], {
        factor: rw.factor,
        value: rw.atLeast,
      });
    (rw.institutionTypes ?? []).forEach((type, j) => {
      if (!scope.types.has(type))
        sink.add("unknown_institution_type", [...path, "institutionTypes", j], { id: type });
    });
  });
  (ind.targetRules ?? []).forEach((rule, i) => {
    const path = [...at, "targetRules", i];
    checkCondition(rule.when, [...path, "when"], scope, sink);
    if (rule.target > maxLevel)
      sink.add("level_out_of_range", [...path, "target"], { level: rule.target, max: maxLevel });
  });
}
