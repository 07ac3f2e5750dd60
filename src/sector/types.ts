import type { ModelRef } from "../model/primitives.js";

/** Lower quartile, median and upper quartile (linear interpolation between order statistics). */
export interface Quartiles {
  readonly q1: number;
  readonly median: number;
  readonly q3: number;
}

/** Why a group or row carries no statistics. */
export type Suppression = "size" | "secondary" | null;

/** Statistics of one indicator or domain within a group; `null` fields when suppressed. */
export interface ItemStats {
  readonly id: string;
  /** Institutions for which the item is applicable. */
  readonly n: number;
  readonly suppressed: Suppression;
  /** How many institutions are at each level 0..max. */
  readonly levels: readonly number[] | null;
  /** Quartiles of the (continuous) scores. */
  readonly score: Quartiles | null;
  /** Share of institutions at or above target, in [0, 1]. */
  readonly shareAtTarget: number | null;
}

/** One group of institutions: the whole sector, or one institution type. */
export interface SectorGroup {
  /** `"all"` for the whole sector, otherwise the institution type (`"unknown"` when not given). */
  readonly key: string;
  readonly n: number;
  /** `size`: fewer than `minGroupSize` institutions; `secondary`: suppressed so a small group cannot be derived from the others. */
  readonly suppressed: Suppression;
  readonly maturityIndex: Quartiles | null;
  readonly targetAttainment: Quartiles | null;
  readonly indicators: readonly ItemStats[] | null;
  readonly domains: readonly ItemStats[] | null;
}

/** A sector picture: statistics per group, never a single institution. Deep-frozen. */
export interface SectorView {
  /** Tells a sector view from a result or comparison (renderers accept all of them). */
  readonly kind: "sectorView";
  readonly modelRef: ModelRef;
  readonly maxLevel: number;
  readonly minGroupSize: number;
  readonly groupBy: "institutionType" | null;
  readonly groups: readonly SectorGroup[];
}

/** Counts of changes for one indicator or domain in the panel view; `null` when suppressed. */
export interface ChangeCounts {
  readonly id: string;
  readonly n: number;
  readonly suppressed: Suppression;
  readonly improved: number | null;
  readonly declined: number | null;
  readonly unchanged: number | null;
  readonly notComparable: number | null;
}

/** The panel of one group: institutions measured both times. */
export interface PanelGroup {
  readonly key: string;
  readonly n: number;
  readonly suppressed: Suppression;
  /** Quartiles of the per-institution maturity-index change. */
  readonly maturityIndexDelta: Quartiles | null;
  readonly indicators: readonly ChangeCounts[] | null;
  readonly domains: readonly ChangeCounts[] | null;
}

/** Two sector measurements compared: panel (same institutions) and cohort (all of each). */
export interface SectorComparison {
  /** Tells a sector comparison from the other outputs (renderers accept all of them). */
  readonly kind: "sectorComparison";
  readonly baseline: ModelRef;
  readonly current: ModelRef;
  readonly minGroupSize: number;
  readonly panel: readonly PanelGroup[];
  readonly cohort: { readonly baseline: SectorView; readonly current: SectorView };
}
