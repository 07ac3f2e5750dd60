/** A deeply read-only view of a type. */
export type DeepReadonly<T> = T extends (infer U)[]
  ? readonly DeepReadonly<U>[]
  : T extends object
    ? { readonly [K in keyof T]: DeepReadonly<T[K]> }
    : T;

/**
 * Freezes a value and everything reachable from it; returns the same value. Already-frozen
 * objects are skipped (their contents were frozen when they were made), which keeps freezing a
 * result that embeds parts of its inputs cheap.
 */
export function deepFreeze<T>(value: T): T {
  if (typeof value !== "object" || value === null || Object.isFrozen(value)) return value;
  Object.freeze(value);
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) deepFreeze(value[i]);
  } else {
    // Plain data only: every object here was built by this library, so for-in sees own keys.
    for (const key in value) deepFreeze((value as Record<string, unknown>)[key]);
  }
  return value;
}
