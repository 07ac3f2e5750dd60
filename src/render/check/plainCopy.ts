import { KsmError } from "../../errors.js";
import { formatPath } from "../../issues/formatIssues.js";
import { makeIssue } from "../../issues/makeIssue.js";
import { cleanText } from "../../util/cleanText.js";
import { snapshot } from "../../util/snapshot.js";

/**
 * A plain JSON copy of a renderer's input (`snapshot`): every value is read once, so a getter or
 * a proxy cannot show the checks one value and the renderer another.
 *
 * @param input - The input.
 * @returns The copy.
 * @throws {KsmError} `invalid_argument` for the first part that is not plain JSON data (a cycle,
 *   `NaN`, a revoked proxy, a getter that throws, …), with its issue at `["input", …path]`.
 * @example
 * ```ts
 * plainCopy({ kind: "result", score: Number.NaN }); // throws invalid_argument at input.score
 * ```
 */
export function plainCopy(input: unknown): unknown {
  const { value, issues } = snapshot(input);
  const [first] = issues;
  if (first === undefined) return value;
  const path = ["input", ...first.path];
  const reason = typeof first.params.reason === "string" ? first.params.reason : first.code;
  throw new KsmError(
    "invalid_argument",
    `${formatPath(path)} is not plain JSON data: ${cleanText(reason)}`,
    [makeIssue(first.code, path, first.params)],
  );
}
