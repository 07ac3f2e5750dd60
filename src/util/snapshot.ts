import type { Issue, IssuePath } from "../issues/issue.js";
import { makeIssue } from "../issues/makeIssue.js";

const MAX_DEPTH = 64;
/** Longer arrays are refused before they are read (the longest list any format allows is 200,000). */
const MAX_ARRAY_LENGTH = 1_000_000;
/** Reading stops after this many problems: the first ones say enough, and the list stays small. */
const MAX_ISSUES = 1_000;

/** A path built only when an issue needs it: each step points at its parent. */
interface Step {
  readonly parent: Step | null;
  readonly key: string | number;
}

function pathOf(step: Step | null): IssuePath {
  const out: (string | number)[] = [];
  for (let s = step; s !== null; s = s.parent) out.push(s.key);
  return out.reverse();
}

/**
 * Copies an untrusted value into fresh plain JSON data, so later steps never meet cycles, getters,
 * proxies or prototype tricks. Object properties whose value is `undefined` are dropped (as
 * `JSON.stringify` does); `-0` becomes `0`. Like `JSON.stringify`, only own enumerable string keys
 * of objects and the indexes of arrays are read (symbol keys are ignored). Everything else that is
 * not JSON becomes an issue:
 * `not_json` (cycle, function, NaN, …) or `forbidden_key` (`__proto__`).
 */
export function snapshot(input: unknown): { value: unknown; issues: Issue[] } {
  const issues: Issue[] = [];
  const ancestors = new Set<object>();

  const copy = (value: unknown, at: Step | null, depth: number): unknown => {
    switch (typeof value) {
      case "string":
      case "boolean":
        return value;
      case "number":
        if (Number.isFinite(value)) return value === 0 ? 0 : value;
        issues.push(makeIssue("not_json", pathOf(at), { reason: String(value) }));
        return null;
      case "object":
        if (value === null) return null;
        break;
      default:
        issues.push(makeIssue("not_json", pathOf(at), { reason: typeof value }));
        return null;
    }
    if (depth >= MAX_DEPTH) {
      issues.push(makeIssue("not_json", pathOf(at), { reason: `nested deeper than ${MAX_DEPTH}` }));
      return null;
    }
    if (ancestors.has(value)) {
      issues.push(makeIssue("not_json", pathOf(at), { reason: "cycle" }));
      return null;
    }
    ancestors.add(value);
    try {
      return Array.isArray(value) ? copyArray(value, at, depth) : copyObject(value, at, depth);
    } catch {
      // A proxy trap or a getter threw while reading this value.
      issues.push(makeIssue("not_json", pathOf(at), { reason: "unreadable value" }));
      return null;
    } finally {
      ancestors.delete(value);
    }
  };

  const copyArray = (value: readonly unknown[], at: Step | null, depth: number): unknown => {
    // Read the length once: a proxy may change it on every read.
    const length = value.length;
    if (length > MAX_ARRAY_LENGTH) {
      issues.push(
        makeIssue("too_big", pathOf(at), {
          maximum: MAX_ARRAY_LENGTH,
          inclusive: "yes",
          unit: "items",
        }),
      );
      return null;
    }
    const out = new Array<unknown>(length);
    for (let i = 0; i < length; i++) {
      if (issues.length >= MAX_ISSUES) break;
      const item = value[i];
      if (item === undefined) {
        issues.push(makeIssue("not_json", pathOf({ parent: at, key: i }), { reason: "undefined" }));
        out[i] = null;
      } else out[i] = copy(item, { parent: at, key: i }, depth + 1);
    }
    return out;
  };

  const copyObject = (value: object, at: Step | null, depth: number): unknown => {
    const proto = Object.getPrototypeOf(value);
    if (proto !== Object.prototype && proto !== null) {
      issues.push(makeIssue("not_json", pathOf(at), { reason: "not a plain object" }));
      return null;
    }
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value)) {
      if (issues.length >= MAX_ISSUES) break;
      const item = (value as Record<string, unknown>)[key];
      if (key === "__proto__") {
        issues.push(makeIssue("forbidden_key", pathOf({ parent: at, key }), { key }));
      } else if (item !== undefined) {
        out[key] = copy(item, { parent: at, key }, depth + 1);
      }
    }
    return out;
  };

  try {
    const value = copy(input, null, 0);
    if (issues.length >= MAX_ISSUES) {
      issues.push(
        makeIssue("not_json", [], { reason: `more than ${MAX_ISSUES} problems; stopped reading` }),
      );
    }
    return { value, issues };
  } catch {
    // A proxy trap or getter threw.
    return { value: null, issues: [makeIssue("not_json", [], { reason: "unreadable value" })] };
  }
}
