import { KsmError } from "../errors.js";
import { describe } from "../util/guards.js";

/** The smallest `minGroupSize`: a floor of the disclosure policy, not a preference. */
export const MIN_GROUP_SIZE_FLOOR = 3;

/** The default `minGroupSize`. */
export const DEFAULT_MIN_GROUP_SIZE = 3;

/**
 * Validates `minGroupSize`: a whole number of at least 3 (below 3, a group's figures tell a
 * member the other's value), 3 when not given. Shared by `aggregateSector` and `compareSectors`.
 *
 * @param value - The option as given.
 * @returns The minimum group size.
 * @throws {KsmError} `invalid_argument` for anything but a whole number ≥ 3.
 * @example
 * ```ts
 * checkMinGroupSize(undefined); //=> 3
 * ```
 */
export function checkMinGroupSize(value: unknown): number {
  const size = value === undefined ? DEFAULT_MIN_GROUP_SIZE : value;
  if (typeof size !== "number" || !Number.isInteger(size) || size < MIN_GROUP_SIZE_FLOOR) {
    throw new KsmError(
      "invalid_argument",
      `minGroupSize must be a whole number ≥ ${MIN_GROUP_SIZE_FLOOR}, got ${describe(value)}`,
    );
  }
  return size;
}
