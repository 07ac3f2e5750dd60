import type * as z from "zod";
import type { Issue, IssuePath } from "./issue.js";
import { makeIssue } from "./makeIssue.js";

const typeOf = (value: unknown): string =>
  value === null ? "null" : Array.isArray(value) ? "array" : typeof value;

const unitOf = (origin: string): string =>
  origin === "string" ? "characters" : origin === "array" ? "items" : "";

/** Translates zod's issues into this library's stable codes. */
export function fromZod(issues: readonly z.core.$ZodIssue[], input: unknown): Issue[] {
  const out: Issue[] = [];
  for (const issue of issues) {
    const path: IssuePath = issue.path.map((p) => (typeof p === "symbol" ? String(p) : p));
    const value = valueAt(input, path);
    // A missing field is "required", whatever zod calls it (enums and literals say invalid_value).
    if (value === undefined && issue.code !== "unrecognized_keys") {
      out.push(makeIssue("required", path));
      continue;
    }
    switch (issue.code) {
      case "invalid_type":
        out.push(
          makeIssue("invalid_type", path, { expected: issue.expected, received: typeOf(value) }),
        );
        break;
      case "too_small":
        out.push(
          makeIssue("too_small", path, {
            minimum: Number(issue.minimum),
            inclusive: issue.inclusive === false ? "no" : "yes",
            unit: unitOf(issue.origin),
          }),
        );
        break;
      case "too_big":
        out.push(
          makeIssue("too_big", path, {
            maximum: Number(issue.maximum),
            inclusive: issue.inclusive === false ? "no" : "yes",
            unit: unitOf(issue.origin),
          }),
        );
        break;
      case "invalid_format":
        out.push(makeIssue("invalid_format", path, { format: formatName(issue) }));
        break;
      case "unrecognized_keys":
        for (const key of issue.keys) out.push(makeIssue("unknown_key", [...path, key], { key }));
        break;
      case "invalid_value":
        out.push(
          makeIssue("invalid_value", path, {
            expected: issue.values.map((x) => JSON.stringify(x)).join(" | "),
          }),
        );
        break;
      case "invalid_key":
        out.push(makeIssue("invalid_key", path, { key: String(path[path.length - 1] ?? "") }));
        break;
      default:
        out.push(makeIssue("invalid_value", path, { expected: "a valid value" }));
    }
  }
  return out;
}

function formatName(issue: z.core.$ZodIssueInvalidStringFormat): string {
  if (issue.format === "regex") {
    return issue.pattern?.includes("[A-Za-z][A-Za-z0-9._-]")
      ? "an id (a letter, then letters, digits, '.', '_' or '-')"
      : `text matching ${issue.pattern}`;
  }
  if (issue.format === "date") return "an ISO date YYYY-MM-DD";
  if (issue.format === "url") return "an http(s) URL";
  return issue.format;
}

function valueAt(input: unknown, path: IssuePath): unknown {
  let current = input;
  for (const key of path) {
    if (typeof current !== "object" || current === null) return undefined;
    if (!Object.hasOwn(current, key)) return undefined;
    current = (current as Record<string | number, unknown>)[key];
  }
  return current;
}
