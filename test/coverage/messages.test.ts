import { describe, expect, it } from "vitest";
import {
  formatIssues,
  type Issue,
  type IssueCode,
  type IssueParams,
  type Lang,
  parseAssessment,
  parseModel,
} from "../../src/index.js";
import { makeIssue } from "../../src/issues/makeIssue.js";
import { setAt } from "../fixtures/jsonEdit.js";
import { miniModel } from "../fixtures/miniModel.js";
import { mini1 } from "./support.js";

/** A distinct value for every parameter any message can use, so each can be found in the text. */
const PARAMS: Readonly<Record<string, string | number>> = {
  reason: "R-reason",
  key: "K-key",
  expected: "E-expected",
  received: "V-received",
  format: "F-format",
  minimum: 101,
  maximum: 909,
  id: "I-id",
  first: "P-first",
  factor: "X-factor",
  value: 303,
  tier: "T-tier",
  lower: "L-lower",
  level: 404,
  max: 505,
  cycle: "C-cycle",
  from: "A-from",
  fromTier: "B-fromTier",
  to: "D-to",
  toTier: "G-toTier",
  combinations: 606,
  model: "M-model",
  rating: "N-rating",
  at: "Q-at",
  after: "S-after",
  afterTier: "U-afterTier",
};

/** The parameters each code's message fills in (in both languages). */
const USES: Readonly<Record<IssueCode, readonly string[]>> = {
  not_json: ["reason"],
  forbidden_key: ["key"],
  required: [],
  invalid_type: ["expected", "received"],
  invalid_value: ["expected"],
  invalid_format: ["format"],
  invalid_key: ["key"],
  too_small: ["minimum"],
  too_big: ["maximum"],
  unknown_key: ["key"],
  duplicate_id: ["id", "first"],
  unknown_source: ["id"],
  unknown_factor: ["id"],
  unknown_factor_value: ["factor", "value"],
  unknown_tier: ["id"],
  unknown_institution_type: ["id"],
  unknown_indicator: ["id"],
  unknown_answer_code: ["id", "expected"],
  levels_not_contiguous: ["expected"],
  factor_values_not_contiguous: ["expected"],
  answer_scale_not_ordered: ["id"],
  reserved_code: [],
  level_out_of_range: ["level", "max"],
  level_not_covered: ["level"],
  practices_not_allowed: [],
  missing_target: ["tier"],
  targets_not_monotone: ["tier", "lower"],
  dependency_cycle: ["cycle"],
  tier_rules_not_monotone: ["from", "fromTier", "to", "toTier"],
  tier_rules_too_complex: ["combinations", "maximum"],
  tier_rules_unordered: ["at", "tier", "after", "afterTier", "combinations", "maximum"],
  unknown_tag: ["id"],
  duplicate_tag: ["id", "first"],
  crosswalk_model_mismatch: ["expected", "received"],
  crosswalk_unaccounted: ["id", "model"],
  crosswalk_duplicate: ["id", "model"],
  crosswalk_id_reused: ["id", "first"],
  model_mismatch: ["expected", "received"],
  unknown_practice: ["id"],
  answer_target_ambiguous: [],
  duplicate_answer: ["id", "first"],
  rating_mismatch: ["id", "rating"],
  not_applicable_not_allowed: ["id"],
  rationale_required: [],
  missing_factor: ["id"],
};

const CODES = Object.keys(USES) as IssueCode[];
const LANGS: readonly Lang[] = ["en", "nl"];

/** The message of one issue as formatIssues prints it, without the path and code. */
function message(code: IssueCode, params: IssueParams, lang: Lang): string {
  const line = formatIssues([makeIssue(code, [], params)], { lang });
  return line.replace(/^✖ /, "").replace(/ → (at|bij) \(root\) {2}\[\w+\]$/, "");
}

const only = (keys: readonly string[]): IssueParams =>
  Object.fromEntries(keys.map((k) => [k, PARAMS[k] as string | number]));

describe("issue messages in Dutch and English", () => {
  it.each(CODES)("%s fills in exactly the parameters it uses", (code) => {
    for (const lang of LANGS) {
      const full = message(code, PARAMS, lang);
      for (const key of USES[code]) expect(full).toContain(String(PARAMS[key]));
      // Other parameters do not change the message.
      expect(message(code, only(USES[code]), lang)).toBe(full);
      expect(full).not.toContain("?");
    }
  });

  it.each(CODES)("%s shows a missing parameter as ?", (code) => {
    for (const lang of LANGS) {
      const bare = message(code, {}, lang);
      expect(bare.split("?").length - 1).toBe(USES[code].length);
      for (const key of USES[code]) {
        const without = only(USES[code].filter((k) => k !== key));
        expect(message(code, without, lang)).toContain("?");
      }
    }
  });

  it("says too_small inclusive and exclusive, with and without a unit", () => {
    const cases: [IssueParams, string, string][] = [
      [{ minimum: 1 }, "Too small: at least 1.", "Te klein: minstens 1."],
      [{ minimum: 1, inclusive: "yes" }, "Too small: at least 1.", "Te klein: minstens 1."],
      [{ minimum: 0, inclusive: "no" }, "Too small: more than 0.", "Te klein: meer dan 0."],
      [
        { minimum: 2, inclusive: "yes", unit: "characters" },
        "Too small: at least 2 characters.",
        "Te klein: minstens 2 tekens.",
      ],
      [
        { minimum: 2, inclusive: "no", unit: "items" },
        "Too small: more than 2 items.",
        "Te klein: meer dan 2 elementen.",
      ],
      [{ minimum: 3, unit: "" }, "Too small: at least 3.", "Te klein: minstens 3."],
      // A unit without a Dutch word is shown as it is.
      [
        { minimum: 4, unit: "bytes" },
        "Too small: at least 4 bytes.",
        "Te klein: minstens 4 bytes.",
      ],
    ];
    for (const [params, en, nl] of cases) {
      expect(message("too_small", params, "en")).toBe(en);
      expect(message("too_small", params, "nl")).toBe(nl);
    }
  });

  it("says too_big inclusive and exclusive, with and without a unit", () => {
    const cases: [IssueParams, string, string][] = [
      [{ maximum: 10 }, "Too big: at most 10.", "Te groot: hoogstens 10."],
      [{ maximum: 10, inclusive: "no" }, "Too big: less than 10.", "Te groot: minder dan 10."],
      [
        { maximum: 300, inclusive: "yes", unit: "characters" },
        "Too big: at most 300 characters.",
        "Te groot: hoogstens 300 tekens.",
      ],
      [
        { maximum: 12, inclusive: "no", unit: "items" },
        "Too big: less than 12 items.",
        "Te groot: minder dan 12 elementen.",
      ],
      [{ maximum: 5, unit: "bytes" }, "Too big: at most 5 bytes.", "Te groot: hoogstens 5 bytes."],
    ];
    for (const [params, en, nl] of cases) {
      expect(message("too_big", params, "en")).toBe(en);
      expect(message("too_big", params, "nl")).toBe(nl);
    }
  });
});

describe("messages of real issues", () => {
  const issuesOf = (result: { ok: boolean; issues?: readonly Issue[] }): readonly Issue[] =>
    result.ok ? [] : (result.issues ?? []);

  it("gives the unit of a string and of a list that is too long or too short", () => {
    const longName = issuesOf(
      parseAssessment(
        {
          modelRef: { id: "mini", version: "1" },
          institution: { id: "x", name: "n".repeat(301) },
          measuredOn: "2025-01-01",
          assessedBy: "self",
          riskProfile: { exposure: 0, partnerships: 0 },
          answers: [],
        },
        mini1,
      ),
    );
    expect(longName.map((i) => [i.code, i.params])).toEqual([
      ["too_big", { maximum: 300, inclusive: "yes", unit: "characters" }],
    ]);
    expect(formatIssues(longName, { lang: "nl" })).toBe(
      "✖ Te groot: hoogstens 300 tekens. → bij institution.name  [too_big]",
    );

    const noDomains = issuesOf(parseModel(setAt(miniModel(), ["domains"], [])));
    expect(noDomains.map((i) => i.code)).toEqual(["too_small"]);
    expect(formatIssues(noDomains, { lang: "en" })).toBe(
      "✖ Too small: at least 1 items. → at domains  [too_small]",
    );
    expect(formatIssues(noDomains, { lang: "nl" })).toBe(
      "✖ Te klein: minstens 1 elementen. → bij domains  [too_small]",
    );
  });

  it("says a weight must be more than 0 (an exclusive minimum)", () => {
    const zero = issuesOf(
      parseModel(setAt(miniModel(), ["domains", 0, "indicators", 0, "weight"], 0)),
    );
    expect(zero.map((i) => [i.code, i.params])).toEqual([
      ["too_small", { minimum: 0, inclusive: "no", unit: "" }],
    ]);
    expect(formatIssues(zero, { lang: "en" })).toContain("✖ Too small: more than 0. → at");
    expect(formatIssues(zero, { lang: "nl" })).toContain("✖ Te klein: meer dan 0. → bij");
  });
});

describe("messages of issues built by a caller", () => {
  it("renders a known code without params, placeholders as ?", () => {
    const issue = { code: "unknown_tier", path: ["tier"], message: "x" } as unknown as Issue;
    expect(formatIssues([issue], { lang: "nl" })).toBe(
      '✖ Onbekend risiconiveau "?". → bij tier  [unknown_tier]',
    );
    expect(formatIssues([issue])).toBe('✖ Unknown risk tier "?". → at tier  [unknown_tier]');
  });
});
