import { cleanText } from "../util/cleanText.js";
import type { Issue, IssuePath } from "./issue.js";
import { issueMessage, type Lang } from "./messages.js";

/** Options for {@link formatIssues}. */
export interface FormatIssuesOptions {
  /** Language of the messages; default `"en"`. */
  readonly lang?: Lang;
}

/** A string from data, cleaned of control characters; anything else (an object, a symbol) as nothing. */
const text = (value: unknown): string => (typeof value === "string" ? cleanText(value) : "");

const IDENTIFIER = /^[A-Za-z_$][\w$-]*$/;

/**
 * Renders a path as `domains[0].indicators[2].id`; the empty path as `(root)`. Keys that are not
 * identifiers are quoted (control characters escaped, bidirectional controls removed), so a key
 * from data cannot change how the line prints.
 *
 * @param path - The issue path.
 * @returns The path in dotted notation.
 * @example
 * ```ts
 * formatPath(["domains", 0, "a b"]); //=> 'domains[0]["a b"]'
 * ```
 */
export function formatPath(path: IssuePath): string {
  if (path.length === 0) return "(root)";
  let out = "";
  for (const part of path) {
    if (typeof part === "number") out += `[${part}]`;
    else if (typeof part !== "string") out += "[?]";
    else if (IDENTIFIER.test(part)) out += out === "" ? part : `.${part}`;
    else out += `[${cleanText(JSON.stringify(part))}]`;
  }
  return out;
}

/** More lines than anyone reads; a longer (or sparse, or proxied) "list" must not hang. */
const MAX_LINES = 10_000;

const words = {
  en: {
    at: "at",
    notIssue: (k: number, what: string) => `Entry ${k} is not an issue: ${what}.`,
    unreadable: "a value that cannot be read",
    more: (n: number) => `${n} more entries are not shown.`,
  },
  nl: {
    at: "bij",
    notIssue: (k: number, what: string) => `Element ${k} is geen issue: ${what}.`,
    unreadable: "een waarde die niet te lezen is",
    more: (n: number) => `Nog ${n} elementen worden niet getoond.`,
  },
} as const;

/** What a value that is not an issue is, without calling anything of it. */
function kindOf(value: unknown): string {
  if (value === null) return "null";
  switch (typeof value) {
    case "number":
    case "boolean":
    case "bigint":
    case "undefined":
      return String(value);
    case "string":
      return "a string";
    case "object":
      return "an array"; // the only object that is not taken for an issue
    default:
      return `a ${typeof value}`;
  }
}

function line(entry: unknown, k: number, lang: Lang): string {
  const w = words[lang];
  // Array.isArray throws for a revoked proxy: the caller turns that into a line too.
  if (typeof entry !== "object" || entry === null || Array.isArray(entry)) {
    return `✖ ${w.notIssue(k, kindOf(entry))}`;
  }
  // Each field is read once: a getter may answer differently the second time.
  const { code, path, message, params } = entry as Record<string, unknown>;
  const rendered = issueMessage(code as Issue["code"], params as Issue["params"], lang);
  const where = formatPath(Array.isArray(path) ? (path as IssuePath) : []);
  return `✖ ${rendered || text(message)} → ${w.at} ${where}  [${text(code)}]`;
}

/**
 * Renders issues as readable lines, one per issue: `✖ message → at path  [code]`. Text from the
 * issues (messages, codes, keys in paths) is cleaned of control and bidirectional characters, so
 * printing the lines cannot move the cursor or reverse text.
 *
 * Issue lists may be deserialized or built by a caller, so this never throws: an entry that is not
 * an issue (`null`, a number, a string, an array, or an object that cannot be read, such as a
 * revoked proxy) gives a line saying so, e.g. `✖ Entry 0 is not an issue: null.`; fields of the
 * wrong type are left out; a value that is not an array gives the empty string. At most 10,000
 * lines are printed, then one saying how many more entries there are (a sparse or proxied "list"
 * may claim billions).
 *
 * @param issues - Issues from any `parse*` function.
 * @param options - The language (`nl` or `en`).
 * @returns The lines joined by newlines.
 * @example
 * ```ts
 * formatIssues([{ code: "required", path: ["id"], message: "Required field is missing.", params: {} }], { lang: "nl" });
 * //=> "✖ Verplicht veld ontbreekt. → bij id  [required]"
 * ```
 */
export function formatIssues(issues: readonly Issue[], options: FormatIssuesOptions = {}): string {
  const lang = langOf(options);
  let length: number;
  try {
    if (!Array.isArray(issues)) return "";
    length = issues.length;
  } catch {
    return ""; // A revoked proxy: there is no list to read.
  }
  const lines: string[] = [];
  for (let k = 0; k < Math.min(length, MAX_LINES); k++) {
    try {
      lines.push(line(issues[k], k, lang));
    } catch {
      lines.push(`✖ ${words[lang].notIssue(k, words[lang].unreadable)}`);
    }
  }
  if (length > MAX_LINES) lines.push(`✖ ${words[lang].more(length - MAX_LINES)}`);
  return lines.join("\n");
}

function langOf(options: FormatIssuesOptions | undefined): Lang {
  try {
    return options?.lang === "nl" ? "nl" : "en";
  } catch {
    return "en";
  }
}
