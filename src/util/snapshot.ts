import type { Issue } from "../issues/issue.js";
import { makeIssue } from "../issues/makeIssue.js";

const MAX_DEPTH = 64;
const FORBIDDEN_KEYS = new Set(["__proto__"]);

/**
 * Copies an untrusted value into fresh plain JSON data, so later steps never meet cycles, getters,
 * proxies or prototype tricks. Object properties whose value is `undefined` are dropped (as
 * `JSON.stringify` does); `-0` becomes `0`. Everything else that is not JSON becomes an issue.
 */
export function snapshot(input: unknown): { value: unknown; issues: Issue[] } {
  const issues: Issue[] = [];
  const ancestors = new Set<object>();

  const copy = (value: unknown, path: (string | number)[]): unknown => {
    switch (typeof value) {
      case "string":
      case "boolean":
        return value;
      case "number":
        if (!Number.isFinite(value)) {
          issues.push(makeIssue("not_json", path, { reason: String(value) }));
          return null;
        }
        return value === 0 ? 0 : value;
      case "object":
        break;
      default:
        issues.push(makeIssue("not_json", path, { reason: typeof value }));
        return null;
    }
    if (value === null) return null;
    if (path.length >= MAX_DEPTH) {
      issues.push(makeIssue("not_json", path, { reason: `nested deeper than ${MAX_DEPTH}` }));
      return null;
    }
    if (ancestors.has(value)) {
      issues.push(makeIssue("not_json", path, { reason: "cycle" }));
      return null;
    }
    ancestors.add(value);
    try {
      return Array.isArray(value) ? copyArray(value, path) : copyObject(value, path);
    } finally {
      ancestors.delete(value);
    }
  };

  const copyArray = (value: readonly unknown[], path: (string | number)[]): unknown[] => {
    const out: unknown[] = [];
    for (let i = 0; i < value.length; i++) {
      if (!(i in value) || value[i] === undefined) {
        issues.push(makeIssue("not_json", [...path, i], { reason: "undefined" }));
        out.push(null);
      } else out.push(copy(value[i], [...path, i]));
    }
    return out;
  };

  const copyObject = (value: object, path: (string | number)[]): unknown => {
    const proto = Object.getPrototypeOf(value);
    if (proto !== Object.prototype && proto !== null) {
      issues.push(makeIssue("not_json", path, { reason: "not a plain object" }));
      return null;
    }
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value)) {
      if (FORBIDDEN_KEYS.has(key)) {
        issues.push(makeIssue("forbidden_key", [...path, key], { key }));
        continue;
      }
      const item = (value as Record<string, unknown>)[key];
      if (item === undefined) continue;
      out[key] = copy(item, [...path, key]);
    }
    return out;
  };

  try {
    return { value: copy(input, []), issues };
  } catch {
    // A proxy trap or getter threw, or the input is too deep for the stack.
    return { value: null, issues: [makeIssue("not_json", [], { reason: "unreadable value" })] };
  }
}
