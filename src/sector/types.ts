import type { ModelRef } from "../model/primitives.js";

/**
 * Lower quartile, median and upper quartile of microaggregated values (see docs/disclosure.md):
 * each is a mean, or an interpolation of means, of at least `minGroupSize` institutions, rounded
 * to the figure's precision (1 decimal on the level scale, 2 for proportions).
 */
export interface Quartiles {
  readonly q1: number;
  readonly median: number;
  readonly q3: number;
}

/**
 * Why a figure is withheld (docs/disclosure.md names the rule behind each):
 *
 * - `size`: fewer than `minGroupSize` institutions contribute to it;
 * - `secondary`: it would let a withheld figure be derived, by subtracting it from the
 *   whole-sector figure or from other groups';
 * - `group`: all contributing institutions but at most one share the value (one level, one
 *   status, values within one rounding step, or all at the bottom or top of their level), so
 *   publishing it would tell every member the others' value.
 *
 * Codes are only ever added.
 */
export type WithheldReason = "size" | "secondary" | "group";

/** Why a whole group or row is withheld: `size` or `secondary`, or `null` when it is shown. */
export type Suppression = "size" | "secondary" | null;

/**
 * The withheld figures of a shown group or row, each with its reason; a figure not named is
 * published. In a suppressed group or row every figure is withheld for its `suppressed` reason.
 */
export type Withheld<Figure extends string> = { readonly [F in Figure]?: WithheldReason };

/** Statistics of one indicator or domain within a group; `null` fields say why in `withheld`. */
export interface ItemStats {
  readonly id: string;
  /** Institutions for which the item is applicable; `null` when the row is suppressed. */
  readonly n: number | null;
  /** `size`: fewer than `minGroupSize` applicable; `secondary`: hidden against differencing. */
  readonly suppressed: Suppression;
  /** How many institutions are at each level 0..max. */
  readonly levels: readonly number[] | null;
  /** Quartiles of the (continuous) scores, microaggregated and rounded to 1 decimal. */
  readonly score: Quartiles | null;
  /** Share of institutions at or above target, in [0, 1], rounded to 2 decimals. */
  readonly shareAtTarget: number | null;
  /** The withheld figures of a shown row and why; empty when everything is shown. */
  readonly withheld: Withheld<"levels" | "score" | "shareAtTarget">;
}

/** One group of institutions: the whole sector, or one institution type. */
export interface SectorGroup {
  /** `"all"` for the whole sector, otherwise the institution type (`"unknown"` when not given). */
  readonly key: string;
  /** Institutions in the group; `null` when the group is suppressed. */
  readonly n: number | null;
  /** `size`: fewer than `minGroupSize` institutions; `secondary`: suppressed so a small group cannot be derived from the others. */
  readonly suppressed: Suppression;
  /**
   * Institutions for which nothing in the model is applicable: they are left out of
   * `maturityIndex` and `targetAttainment` (an index of 0 would be a number nobody measured).
   */
  readonly nothingApplicable: number | null;
  /** Quartiles of the maturity index, rounded to 1 decimal. */
  readonly maturityIndex: Quartiles | null;
  /** Quartiles of target attainment, in [0, 1], rounded to 2 decimals. */
  readonly targetAttainment: Quartiles | null;
  readonly indicators: readonly ItemStats[] | null;
  readonly domains: readonly ItemStats[] | null;
  /** The withheld figures of a shown group and why; empty when everything is shown. */
  readonly withheld: Withheld<"nothingApplicable" | "maturityIndex" | "targetAttainment">;
}

/** A sector picture: statistics per group, never a single institution. Deep-frozen. */
export interface SectorView {
  /** Tells a sector view from a result or comparison (renderers accept all of them). */
  readonly kind: "sectorView";
  readonly modelRef: ModelRef;
  readonly maxLevel: number;
  /** The threshold of the disclosure rules, at least 3. */
  readonly minGroupSize: number;
  readonly groupBy: "institutionType" | null;
  readonly groups: readonly SectorGroup[];
}

/**
 * Counts of changes for one indicator or domain in the panel view; `null` fields say why in
 * `withheld` (or, for a suppressed row, in `suppressed`).
 */
export interface ChangeCounts {
  readonly id: string;
  /** Institutions that can be compared on the item (improved + declined + unchanged). */
  readonly n: number | null;
  /** `size`: fewer than `minGroupSize` comparable; `secondary`: hidden against differencing. */
  readonly suppressed: Suppression;
  readonly improved: number | null;
  readonly declined: number | null;
  readonly unchanged: number | null;
  /** Institutions of the group that cannot be compared on the item (new, retired, not applicable). */
  readonly notComparable: number | null;
  /** The withheld figures of a shown row and why; empty when everything is shown. */
  readonly withheld: Withheld<"improved" | "declined" | "unchanged">;
}

/** The panel of one group: institutions measured both times. */
export interface PanelGroup {
  readonly key: string;
  /** Institutions of the group measured both times; `null` when the group is suppressed. */
  readonly n: number | null;
  readonly suppressed: Suppression;
  /** Institutions with nothing applicable in either measurement: left out of `maturityIndexDelta`. */
  readonly nothingApplicable: number | null;
  /** Quartiles of the per-institution maturity-index change, rounded to 1 decimal. */
  readonly maturityIndexDelta: Quartiles | null;
  readonly indicators: readonly ChangeCounts[] | null;
  readonly domains: readonly ChangeCounts[] | null;
  /** The withheld figures of a shown group and why; empty when everything is shown. */
  readonly withheld: Withheld<"nothingApplicable" | "maturityIndexDelta">;
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
