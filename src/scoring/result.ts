import type { ModelRef, Text } from "../model/primitives.js";

/** How an indicator came out: see the "three kinds of nothing" in the scoring guide. */
export type IndicatorStatus = "scored" | "incomplete" | "notApplicable" | "unanswered";

/** One risk rule that raised an indicator's weight. */
export interface WeightFactor {
  readonly factor: string;
  readonly atLeast: number;
  readonly value: number;
  readonly multiplier: number;
  /**
   * For a rule that applies only to some institution types: those types, and the institution's
   * type that matched. Absent for a rule without `institutionTypes`.
   */
  readonly institutionType?: { readonly allowed: readonly string[]; readonly value: string };
}

/** An indicator's weight and how it was derived: `value = base × Π multipliers`. */
export interface WeightTrace {
  readonly base: number;
  readonly multipliers: readonly WeightFactor[];
  readonly value: number;
}

/** One condition of the tier rule that set the tier, with the value it was checked against. */
export type TierCondition =
  | {
      readonly kind: "factor";
      readonly factor: string;
      readonly atLeast: number;
      readonly value: number;
    }
  | { readonly kind: "sum"; readonly atLeast: number; readonly value: number }
  | {
      readonly kind: "institutionType";
      readonly allowed: readonly string[];
      readonly value: string;
    };

/**
 * How an indicator's target was set: the tier's target, raised by the target rule with the
 * highest target among those that held when that is higher. `target` of the indicator result is
 * `tierTarget` when `rule` is `null`, else the `target` of that rule.
 */
export interface TargetTrace {
  /** The tier whose target applies. */
  readonly tier: string;
  /** The indicator's target for that tier. */
  readonly tierTarget: number;
  /**
   * Index into the indicator's `targetRules` of the rule that set the target (the first of those
   * with the highest target), or `null` when no rule raised the tier's target.
   */
  readonly rule: number | null;
  /** The conditions of that rule, each with the value it was checked against; empty for `null`. */
  readonly conditions: readonly TierCondition[];
}

/** The derived exposure tier and why: the first tier rule that held, or the default. */
export interface TierDerivation {
  readonly tier: string;
  /** Index into the model's `riskProfile.tierRules`, or `null` when no rule held (default tier). */
  readonly rule: number | null;
  /** The conditions of that rule, each with the value that satisfied it. */
  readonly conditions: readonly TierCondition[];
  /** The factor values used, every model factor present. */
  readonly factors: Readonly<Record<string, number>>;
  readonly institutionType: string | null;
  /**
   * Why, in words built from the model's labels: which tier rule set the tier and which of its
   * conditions held with which values, or that no rule held and the default tier applies.
   */
  readonly explanation: Text;
}

/** One indicator's outcome. Numbers are `null` when the indicator is not applicable. */
export interface IndicatorResult {
  readonly id: string;
  readonly domain: string;
  readonly status: IndicatorStatus;
  /** Achieved maturity level (unanswered counts as 0). */
  readonly level: number | null;
  /** Continuous score: level plus progress towards the next level, in [0, max]. */
  readonly score: number | null;
  /** Target level: the tier's target, raised by target rules that hold (see `targetTrace`). */
  readonly target: number;
  /** Which tier target and which target rule set `target`. */
  readonly targetTrace: TargetTrace;
  /** `max(0, target − level)`. */
  readonly gap: number | null;
  readonly weight: WeightTrace;
  readonly critical: boolean;
  /** The indicator's tags from the model, main concern first; empty when it has none. */
  readonly tags: readonly string[];
  /** Practices that keep the indicator from the next level (empty at max or for level rating). */
  readonly blocking: readonly string[];
  /** Applicable items (practices, or 1 for a level-rated indicator) and how many were answered. */
  readonly items: { readonly applicable: number; readonly answered: number };
}

/** One domain's outcome, aggregated over its applicable indicators. */
export interface DomainResult {
  readonly id: string;
  /** Weakest link: the lowest level among applicable indicators. */
  readonly level: number | null;
  /** Weighted mean of indicator scores. */
  readonly score: number | null;
  /** Weighted mean of indicator targets. */
  readonly target: number | null;
  /** Weighted mean of indicator gaps. */
  readonly gap: number | null;
  readonly applicable: number;
  readonly atTarget: number;
}

/** The overall figures of a result. */
export interface OverallResult {
  /** Weighted mean score over applicable indicators, in [0, max]. */
  readonly maturityIndex: number;
  /** `1 − Σ(w·gap) / Σ(w·target)`, in [0, 1]. */
  readonly targetAttainment: number;
  /** `floor(maturityIndex)`, capped by the lowest critical indicator. */
  readonly level: number;
  /** The critical indicator that capped the level, if any. */
  readonly levelCap: { readonly indicator: string; readonly level: number } | null;
  readonly atTarget: number;
  readonly applicable: number;
  readonly notApplicable: number;
  /** Answered items / applicable items. */
  readonly coverage: number;
  /** Critical indicators below target. */
  readonly criticalGaps: readonly string[];
}

/** Codes of the warnings a result can carry. */
export type WarningCode =
  | "stale_evidence"
  | "stale_measurement"
  | "measured_after_as_of"
  | "incomplete_indicator"
  | "unanswered_indicator"
  | "nothing_applicable";

/** Something a reader should know; not an error. */
export interface Warning {
  readonly code: WarningCode;
  readonly path: readonly (string | number)[];
  readonly message: string;
  readonly params: Readonly<Record<string, string | number>>;
}

/** The scored assessment: every number with its explanation. Deep-frozen. */
export interface Result {
  /** Tells a result from a comparison or sector view (renderers accept all of them). */
  readonly kind: "result";
  readonly modelRef: ModelRef;
  readonly institution: { readonly id: string; readonly name?: string; readonly type?: string };
  readonly measuredOn: string;
  readonly assessedBy: "self" | "external";
  readonly asOf: string;
  readonly maxLevel: number;
  readonly riskProfile: TierDerivation;
  readonly indicators: readonly IndicatorResult[];
  readonly domains: readonly DomainResult[];
  readonly overall: OverallResult;
  readonly warnings: readonly Warning[];
}
