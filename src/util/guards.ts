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

const hasStrings = (value: unknown, keys: readonly string[]): boolean =>
  isObject(value) && keys.every((k) => typeof value[k] === "string");

/**
 * Whether a frozen object has the fields of a result that comparing and aggregating read, so a
 * hand-made or truncated "result" ends in `not_parsed` rather than a `TypeError` deep inside.
 */
function hasResultShape(r: Record<string, unknown>): boolean {
  return (
    hasStrings(r.modelRef, ["id", "version"]) &&
    hasStrings(r.institution, ["id"]) &&
    hasStrings(r.riskProfile, ["tier"]) &&
    typeof r.measuredOn === "string" &&
    isObject(r.overall) &&
    Array.isArray(r.domains) &&
    r.domains.every(isObject) &&
    (r.indicators as unknown[]).every((i) => hasStrings(i, ["id"]))
  );
}

/** Throws `not_parsed` unless `value` is a result of `scoreAssessment`. */
export function assertResult(value: unknown, what = "the result"): void {
  assertParsed(value, "indicators", what);
  const r = value as Record<string, unknown>;
  if (r.kind !== "result" || !hasResultShape(r)) {
    throw new KsmError("not_parsed", `${what} is not a result of scoreAssessment`);
  }
}

/**
 * Reads an options argument: its own enumerable string-keyed properties, each read once, copied
 * into an object without a prototype. Nothing is read through the prototype, so an
 * `Object.prototype` polluted by another package (say with `minGroupSize: 1`) changes no option.
 *
 * @param options - The options as given; `undefined` means none.
 * @param what - What to call the argument in an error message.
 * @returns The own options (absent ones are `undefined`).
 * @throws {KsmError} `invalid_argument` unless `options` is an object or `undefined`, or when
 *   its properties cannot be read (a revoked proxy, a throwing getter).
 * @example
 * ```ts
 * optionsObject(Object.create({ minGroupSize: 1 })).minGroupSize; //=> undefined
 * ```
 */
export function optionsObject<T extends object>(
  options: T | undefined,
  what = "options",
): Partial<T> {
  const own = Object.create(null) as Record<string, unknown>;
  if (options === undefined) return own as Partial<T>;
  if (!isObject(options))
    throw new KsmError("invalid_argument", `${what} must be an object, got ${describe(options)}`);
  try {
    for (const key of Object.keys(options)) own[key] = (options as Record<string, unknown>)[key];
  } catch {
    throw new KsmError("invalid_argument", `${what} cannot be read`);
  }
  return own as Partial<T>;
}

/** Throws a `KsmError` with `code` unless `ok`. */
export function check(ok: boolean, code: KsmErrorCode, message: string): asserts ok {
  if (!ok) throw new KsmError(code, message);
}
