import type { ModelRef } from "../model/primitives.js";

/** How an indicator changed between two measurements. */
export type ChangeStatus =
  | "improved"
  | "declined"
  | "unchanged"
  | "new"
  | "retired"
  | "notComparable";

/** How a comparison row came about: same id, or a crosswalk mapping. */
export type RowMapping = "identity" | "same" | "split" | "merge" | "added" | "retired";

/** One side of a comparison row. `level` and `score` are `null` when not applicable. */
export interface Side {
  readonly level: number | null;
  readonly score: number | null;
  readonly target: number | null;
}

/** One indicator compared across two measurements. */
export interface IndicatorChange {
  /** The current indicator id (the baseline id for `retired`). */
  readonly id: string;
  /** The baseline indicator ids this row draws on (several for `merge`). */
  readonly from: readonly string[];
  readonly mapping: RowMapping;
  /** The domain, in the current model (the baseline model for `retired`). */
  readonly domain: string;
  readonly baseline: Side | null;
  readonly current: Side | null;
  readonly levelDelta: number | null;
  readonly scoreDelta: number | null;
  readonly status: ChangeStatus;
  /** `(current − baseline) / (target − baseline)` on scores, when the baseline is below target. */
  readonly progressToTarget: number | null;
}

/** One domain of the current model compared across two measurements. */
export interface DomainChange {
  readonly id: string;
  /** Comparable indicators the domain figures are computed from. */
  readonly n: number;
  readonly baseline: Side | null;
  readonly current: Side | null;
  readonly levelDelta: number | null;
  readonly scoreDelta: number | null;
  readonly status: ChangeStatus;
  readonly progressToTarget: number | null;
  readonly improved: number;
  readonly declined: number;
  readonly unchanged: number;
}

/** The overall figures of a comparison. */
export interface ComparisonOverall {
  /** Whole months from the baseline to the current measurement (negative if reversed). */
  readonly months: number;
  readonly maturityIndex: { readonly from: number; readonly to: number; readonly delta: number };
  /** Maturity-index change per year; `null` when the measurements are less than a month apart. */
  readonly pacePerYear: number | null;
  readonly targetAttainment: { readonly from: number; readonly to: number; readonly delta: number };
  /** Up to five indicators with the largest score increase. */
  readonly mostImproved: readonly string[];
  /** Up to five indicators with the largest score decrease. */
  readonly mostDeclined: readonly string[];
  readonly newIndicators: readonly string[];
  readonly retiredIndicators: readonly string[];
  /** Shared rows (present on both sides) / all rows after the crosswalk, in [0, 1]. */
  readonly compatibility: number;
  readonly counts: Readonly<Record<ChangeStatus, number>>;
}

/** Two measurements compared: baseline (e.g. 2023) and current (e.g. 2025). Deep-frozen. */
export interface Comparison {
  /** Tells a comparison from a result or sector view (renderers accept all of them). */
  readonly kind: "comparison";
  /**
   * The institution, as the current result names it; `baselineId` only when the baseline had
   * another id (compared with `allowInstitutionChange`, e.g. after a merger).
   */
  readonly institution: {
    readonly id: string;
    readonly name?: string;
    readonly baselineId?: string;
  };
  readonly baseline: {
    readonly modelRef: ModelRef;
    readonly measuredOn: string;
    readonly tier: string;
  };
  readonly current: {
    readonly modelRef: ModelRef;
    readonly measuredOn: string;
    readonly tier: string;
  };
  readonly indicators: readonly IndicatorChange[];
  readonly domains: readonly DomainChange[];
  readonly overall: ComparisonOverall;
}
