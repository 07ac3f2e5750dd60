import type { Issue, IssueCode, IssueParams, IssuePath } from "./issue.js";
import { issueMessage } from "./messages.js";

/** Builds an issue with its English message. */
export function makeIssue(code: IssueCode, path: IssuePath, params: IssueParams = {}): Issue {
  return { code, path, message: issueMessage(code, params), params };
}
