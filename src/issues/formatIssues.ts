import type { Issue, IssuePath } from "./issue.js";
import { issueMessage, type Lang } from "./messages.js";

/** Options for {@link formatIssues}. */
export interface FormatIssuesOptions {
  /** Language of the messages; default `"en"`. */
  readonly lang?: Lang;
}

/** A string from data as it is; anything else (a hostile object, a symbol) as nothing. */
const text = (value: unknown): string => (typeof value === "string" ? value : "");

/**
 * Renders a path as `domains[0].indicators[2].id`; the empty path as `(root)`.
 *
 * @param path - The issue path.
 * @returns The path in dotted notation.
 */
export function formatPath(path: IssuePath): string {
  if (path.length === 0) return "(root)";
  let out = "";
  for (const part of path) {
    if (typeof part === "number") out += `[${part}]`;
    else if (typeof part !== "string") out += "[?]";
    else if (/^[A-Za-z_$][\w$-]*$/.test(part)) out += out === "" ? part : `.${part}`;
    else out += `[${JSON.stringify(part)}]`;
  }
  return out;
}

/**
 * Renders issues as readable lines, one per issue: `✖ message → at path  [code]`.
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
  const lang = options?.lang === "nl" ? "nl" : "en";
  const at = lang === "nl" ? "bij" : "at";
  if (!Array.isArray(issues)) return "";
  return issues
    .map(
      (i) =>
        `✖ ${issueMessage(i.code, i.params, lang) || text(i.message)} → ${at} ${formatPath(Array.isArray(i.path) ? i.path : [])}  [${text(i.code)}]`,
    )
    .join("\n");
}
