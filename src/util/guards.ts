import { KsmError, type KsmErrorCode } from "../errors.js";
import { cleanText } from "./cleanText.js";

/**
 * Describes any value for an error message without calling its methods (a hostile value's
 * `toString` may throw or lie): strings (cleaned of control characters) and numbers as written,
 * everything else by its type; a revoked proxy as unreadable.
 */
export function describe(value: unknown): string {
  switch (typeof value) {
    case "string": {
      const text = cleanText(value);
      return JSON.stringify(text.length > 60 ? `${text.slice(0, 60)}…` : text);
    }
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
      if (value === null) return "null";
      // Array.isArray throws for a revoked proxy of an array.
      return holds(() => Array.isArray(value))
        ? "an array"
        : isObject(value)
          ? "an object"
          : "an unreadable object (a revoked proxy?)";
  }
}

/**
 * Whether a check that reads a value holds; a read that throws (a revoked proxy, a throwing
 * getter or proxy trap) means it does not. The one place the guards catch, so every public
 * function that starts with a guard ends in a `KsmError` for such values, never a `TypeError`.
 */
function holds(check: () => boolean): boolean {
  try {
    return check();
  } catch {
    return false;
  }
}

/**
 * Whether `value` is an object. Inside a check run by {@link holds} (every shape check below),
 * a revoked proxy passes this but throws on the first read, which fails the check.
 */
const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null;

/**
 * Whether `value` is an object that can be read: a revoked proxy throws on every operation,
 * `Object.isFrozen` included, and so counts as none. For values checked outside {@link holds}.
 */
const isObject = (value: unknown): value is Record<string, unknown> =>
  isRecord(value) && holds(() => typeof Object.isFrozen(value) === "boolean");

/** Throws `not_parsed` unless `value` is a frozen object whose `key` is an array. */
export function assertParsed(value: unknown, key: string, what: string): void {
  if (!holds(() => isRecord(value) && Object.isFrozen(value) && Array.isArray(value[key]))) {
    throw new KsmError(
      "not_parsed",
      `${what} is ${describe(value)}; pass one from the library's functions`,
    );
  }
}

const hasStrings = (value: unknown, keys: readonly string[]): boolean =>
  isRecord(value) && keys.every((k) => typeof value[k] === "string");

const isNumberOrNull = (value: unknown): boolean => value === null || typeof value === "number";

/** Whether an indicator result has the fields comparing reads, of their types. */
const isIndicatorResult = (i: unknown): boolean =>
  isRecord(i) &&
  hasStrings(i, ["id", "domain", "status"]) &&
  isNumberOrNull(i.level) &&
  isNumberOrNull(i.score) &&
  typeof i.target === "number" &&
  isRecord(i.weight) &&
  typeof i.weight.base === "number";

/**
 * Whether a frozen object has the fields of a result that comparing and aggregating read, so a
 * hand-made or truncated "result" (or one with a revoked proxy inside) ends in `not_parsed`
 * rather than a `TypeError` deep inside.
 */
function hasResultShape(r: Record<string, unknown>): boolean {
  return (
    hasStrings(r.modelRef, ["id", "version"]) &&
    hasStrings(r.institution, ["id"]) &&
    hasStrings(r.riskProfile, ["tier"]) &&
    typeof r.measuredOn === "string" &&
    isRecord(r.overall) &&
    typeof r.overall.maturityIndex === "number" &&
    typeof r.overall.targetAttainment === "number" &&
    Array.isArray(r.domains) &&
    r.domains.every((d) => hasStrings(d, ["id"])) &&
    (r.indicators as unknown[]).every(isIndicatorResult)
  );
}

/** Throws `not_parsed` unless `value` is a result of `scoreAssessment`. */
export function assertResult(value: unknown, what = "the result"): void {
  assertParsed(value, "indicators", what);
  const r = value as Record<string, unknown>;
  if (!holds(() => r.kind === "result" && hasResultShape(r))) {
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

/** A mapping's ids on one side: one id, or a list of them. */
const isIds = (value: unknown): boolean =>
  typeof value === "string" ||
  (Array.isArray(value) && value.every((id) => typeof id === "string"));

const MAPPING_TYPES: ReadonlySet<unknown> = new Set(["same", "split", "merge", "added", "retired"]);

/** Whether a crosswalk mapping has a known type and the ids that type names. */
const isMapping = (m: unknown): boolean =>
  isRecord(m) &&
  MAPPING_TYPES.has(m.type) &&
  (m.type === "added" || isIds(m.from)) &&
  (m.type === "retired" || isIds(m.to));

/**
 * Crosswalks found well-shaped. A frozen object (even behind a proxy, whose traps must then return
 * its own values) cannot change, so one check holds for good; `compareSectors` compares every
 * institution through the same crosswalk. Keyed weakly: it holds nothing alive.
 */
const wellShaped = new WeakSet<object>();

/** Throws `not_parsed` unless `value` is a crosswalk of `parseCrosswalk`. */
export function assertCrosswalk(value: unknown, what = "the crosswalk"): void {
  assertParsed(value, "mappings", what);
  const cw = value as Record<string, unknown>;
  if (wellShaped.has(cw)) return;
  const shaped = () =>
    hasStrings(cw.from, ["id", "version"]) &&
    hasStrings(cw.to, ["id", "version"]) &&
    (cw.mappings as unknown[]).every(isMapping);
  if (!holds(shaped)) {
    throw new KsmError("not_parsed", `${what} is not a crosswalk of parseCrosswalk`);
  }
  wellShaped.add(cw);
}

/**
 * Throws `invalid_argument` unless `value` is an object whose keys can be read (not a revoked
 * proxy, nor one whose traps throw).
 */
export function assertRecord(value: unknown, what: string): void {
  if (!holds(() => isObject(value) && Array.isArray(Reflect.ownKeys(value)))) {
    throw new KsmError("invalid_argument", `${what} must be an object, got ${describe(value)}`);
  }
}

/**
 * Runs `read`, which reads deep into values the guards let through on their top-level shape (a
 * model given to a parser or to scoring): one frozen by hand with a field missing, or with a
 * revoked proxy or throwing getter inside, ends in `not_parsed` naming `what`, with the original
 * error as its `cause`, instead of a `TypeError` from wherever it was read. Errors of the library
 * itself (`KsmError`) pass unchanged.
 */
export function readParsed<T>(what: string, read: () => T): T {
  try {
    return read();
  } catch (error) {
    if (error instanceof KsmError) throw error;
    throw new KsmError(
      "not_parsed",
      `${what} could not be read as one the library made; pass values from its functions`,
      [],
      { cause: error },
    );
  }
}
