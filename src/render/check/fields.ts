import { KsmError } from "../../errors.js";
import { formatPath } from "../../issues/formatIssues.js";
import type { IssueCode, IssueParams, IssuePath } from "../../issues/issue.js";
import { makeIssue } from "../../issues/makeIssue.js";

/** Where a value sits in the arguments; each step points at its parent, so a path is built only on failure. */
export interface At {
  readonly parent: At | null;
  readonly key: string | number;
}

/**
 * The place of an argument, e.g. `root("input")`, or of a value inside one.
 *
 * @param key - The argument's name, or the key or index below `parent`.
 * @param parent - Where the value holding it sits; none for an argument.
 * @returns The place.
 * @example
 * ```ts
 * formatPath(pathOf(at("id", root("input")))); //=> "input.id"
 * ```
 */
export const at = (key: string | number, parent: At | null = null): At => ({ parent, key });

/** The root of the input argument. */
export const root = (name: string): At => at(name);

/**
 * The path of a place, from the argument down.
 *
 * @param place - The place.
 * @returns Its path, e.g. `["input", "indicators", 3, "score"]`.
 * @example
 * ```ts
 * pathOf(at(3, at("indicators", root("input")))); //=> ["input", "indicators", 3]
 * ```
 */
export function pathOf(place: At): IssuePath {
  const out: (string | number)[] = [];
  for (let s: At | null = place; s !== null; s = s.parent) out.push(s.key);
  return out.reverse();
}

/**
 * Throws the renderers' one error for bad arguments: `invalid_argument`, its message the path and
 * the issue's message (e.g. `input.indicators[3].id: Unknown indicator "GOV-99".`), carrying that
 * one issue, so callers (and tests) can tell which value is wrong without reading the message.
 *
 * @param place - Where the bad value is.
 * @param code - The issue code, e.g. `invalid_type`.
 * @param params - The issue's params.
 * @throws {KsmError} `invalid_argument`, always.
 * @example
 * ```ts
 * fail(root("input"), "required", {}); // throws KsmError invalid_argument
 * ```
 */
export function fail(place: At, code: IssueCode, params: IssueParams): never {
  const path = pathOf(place);
  const issue = makeIssue(code, path, params);
  throw new KsmError("invalid_argument", `${formatPath(path)}: ${issue.message}`, [issue]);
}

/**
 * What a value is, for a message, without calling anything of it (it may be a hostile proxy).
 *
 * @param value - Any value.
 * @returns `null`, `array`, or its `typeof`.
 * @example
 * ```ts
 * typeName([]); //=> "array"
 * ```
 */
export function typeName(value: unknown): string {
  if (value === null) return "null";
  try {
    return Array.isArray(value) ? "array" : typeof value;
  } catch {
    return "unreadable object"; // Array.isArray throws for a revoked proxy.
  }
}

/**
 * Throws `invalid_argument` with an `invalid_type` issue: `place` should hold `expected`.
 *
 * @param place - Where the value is.
 * @param value - The value found.
 * @param expected - What should be there, e.g. `"a number or null"`.
 * @throws {KsmError} `invalid_argument`, always.
 * @example
 * ```ts
 * wrongType(root("input"), 42, "an object"); // throws "input: Expected an object, received number."
 * ```
 */
export function wrongType(place: At, value: unknown, expected: string): never {
  const received = typeName(value);
  return fail(place, "invalid_type", { expected, received });
}
