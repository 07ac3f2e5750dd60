import type { IssuePath } from "../../issues/issue.js";
import type { RiskProfileSpec } from "../riskProfileSchema.js";
import type { IssueSink } from "./context.js";

/** The condition of a tier rule or a target rule. */
type Condition = RiskProfileSpec["tierRules"][number]["when"];

/** What a condition may refer to: each factor with its highest value, and the institution types. */
export interface ConditionScope {
  readonly factors: ReadonlyMap<string, number>;
  readonly types: ReadonlySet<string>;
}

/** The factors and institution types of a risk profile, for {@link checkCondition}. */
export function conditionScope(spec: RiskProfileSpec): ConditionScope {
  return {
    factors: new Map(spec.factors.map((f) => [f.id, f.values.length - 1])),
    types: new Set(spec.institutionTypes.map((t) => t.id)),
  };
}

/**
 * Checks what a rule's `when` refers to: every factor exists (`unknown_factor`) with the value
 * within its values (`unknown_factor_value`), every institution type exists
 * (`unknown_institution_type`).
 *
 * @returns Whether everything resolved, so the rule can be evaluated.
 */
export function checkCondition(
  when: Condition,
  path: IssuePath,
  scope: ConditionScope,
  sink: IssueSink,
): boolean {
  let sound = true;
  for (const [factor, value] of Object.entries(when.factors ?? {})) {
    const max = scope.factors.get(factor);
    if (max === undefined) sink.add("unknown_factor", [...path, "factors", factor], { id: factor });
    else if (value > max)
      sink.add("unknown_factor_value", [...path, "factors", factor], { factor, value });
    if (max === undefined || value > max) sound = false;
  }
  (when.institutionTypes ?? []).forEach((type, i) => {
    if (!scope.types.has(type)) {
      sound = false;
      sink.add("unknown_institution_type", [...path, "institutionTypes", i], { id: type });
    }
  });
  return sound;
}
