import { KsmError } from "../../errors.js";
import { formatPath } from "../../issues/formatIssues.js";
import { makeIssue } from "../../issues/makeIssue.js";
import { MAX_LENGTH } from "./values.js";

/** Deeper than any output of the library (a sector comparison is 7 levels deep). */
const MAX_DEPTH = 64;

/** What stopped the copy, and where: the path is filled in on the way back up. */
class NotPlain {
  readonly path: (string | number)[] = [];
  constructor(
    readonly reason: string,
    readonly code: "not_json" | "too_big" = "not_json",
  ) {}
}

/** The objects being copied, outermost first: a value among them is a cycle. */
type Ancestors = object[];

/**
 * Copies made so far, by the object they copy: an object reached along several paths (results
 * share frozen empty arrays) is read once and copied once, and a graph of shared objects that
 * would unfold into billions of paths is copied in time linear in its objects.
 */
type Copies = Map<object, unknown>;

function copy(value: unknown, ancestors: Ancestors, copies: Copies): unknown {
  const depth = ancestors.length;
  switch (typeof value) {
    case "string":
    case "boolean":
      return value;
    case "number":
      if (Number.isFinite(value)) return value === 0 ? 0 : value; // -0 as 0, like JSON
      throw new NotPlain(String(value));
    case "object":
      if (value === null) return null;
      break;
    default:
      throw new NotPlain(`a ${typeof value}`);
  }
  if (depth >= MAX_DEPTH) throw new NotPlain(`nested deeper than ${MAX_DEPTH}`);
  // A linear search is cheap: outputs are a few levels deep.
  if (ancestors.includes(value)) throw new NotPlain("cycle");
  if (copies.has(value)) return copies.get(value);
  ancestors.push(value);
  try {
    const out = Array.isArray(value)
      ? copyArray(value, ancestors, copies)
      : copyObject(value, ancestors, copies);
    copies.set(value, out);
    return out;
  } catch (e) {
    if (e instanceof NotPlain) throw e;
    // A revoked proxy, a proxy trap or a getter threw.
    throw new NotPlain("unreadable value");
  } finally {
    ancestors.pop();
  }
}

function copyArray(value: readonly unknown[], ancestors: Ancestors, copies: Copies): unknown[] {
  const length = value.length; // read once: a proxy may answer differently every time
  // A sparse array may claim 4 billion items: refuse it before reading any.
  if (length > MAX_LENGTH) throw new NotPlain(`more than ${MAX_LENGTH} items`, "too_big");
  const out = new Array<unknown>(length);
  for (let i = 0; i < length; i++) {
    try {
      out[i] = copy(value[i], ancestors, copies);
    } catch (e) {
      if (e instanceof NotPlain) e.path.unshift(i);
      throw e;
    }
  }
  return out;
}

function copyObject(value: object, ancestors: Ancestors, copies: Copies): Record<string, unknown> {
  const proto = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) throw new NotPlain("not a plain object");
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value)) {
    try {
      if (key === "__proto__") throw new NotPlain("the key __proto__");
      const item = (value as Record<string, unknown>)[key];
      if (item !== undefined) out[key] = copy(item, ancestors, copies);
    } catch (e) {
      if (e instanceof NotPlain) e.path.unshift(key);
      else {
        const unreadable = new NotPlain("unreadable value");
        unreadable.path.push(key);
        throw unreadable;
      }
      throw e;
    }
  }
  return out;
}

/**
 * A plain JSON copy of a renderer's input: own enumerable string keys of plain objects and the
 * items of arrays, `undefined` fields left out and `-0` as `0`, as `JSON.stringify` would keep
 * them. Every value is read once (an object shared by several places once in all), so a getter or a proxy cannot show the checks one value and the
 * renderer another. Made for speed (no work per value beyond the copy); the path of a problem is
 * collected only when there is one.
 *
 * @param input - The input.
 * @returns The copy.
 * @throws {KsmError} `invalid_argument` for the first part that is not plain JSON data (`NaN`,
 *   `Infinity`, a function, a symbol, a class instance, a cycle, a revoked proxy, a getter that
 *   throws, the key `__proto__`), with a `not_json` issue at `["input", …path]`; for an array
 *   longer than `MAX_LENGTH`, with a `too_big` issue.
 * @example
 * ```ts
 * plainCopy({ kind: "result", score: Number.NaN }); // throws invalid_argument at input.score
 * ```
 */
export function plainCopy(input: unknown): unknown {
  try {
    return copy(input, [], new Map());
  } catch (error) {
    // copy throws nothing else: every other error becomes a NotPlain where it happens.
    const e = error as NotPlain;
    const path = ["input", ...e.path];
    const issue =
      e.code === "too_big"
        ? makeIssue("too_big", path, { maximum: MAX_LENGTH, inclusive: "yes", unit: "items" })
        : makeIssue("not_json", path, { reason: e.reason });
    throw new KsmError(
      "invalid_argument",
      `${formatPath(path)} is not plain JSON data: ${e.reason}`,
      [issue],
    );
  }
}
