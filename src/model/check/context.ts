import type { Issue, IssueCode, IssueParams, IssuePath } from "../../issues/issue.js";
import { makeIssue } from "../../issues/makeIssue.js";

/** Collects issues during the referential checks. */
export class IssueSink {
  readonly issues: Issue[] = [];

  add(code: IssueCode, path: IssuePath, params: IssueParams = {}): void {
    this.issues.push(makeIssue(code, path, params));
  }
}
