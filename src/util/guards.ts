import { KsmError, type KsmErrorCode } from "../errors.js";

/**
 * Describes any value for an error message without calling its methods (a hostile value's
 * `toString` may throw or lie): strings and numbers as written, everything else by its type.
 */
export function describe(value: unknown): string {
  switch (typeof value) {
    case "string":
      return JSON.stringify(value.length > 60 ? `${value.slice(0, 60)}…` : value);
    case "number":
    case "boolean":
    case "bigint":
    case "undefined":
      return String(value);
    case "symbol":
      return "a symbol";
    case "function":
      return "a function";
    default:
      return value === null ? "null" : Array.isArray(value) ? "an array" : "an object";
  }
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null;

/** Throws `not_parsed` unless `value` is a frozen object whose `key` is an array. */
export function assertParsed(value: unknown, key: string, what: string): void {
  if (!isObject(value) || !Object.isFrozen(value) || !Array.isArray(value[key])) {
    throw new KsmError(
      "not_parsed",
      `${what} is ${describe(value)}; pass one from the library's functions`,
    );
  }
}

/** Throws `not_parsed` unless `value` is a result of `scoreAssessment`. */
export function assertResult(value: unknown, what = "the result"): void {
  assertParsed(value, "indicators", what);
  if ((value as { kind?: unknown }).kind !== "result") {
    throw new KsmError("not_parsed", `${what} is not a result of scoreAssessment`);
  }
}

/** Returns `options` when it is an object (or undefined: `{}`), else throws `invalid_argument`. */
export function optionsObject<T extends object>(
  options: T | undefined,
  what = "options",
): T | Record<string, never> {
  if (options === undefined) return {};
  if (!isObject(options))
    throw new KsmError("invalid_argument", `${what} must be an object, got ${describe(options)}`);
  return options;
}

/** Throws a `KsmError` with `code` unless `ok`. */
export function check(ok: boolean, code: KsmErrorCode, message: string): asserts ok {
  if (!ok) throw new KsmError(code, message);
}
