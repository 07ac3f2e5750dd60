import { type At, at, fail, wrongType } from "./fields.js";
import type { Fields } from "./reader.js";

/** A JSON object or array, indexed by key or position. */
export type Json = Readonly<Record<string | number, unknown>>;

/**
 * The longest array a renderer reads; longer ones are refused before they are read. The longest
 * list of any output is a result's indicators (100 domains × 200 indicators = 20,000) or a sector
 * view's groups × indicators; a sparse array can claim 4 billion items.
 */
export const MAX_LENGTH = 1_000_000;

/**
 * Throws `invalid_argument` (`too_big`) for an array longer than {@link MAX_LENGTH}.
 *
 * @param length - The array's length.
 * @param place - Where it sits.
 * @throws {KsmError} `invalid_argument` when it is too long.
 * @example
 * ```ts
 * checkLength(4_000_000_000, place); // throws invalid_argument
 * ```
 */
export function checkLength(length: number, place: At): void {
  if (length > MAX_LENGTH) {
    const maximum = { maximum: MAX_LENGTH, inclusive: "yes", unit: "items" } as const;
    fail(place, "too_big", maximum);
  }
}

/**
 * Reads one property, own properties only (a polluted `Object.prototype` supplies nothing), and
 * turns a read that throws (a revoked proxy, a throwing getter) into `invalid_argument` at its path.
 */
export function read(value: Json, key: string | number, place: At): unknown {
  try {
    return Object.hasOwn(value, key) ? value[key] : undefined;
  } catch {
    return fail(at(key, place), "not_json", { reason: "unreadable value" });
  }
}

/** `Array.isArray`, with a revoked proxy (for which it throws) as `invalid_argument` at its path. */
export function isArray(value: unknown, place: At): value is readonly unknown[] {
  try {
    return Array.isArray(value);
  } catch {
    return fail(place, "not_json", { reason: "unreadable value" });
  }
}

const range = (min: number, max: number): string =>
  min === Number.NEGATIVE_INFINITY && max === Number.POSITIVE_INFINITY
    ? ""
    : max === Number.POSITIVE_INFINITY
      ? ` of at least ${min}`
      : ` from ${min} to ${max}`;

function checkRange(value: number, place: At, min: number, max: number): number {
  if (value < min) {
    fail(place, "too_small", { minimum: min, inclusive: "yes", unit: "" });
  }
  if (value > max) {
    fail(place, "too_big", { maximum: max, inclusive: "yes", unit: "" });
  }
  return value;
}

/**
 * Reads a value as a number in `min..max` (finite: JSON has no NaN or Infinity).
 *
 * @param value - The value.
 * @param place - Where it sits.
 * @param min - The least allowed.
 * @param max - The most allowed.
 * @returns The number.
 * @throws {KsmError} `invalid_argument` for anything else.
 * @example
 * ```ts
 * number(2.5, place, 0, 5); //=> 2.5
 * ```
 */
export function number(value: unknown, place: At, min: number, max: number): number {
  if (typeof value !== "number" || !Number.isFinite(value)) {
    return wrongType(place, value, `a number${range(min, max)}`);
  }
  return checkRange(value, place, min, max);
}

/**
 * Reads a value as a whole number in `min..max`.
 *
 * @param value - The value.
 * @param place - Where it sits.
 * @param min - The least allowed.
 * @param max - The most allowed.
 * @returns The number.
 * @throws {KsmError} `invalid_argument` for anything else.
 * @example
 * ```ts
 * integer(3, place, 0, 5); //=> 3
 * ```
 */
export function integer(value: unknown, place: At, min: number, max: number): number {
  if (!Number.isInteger(value)) return wrongType(place, value, `an integer${range(min, max)}`);
  return checkRange(value as number, place, min, max);
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Reads an ISO date (`YYYY-MM-DD`) field; the renderers write it out in words.
 *
 * @param f - The object.
 * @param key - The field.
 * @returns The date.
 * @throws {KsmError} `invalid_argument` for anything else.
 * @example
 * ```ts
 * isoDate(fields, "measuredOn"); //=> "2025-04-11"
 * ```
 */
export function isoDate(f: Fields, key: string): string {
  const value = f.str(key);
  if (!DATE.test(value)) {
    fail(f.at(key), "invalid_format", { format: "an ISO date YYYY-MM-DD" });
  }
  return value;
}
