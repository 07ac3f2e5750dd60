import { describe, expect, it } from "vitest";
import {
  formatIssues,
  formatPath,
  ISSUE_CODES,
  type Issue,
  type IssueCode,
  type Lang,
  parseModel,
} from "../../src/index.js";
import { makeIssue } from "../../src/issues/makeIssue.js";
import { issueMessage } from "../../src/issues/messages.js";
import { setAt } from "../fixtures/jsonEdit.js";
import { miniModel } from "../fixtures/miniModel.js";

const CODES = Object.keys(ISSUE_CODES) as IssueCode[];
const LANGS: readonly Lang[] = ["nl", "en"];

/** Params with a value for every placeholder any message uses. */
const FULL_PARAMS = {
  reason: "cycle",
  key: "extra",
  expected: "string",
  received: "number",
  format: "an ISO date",
  minimum: 1,
  maximum: 9,
  unit: "items",
  id: "gov-policy",
  first: "domains[0].id",
  factor: "exposure",
  value: 3,
  tier: "high",
  lower: "low",
  level: 4,
  max: 3,
  cycle: "a → b → a",
  from: "{ exposure: 1 }",
  fromTier: "high",
  to: "{ exposure: 2 }",
  toTier: "low",
  combinations: 161051,
  model: "mini@1",
  rating: "practices",
  at: "tierRules[1]",
  after: "tierRules[0]",
  afterTier: "low",
  type: "college",
};

describe("formatPath", () => {
  it.each<[string, (string | number)[], string]>([
    ["the root", [], "(root)"],
    ["a key", ["id"], "id"],
    ["keys and indexes", ["domains", 0, "indicators", 2, "id"], "domains[0].indicators[2].id"],
    ["an index first", [3, "id"], "[3].id"],
    ["nested indexes", ["levels", 0, 1], "levels[0][1]"],
    ["a key with a dash", ["targets", "gov-policy"], "targets.gov-policy"],
    ["a key with a space", ["targets", "bad key"], 'targets["bad key"]'],
    ["a key with a dot", ["when", "factors", "a.b"], 'when.factors["a.b"]'],
    ["a key starting with a digit", ["targets", "1st"], 'targets["1st"]'],
    ["a numeric string key", ["targets", "0"], 'targets["0"]'],
    ["an empty key", ["targets", ""], 'targets[""]'],
    ["a key with a quote", ['say "hi"'], '["say \\"hi\\""]'],
    ["a key with a newline", ["a\nb", "c"], '["a\\nb"].c'],
    ["a non-ASCII key", ["titel", "één"], 'titel["één"]'],
    ["`__proto__`", ["targets", "__proto__"], "targets.__proto__"],
  ])("renders %s", (_, path, expected) => {
    expect(formatPath(path)).toBe(expected);
  });

  it("tells an index from a numeric key", () => {
    expect(formatPath(["a", 0])).not.toBe(formatPath(["a", "0"]));
  });

  it("renders a part that is neither a key nor an index as [?]", () => {
    const path = ["answers", true, Symbol("x"), null, "note"] as unknown as (string | number)[];
    expect(formatPath(path)).toBe("answers[?][?][?].note");
  });
});

describe("formatIssues", () => {
  const issues: Issue[] = [
    makeIssue("required", ["domains", 0, "indicators", 2, "id"]),
    makeIssue("unknown_tier", ["domains", 1, "indicators", 0, "targets", "bad key"], {
      id: "bad key",
    }),
    makeIssue("not_json", [], { reason: "cycle" }),
  ];

  it.each(LANGS)("renders one line per issue with its path and code (%s)", (lang) => {
    const lines = formatIssues(issues, { lang }).split("\n");
    expect(lines).toHaveLength(issues.length);
    issues.forEach((issue, i) => {
      const line = lines[i] ?? "";
      expect(line).toContain(issueMessage(issue.code, issue.params, lang));
      expect(line).toContain(formatPath(issue.path));
      expect(line.endsWith(`[${issue.code}]`)).toBe(true);
    });
  });

  it("renders the same issues differently in nl and en, and en by default", () => {
    expect(formatIssues(issues, { lang: "nl" })).not.toBe(formatIssues(issues, { lang: "en" }));
    expect(formatIssues(issues)).toBe(formatIssues(issues, { lang: "en" }));
  });

  it("renders no issues as the empty string", () => {
    expect(formatIssues([])).toBe("");
  });

  it("renders the issues of a real parse, one line each", () => {
    const result = parseModel(setAt(setAt(miniModel(), ["id"], 42), ["extra"], 1));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    for (const lang of LANGS) {
      const lines = formatIssues(result.issues, { lang }).split("\n");
      expect(lines).toHaveLength(result.issues.length);
      expect(lines[0]).toContain("[invalid_type]");
      expect(lines[0]).toContain(" id ");
      expect(lines[1]).toContain("[unknown_key]");
    }
  });

  // Issue lists may be deserialized or built by a caller: what is not an issue prints as nothing.
  it("renders a value that is not an array of issues as the empty string", () => {
    expect(formatIssues({ length: 1, 0: issues[0] } as unknown as Issue[])).toBe("");
    expect(formatIssues(null as unknown as Issue[])).toBe("");
  });

  it("leaves out a code or message that is not a string, and reads a path that is not an array as the root", () => {
    const forged = {
      code: { toString: () => "required" },
      path: "domains[0]",
      message: 42,
      params: {},
    } as unknown as Issue;
    expect(formatIssues([forged])).toBe("✖  → at (root)  []");
    const known = {
      ...makeIssue("required", ["id"]),
      message: ["not", "text"],
    } as unknown as Issue;
    expect(formatIssues([known], { lang: "nl" })).toBe(
      "✖ Verplicht veld ontbreekt. → bij id  [required]",
    );
  });

  it("looks up only a code that is a string, never calling a forged code's toString", () => {
    const issue = (code: unknown) =>
      ({ code, path: ["id"], message: "Forged.", params: {} }) as unknown as Issue;
    expect(formatIssues([issue(Object.create(null))])).toBe("✖ Forged. → at id  []");
    expect(formatIssues([issue({ toString: () => "required" })])).toBe("✖ Forged. → at id  []");
    expect(issueMessage({ toString: () => "required" } as unknown as IssueCode, {})).toBe("");
  });

  it("renders an issue's English message as it was made", () => {
    for (const code of CODES) {
      const issue = makeIssue(code, ["x"], FULL_PARAMS);
      expect(formatIssues([issue])).toContain(issue.message);
    }
  });
});

describe("messages", () => {
  it.each(CODES)("%s has a non-empty nl and en message that differ", (code) => {
    for (const params of [{}, FULL_PARAMS]) {
      const nl = issueMessage(code, params, "nl");
      const en = issueMessage(code, params, "en");
      expect(nl.trim()).not.toBe("");
      expect(en.trim()).not.toBe("");
      expect(nl).not.toBe(en);
    }
  });

  it.each(CODES)("%s fills in every placeholder when its params are given", (code) => {
    for (const lang of LANGS) {
      expect(issueMessage(code, FULL_PARAMS, lang)).not.toContain("?");
    }
  });

  it("has an explanation for every code", () => {
    for (const code of CODES) expect(ISSUE_CODES[code].length).toBeGreaterThan(10);
  });
});
