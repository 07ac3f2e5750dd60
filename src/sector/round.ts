/** A figure's published precision: its decimals and the rounding step `10^-decimals`. */
export interface Precision {
  readonly decimals: number;
  readonly step: number;
}

/** Scores, indices and their changes: 1 decimal. */
export const LEVEL_SCALE: Precision = Object.freeze({ decimals: 1, step: 0.1 });

/** Target attainment and shares, in [0, 1]: 2 decimals. */
export const PROPORTION: Precision = Object.freeze({ decimals: 2, step: 0.01 });

/**
 * Sums of a few binary fractions miss a decimal half by a few ulps (0.35 is stored as
 * 0.34999…): anything this close to a half counts as the half.
 */
const HALF_TOLERANCE = 1e-9;

/**
 * Rounds half away from zero to a figure's precision: the one rounding function of every
 * published sector figure, so the same value always prints the same way. `-0` becomes `0`.
 *
 * @param value - A finite number.
 * @param precision - {@link LEVEL_SCALE} or {@link PROPORTION}.
 * @returns The rounded value.
 * @example
 * ```ts
 * roundTo(-0.25, LEVEL_SCALE); //=> -0.3
 * ```
 */
export function roundTo(value: number, precision: Precision): number {
  const factor = 10 ** precision.decimals;
  const whole = Math.floor(Math.abs(value) * factor + 0.5 + HALF_TOLERANCE);
  const rounded = whole / factor;
  return value < 0 && whole !== 0 ? -rounded : rounded;
}
