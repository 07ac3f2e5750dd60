import { describe, expect, it } from "vitest";
import { type IssueCode, type IssuePath, parseModel } from "../../src/index.js";
import { deepFreezeInput, isDeepFrozen } from "../fixtures/deepFrozen.js";
import { getAt, pushAt, removeAt, renameId, setAt } from "../fixtures/jsonEdit.js";
import { type ModelDocument, miniModel } from "../fixtures/miniModel.js";

interface Found {
  readonly code: IssueCode;
  readonly path: IssuePath;
}

/** The `{ code, path }` pairs parseModel reports; `[]` when the input parses. */
function issuesOf(input: unknown): Found[] {
  const result = parseModel(input);
  return result.ok ? [] : result.issues.map(({ code, path }) => ({ code, path }));
}

/** A fresh mini model changed by `change`. */
function edited(change: (model: ModelDocument) => void): ModelDocument {
  const model = miniModel();
  change(model);
  return model;
}

const ind = (domain: number, indicator: number) => ["domains", domain, "indicators", indicator];
const GOV_POLICY = ind(0, 0);
const GOV_ROLES = ind(0, 1);
const OPS_SCREENING = ind(1, 0);
const OPS_TRAINING = ind(1, 1);
const RULES = ["riskProfile", "tierRules"];

interface Case {
  readonly name: string;
  readonly input: () => unknown;
  readonly issues: readonly Found[];
}

const issue = (code: IssueCode, path: IssuePath): Found => ({ code, path });

/**
 * Five factors of eleven values, 161 051 combinations, more than the check enumerates, and tier
 * rules that are not listed from the highest tier down.
 */
function tooManyCombinations(model: ModelDocument): void {
  const text = { nl: "x", en: "x" };
  model.riskProfile.factors = Array.from({ length: 5 }, (_, f) => ({
    id: `factor${f}`,
    label: text,
    question: text,
    values: Array.from({ length: 11 }, (_, value) => ({ value, label: text })),
  }));
  model.riskProfile.tierRules = [
    { tier: "low", when: { factors: { factor0: 10 } } },
    { tier: "high", when: { factors: { factor1: 10 } } },
  ];
  for (const domain of model.domains) for (const i of domain.indicators) delete i.riskWeights;
}

const cases: readonly Case[] = [
  // not_json
  {
    name: "not_json: a cycle",
    input: () => {
      const model = miniModel();
      setAt(model, ["title", "self"], model.title);
      return model;
    },
    issues: [issue("not_json", ["title", "self"])],
  },
  {
    name: "not_json: a function",
    input: () => setAt(miniModel(), ["title", "nl"], () => "Minimodel"),
    issues: [issue("not_json", ["title", "nl"])],
  },
  {
    name: "not_json: NaN",
    input: () => setAt(miniModel(), [...GOV_POLICY, "weight"], Number.NaN),
    issues: [issue("not_json", [...GOV_POLICY, "weight"])],
  },
  {
    name: "not_json: Infinity",
    input: () => setAt(miniModel(), [...GOV_POLICY, "weight"], Number.POSITIVE_INFINITY),
    issues: [issue("not_json", [...GOV_POLICY, "weight"])],
  },
  {
    name: "not_json: -Infinity",
    input: () => setAt(miniModel(), [...GOV_POLICY, "targets", "low"], Number.NEGATIVE_INFINITY),
    issues: [issue("not_json", [...GOV_POLICY, "targets", "low"])],
  },
  {
    name: "not_json: an undefined array item",
    input: () => setAt(miniModel(), ["sources", 1], undefined),
    issues: [issue("not_json", ["sources", 1])],
  },
  {
    name: "not_json: a hole in a sparse array",
    input: () =>
      edited((m) => {
        m.sources.length = 3;
      }),
    issues: [issue("not_json", ["sources", 2])],
  },
  {
    name: "not_json: a Date",
    input: () => setAt(miniModel(), ["releasedOn"], new Date("2024-06-01")),
    issues: [issue("not_json", ["releasedOn"])],
  },
  {
    name: "not_json: a Map",
    input: () => setAt(miniModel(), [...GOV_POLICY, "targets"], new Map([["low", 2]])),
    issues: [issue("not_json", [...GOV_POLICY, "targets"])],
  },
  {
    name: "not_json: a class instance",
    input: () =>
      setAt(
        miniModel(),
        ["title"],
        new (class Text {
          nl = "a";
          en = "b";
        })(),
      ),
    issues: [issue("not_json", ["title"])],
  },
  {
    name: "not_json: a bigint",
    input: () => setAt(miniModel(), ["evidenceValidityMonths"], 24n),
    issues: [issue("not_json", ["evidenceValidityMonths"])],
  },
  {
    name: "not_json: a boxed string",
    input: () => setAt(miniModel(), ["title", "en"], Object("Mini model")),
    issues: [issue("not_json", ["title", "en"])],
  },
  {
    // Reported at the root: snapshot cannot tell where a trap threw.
    name: "not_json: a Proxy whose getter throws",
    input: () =>
      setAt(
        miniModel(),
        ["title"],
        new Proxy(
          { nl: "a", en: "b" },
          {
            get() {
              throw new Error("boom");
            },
          },
        ),
      ),
    issues: [issue("not_json", ["title"])],
  },
  {
    name: "not_json: a revoked Proxy",
    input: () => {
      const { proxy, revoke } = Proxy.revocable({}, {});
      revoke();
      return setAt(miniModel(), ["description"], proxy);
    },
    issues: [issue("not_json", ["description"])],
  },
  {
    name: "not_json: nesting deeper than 64",
    input: () => {
      let deep: unknown = {};
      for (let i = 0; i < 100; i++) deep = { a: deep };
      return setAt(miniModel(), ["extra"], deep);
    },
    issues: [issue("not_json", ["extra", ...Array.from({ length: 63 }, () => "a")])],
  },
  // forbidden_key
  {
    name: "forbidden_key: `__proto__` at the root (from JSON.parse)",
    input: () =>
      JSON.parse(JSON.stringify(miniModel()).replace(/^\{/, '{"__proto__":{"polluted":true},')),
    issues: [issue("forbidden_key", ["__proto__"])],
  },
  {
    name: "forbidden_key: `__proto__` as a targets key (from JSON.parse)",
    input: () =>
      setAt(
        miniModel(),
        [...GOV_POLICY, "targets"],
        JSON.parse('{"low":2,"high":3,"__proto__":1}'),
      ),
    issues: [issue("forbidden_key", [...GOV_POLICY, "targets", "__proto__"])],
  },
  {
    name: "forbidden_key: `__proto__` as a tier-rule factor (own property)",
    input: () => setAt(miniModel(), [...RULES, 0, "when", "factors", "__proto__"], { polluted: 1 }),
    issues: [issue("forbidden_key", [...RULES, 0, "when", "factors", "__proto__"])],
  },
  // required
  {
    name: "required: the model id",
    input: () => removeAt(miniModel(), ["id"]),
    issues: [issue("required", ["id"])],
  },
  {
    name: "required: the English title",
    input: () => removeAt(miniModel(), ["title", "en"]),
    issues: [issue("required", ["title", "en"])],
  },
  {
    name: "required: an indicator weight",
    input: () => removeAt(miniModel(), [...OPS_TRAINING, "weight"]),
    issues: [issue("required", [...OPS_TRAINING, "weight"])],
  },
  {
    name: "required: the rationale when not-applicable is allowed",
    input: () => removeAt(miniModel(), [...GOV_ROLES, "notApplicable", "rationale"]),
    issues: [issue("required", [...GOV_ROLES, "notApplicable", "rationale"])],
  },
  {
    name: "required: a field whose value is undefined counts as missing",
    input: () => setAt(miniModel(), ["releasedOn"], undefined),
    issues: [issue("required", ["releasedOn"])],
  },
  // invalid_type
  {
    name: "invalid_type: a number for the id",
    input: () => setAt(miniModel(), ["id"], 42),
    issues: [issue("invalid_type", ["id"])],
  },
  {
    name: "invalid_type: null for the title",
    input: () => setAt(miniModel(), ["title"], null),
    issues: [issue("invalid_type", ["title"])],
  },
  {
    name: "invalid_type: an object for domains",
    input: () => setAt(miniModel(), ["domains"], {}),
    issues: [issue("invalid_type", ["domains"])],
  },
  {
    name: "invalid_type: a string weight",
    input: () => setAt(miniModel(), [...GOV_POLICY, "weight"], "2"),
    issues: [issue("invalid_type", [...GOV_POLICY, "weight"])],
  },
  {
    name: "invalid_type: a string for critical",
    input: () => setAt(miniModel(), [...GOV_POLICY, "critical"], "yes"),
    issues: [issue("invalid_type", [...GOV_POLICY, "critical"])],
  },
  {
    name: "invalid_type: a fractional practice level",
    input: () => setAt(miniModel(), [...GOV_POLICY, "practices", 0, "level"], 1.5),
    issues: [issue("invalid_type", [...GOV_POLICY, "practices", 0, "level"])],
  },
  // invalid_value
  {
    name: "invalid_value: an unknown level rule",
    input: () => setAt(miniModel(), ["levelRule"], "linear"),
    issues: [issue("invalid_value", ["levelRule"])],
  },
  {
    name: "invalid_value: an unknown rating",
    input: () => setAt(miniModel(), [...OPS_SCREENING, "rating"], "score"),
    issues: [issue("invalid_value", [...OPS_SCREENING, "rating"])],
  },
  {
    name: "invalid_value: a not-applicable policy that is neither true nor false",
    input: () => setAt(miniModel(), [...GOV_POLICY, "notApplicable", "allowed"], "maybe"),
    issues: [issue("invalid_value", [...GOV_POLICY, "notApplicable", "allowed"])],
  },
  // invalid_format
  {
    name: "invalid_format: an id starting with a digit",
    input: () => setAt(miniModel(), ["id"], "1mini"),
    issues: [issue("invalid_format", ["id"])],
  },
  {
    name: "invalid_format: an id with a space",
    input: () => setAt(miniModel(), [...GOV_POLICY, "practices", 2, "id"], "gov policy"),
    issues: [issue("invalid_format", [...GOV_POLICY, "practices", 2, "id"])],
  },
  {
    name: "invalid_format: an impossible date",
    input: () => setAt(miniModel(), ["releasedOn"], "2025-02-30"),
    issues: [issue("invalid_format", ["releasedOn"])],
  },
  {
    name: "invalid_format: a date with a time",
    input: () => setAt(miniModel(), ["sources", 1, "date"], "2023-06-01T00:00:00Z"),
    issues: [issue("invalid_format", ["sources", 1, "date"])],
  },
  {
    name: "invalid_format: an ftp URL",
    input: () => setAt(miniModel(), ["sources", 0, "url"], "ftp://example.org/guide"),
    issues: [issue("invalid_format", ["sources", 0, "url"])],
  },
  {
    name: "invalid_format: a javascript: URL",
    input: () => setAt(miniModel(), ["sources", 0, "url"], "javascript:alert(1)"),
    issues: [issue("invalid_format", ["sources", 0, "url"])],
  },
  {
    name: "invalid_format: an answer code with a digit",
    input: () => setAt(miniModel(), ["answerScale", "codes", 3, "code"], "F1"),
    issues: [issue("invalid_format", ["answerScale", "codes", 3, "code"])],
  },
  // invalid_key
  {
    name: "invalid_key: a targets key that is not an id",
    input: () => setAt(miniModel(), [...GOV_POLICY, "targets", "1st"], 2),
    issues: [issue("invalid_key", [...GOV_POLICY, "targets", "1st"])],
  },
  {
    name: "invalid_key: a tier-rule factor key that is not an id",
    input: () => setAt(miniModel(), [...RULES, 0, "when", "factors", "bad key"], 1),
    issues: [issue("invalid_key", [...RULES, 0, "when", "factors", "bad key"])],
  },
  // too_small
  {
    name: "too_small: a single level",
    input: () => edited((m) => m.levels.splice(1)),
    issues: [issue("too_small", ["levels"])],
  },
  {
    name: "too_small: no domains",
    input: () => setAt(miniModel(), ["domains"], []),
    issues: [issue("too_small", ["domains"])],
  },
  {
    name: "too_small: empty text",
    input: () => setAt(miniModel(), ["description", "nl"], ""),
    issues: [issue("too_small", ["description", "nl"])],
  },
  {
    name: "too_small: weight 0",
    input: () => setAt(miniModel(), [...GOV_POLICY, "weight"], 0),
    issues: [issue("too_small", [...GOV_POLICY, "weight"])],
  },
  {
    name: "too_small: a negative target",
    input: () => setAt(miniModel(), [...GOV_POLICY, "targets", "low"], -1),
    issues: [issue("too_small", [...GOV_POLICY, "targets", "low"])],
  },
  {
    name: "too_small: one answer code",
    input: () => edited((m) => m.answerScale.codes.splice(1)),
    issues: [issue("too_small", ["answerScale", "codes"])],
  },
  // too_big
  {
    name: "too_big: weight 101",
    input: () => setAt(miniModel(), [...GOV_POLICY, "weight"], 101),
    issues: [issue("too_big", [...GOV_POLICY, "weight"])],
  },
  {
    name: "too_big: an id of 65 characters",
    input: () => setAt(miniModel(), ["id"], "m".repeat(65)),
    issues: [issue("too_big", ["id"])],
  },
  {
    name: "too_big: twelve levels",
    input: () =>
      setAt(
        miniModel(),
        ["levels"],
        Array.from({ length: 12 }, (_, level) => ({
          level,
          label: { nl: "n", en: "e" },
          description: { nl: "n", en: "e" },
        })),
      ),
    issues: [issue("too_big", ["levels"])],
  },
  {
    name: "too_big: an answer value above 1",
    input: () => setAt(miniModel(), ["answerScale", "codes", 3, "value"], 1.5),
    issues: [issue("too_big", ["answerScale", "codes", 3, "value"])],
  },
  // unknown_key
  {
    name: "unknown_key: at the root",
    input: () => setAt(miniModel(), ["extra"], 1),
    issues: [issue("unknown_key", ["extra"])],
  },
  {
    name: "unknown_key: a misspelt indicator field",
    input: () => setAt(miniModel(), [...GOV_POLICY, "weigth"], 2),
    issues: [issue("unknown_key", [...GOV_POLICY, "weigth"])],
  },
  {
    name: "unknown_key: a third language",
    input: () => setAt(miniModel(), ["title", "de"], "Minimodell"),
    issues: [issue("unknown_key", ["title", "de"])],
  },
  // duplicate_id
  {
    name: "duplicate_id: two indicators with one id",
    input: () => setAt(miniModel(), [...OPS_TRAINING, "id"], "ops-screening"),
    issues: [issue("duplicate_id", [...OPS_TRAINING, "id"])],
  },
  {
    name: "duplicate_id: an indicator id equal to a domain id",
    input: () => setAt(miniModel(), [...OPS_SCREENING, "id"], "governance"),
    issues: [issue("duplicate_id", [...OPS_SCREENING, "id"])],
  },
  {
    name: "duplicate_id: a practice id equal to a source id",
    input: () => setAt(miniModel(), [...OPS_TRAINING, "practices", 0, "id"], "guide"),
    issues: [issue("duplicate_id", [...OPS_TRAINING, "practices", 0, "id"])],
  },
  {
    name: "duplicate_id: a tier id equal to a factor id",
    input: () => renameId(miniModel(), "high", "exposure"),
    issues: [issue("duplicate_id", ["riskProfile", "tiers", 1, "id"])],
  },
  {
    name: "duplicate_id: two answer codes",
    input: () => setAt(miniModel(), ["answerScale", "codes", 1, "code"], "N"),
    issues: [issue("duplicate_id", ["answerScale", "codes", 1, "code"])],
  },
  {
    name: "duplicate_id: a tag id equal to a tier id",
    input: () => setAt(miniModel(), ["tags"], [{ id: "high", label: { nl: "x", en: "x" } }]),
    issues: [issue("duplicate_id", ["tags", 0, "id"])],
  },
  // unknown_source
  {
    name: "unknown_source: an indicator source",
    input: () => setAt(miniModel(), [...GOV_POLICY, "sources", 0, "source"], "handbook"),
    issues: [issue("unknown_source", [...GOV_POLICY, "sources", 0, "source"])],
  },
  {
    name: "unknown_source: a mapping",
    input: () => setAt(miniModel(), [...OPS_SCREENING, "mappings", 0, "source"], "iso27001"),
    issues: [issue("unknown_source", [...OPS_SCREENING, "mappings", 0, "source"])],
  },
  // unknown_factor
  {
    name: "unknown_factor: a risk weight",
    input: () => setAt(miniModel(), [...GOV_POLICY, "riskWeights", 0, "factor"], "budget"),
    issues: [issue("unknown_factor", [...GOV_POLICY, "riskWeights", 0, "factor"])],
  },
  {
    name: "unknown_factor: a tier rule",
    input: () => setAt(miniModel(), [...RULES, 0, "when", "factors"], { budget: 1 }),
    issues: [issue("unknown_factor", [...RULES, 0, "when", "factors", "budget"])],
  },
  {
    name: "unknown_factor: a target rule",
    input: () =>
      setAt(
        miniModel(),
        [...GOV_ROLES, "targetRules"],
        [{ when: { factors: { budget: 1 } }, target: 3 }],
      ),
    issues: [
      issue("unknown_factor", [...GOV_ROLES, "targetRules", 0, "when", "factors", "budget"]),
    ],
  },
  // unknown_factor_value
  {
    name: "unknown_factor_value: a risk weight above the factor's values",
    input: () => setAt(miniModel(), [...GOV_POLICY, "riskWeights", 0, "atLeast"], 3),
    issues: [issue("unknown_factor_value", [...GOV_POLICY, "riskWeights", 0, "atLeast"])],
  },
  {
    name: "unknown_factor_value: a tier rule above the factor's values",
    input: () => setAt(miniModel(), [...RULES, 0, "when", "factors", "exposure"], 3),
    issues: [issue("unknown_factor_value", [...RULES, 0, "when", "factors", "exposure"])],
  },
  {
    name: "unknown_factor_value: a target rule above the factor's values",
    input: () =>
      setAt(
        miniModel(),
        [...GOV_ROLES, "targetRules"],
        [{ when: { factors: { exposure: 3 } }, target: 3 }],
      ),
    issues: [
      issue("unknown_factor_value", [
        ...GOV_ROLES,
        "targetRules",
        0,
        "when",
        "factors",
        "exposure",
      ]),
    ],
  },
  // unknown_tier
  {
    name: "unknown_tier: a targets key",
    input: () => setAt(miniModel(), [...GOV_POLICY, "targets", "medium"], 2),
    issues: [issue("unknown_tier", [...GOV_POLICY, "targets", "medium"])],
  },
  {
    name: "unknown_tier: a tier rule",
    input: () => setAt(miniModel(), [...RULES, 0, "tier"], "medium"),
    issues: [issue("unknown_tier", [...RULES, 0, "tier"])],
  },
  {
    name: "unknown_tier: the default tier",
    input: () => setAt(miniModel(), ["riskProfile", "defaultTier"], "medium"),
    issues: [issue("unknown_tier", ["riskProfile", "defaultTier"])],
  },
  // unknown_institution_type
  {
    name: "unknown_institution_type: a tier rule",
    input: () => setAt(miniModel(), [...RULES, 1, "when", "institutionTypes", 0], "academy"),
    issues: [issue("unknown_institution_type", [...RULES, 1, "when", "institutionTypes", 0])],
  },
  {
    name: "unknown_institution_type: a target rule",
    input: () =>
      setAt(
        miniModel(),
        [...GOV_ROLES, "targetRules"],
        [{ when: { institutionTypes: ["college", "academy"] }, target: 3 }],
      ),
    issues: [
      issue("unknown_institution_type", [
        ...GOV_ROLES,
        "targetRules",
        0,
        "when",
        "institutionTypes",
        1,
      ]),
    ],
  },
  {
    name: "unknown_institution_type: a risk weight",
    input: () =>
      setAt(miniModel(), [...GOV_POLICY, "riskWeights", 0, "institutionTypes"], ["academy"]),
    issues: [
      issue("unknown_institution_type", [...GOV_POLICY, "riskWeights", 0, "institutionTypes", 0]),
    ],
  },
  // unknown_indicator
  {
    name: "unknown_indicator: dependsOn",
    input: () => setAt(miniModel(), [...GOV_ROLES, "dependsOn", 0], "gov-budget"),
    issues: [issue("unknown_indicator", [...GOV_ROLES, "dependsOn", 0])],
  },
  {
    name: "unknown_indicator: dependsOn a domain",
    input: () => pushAt(miniModel(), [...OPS_TRAINING, "dependsOn"], "governance"),
    issues: [issue("unknown_indicator", [...OPS_TRAINING, "dependsOn", 1])],
  },
  // unknown_answer_code
  {
    name: "unknown_answer_code: achievedFrom",
    input: () => setAt(miniModel(), ["answerScale", "achievedFrom"], "X"),
    issues: [issue("unknown_answer_code", ["answerScale", "achievedFrom"])],
  },
  // levels_not_contiguous
  {
    name: "levels_not_contiguous: a gap",
    input: () => setAt(miniModel(), ["levels", 3, "level"], 4),
    issues: [issue("levels_not_contiguous", ["levels", 3, "level"])],
  },
  {
    name: "levels_not_contiguous: out of order",
    input: () => edited((m) => m.levels.reverse()),
    issues: [
      issue("levels_not_contiguous", ["levels", 0, "level"]),
      issue("levels_not_contiguous", ["levels", 1, "level"]),
      issue("levels_not_contiguous", ["levels", 2, "level"]),
      issue("levels_not_contiguous", ["levels", 3, "level"]),
    ],
  },
  // factor_values_not_contiguous
  {
    name: "factor_values_not_contiguous: a gap",
    input: () => setAt(miniModel(), ["riskProfile", "factors", 1, "values", 1, "value"], 2),
    issues: [
      issue("factor_values_not_contiguous", ["riskProfile", "factors", 1, "values", 1, "value"]),
    ],
  },
  // answer_scale_not_ordered
  {
    name: "answer_scale_not_ordered: equal values",
    input: () => setAt(miniModel(), ["answerScale", "codes", 1, "value"], 0),
    issues: [issue("answer_scale_not_ordered", ["answerScale", "codes", 1, "value"])],
  },
  {
    name: "answer_scale_not_ordered: a falling value",
    input: () => setAt(miniModel(), ["answerScale", "codes", 3, "value"], 0.5),
    issues: [issue("answer_scale_not_ordered", ["answerScale", "codes", 3, "value"])],
  },
  // reserved_code
  {
    name: "reserved_code: NA",
    input: () => setAt(miniModel(), ["answerScale", "codes", 3, "code"], "NA"),
    issues: [issue("reserved_code", ["answerScale", "codes", 3, "code"])],
  },
  {
    name: "reserved_code: na in lower case",
    input: () => setAt(miniModel(), ["answerScale", "codes", 0, "code"], "na"),
    issues: [issue("reserved_code", ["answerScale", "codes", 0, "code"])],
  },
  // level_out_of_range
  {
    name: "level_out_of_range: a practice above the top level",
    input: () => setAt(miniModel(), [...GOV_POLICY, "practices", 1, "level"], 4),
    issues: [issue("level_out_of_range", [...GOV_POLICY, "practices", 1, "level"])],
  },
  {
    name: "level_out_of_range: a practice at level 0",
    input: () => setAt(miniModel(), [...GOV_POLICY, "practices", 1, "level"], 0),
    issues: [issue("level_out_of_range", [...GOV_POLICY, "practices", 1, "level"])],
  },
  {
    name: "level_out_of_range: a target above the top level",
    input: () => setAt(miniModel(), [...OPS_SCREENING, "targets", "high"], 4),
    issues: [issue("level_out_of_range", [...OPS_SCREENING, "targets", "high"])],
  },
  {
    name: "level_out_of_range: a target rule's target above the top level",
    input: () => setAt(miniModel(), [...GOV_ROLES, "targetRules"], [{ when: {}, target: 4 }]),
    issues: [issue("level_out_of_range", [...GOV_ROLES, "targetRules", 0, "target"])],
  },
  // level_not_covered
  {
    name: "level_not_covered: no practice at the top level",
    input: () => removeAt(miniModel(), [...GOV_ROLES, "practices", 2]),
    issues: [issue("level_not_covered", [...GOV_ROLES, "practices"])],
  },
  {
    name: "level_not_covered: a practice-rated indicator without practices",
    input: () => removeAt(miniModel(), [...OPS_TRAINING, "practices"]),
    issues: [1, 2, 3].map(() => issue("level_not_covered", [...OPS_TRAINING, "practices"])),
  },
  // practices_not_allowed
  {
    name: "practices_not_allowed: a level-rated indicator with practices",
    input: () => setAt(miniModel(), [...OPS_SCREENING, "practices"], []),
    issues: [issue("practices_not_allowed", [...OPS_SCREENING, "practices"])],
  },
  // missing_target
  {
    name: "missing_target: no target for a tier",
    input: () => removeAt(miniModel(), [...GOV_ROLES, "targets", "high"]),
    issues: [issue("missing_target", [...GOV_ROLES, "targets"])],
  },
  // targets_not_monotone
  {
    name: "targets_not_monotone: high below low",
    input: () => setAt(miniModel(), [...GOV_POLICY, "targets", "high"], 1),
    issues: [issue("targets_not_monotone", [...GOV_POLICY, "targets", "high"])],
  },
  // dependency_cycle
  {
    name: "dependency_cycle: an indicator depending on itself",
    input: () => setAt(miniModel(), [...OPS_SCREENING, "dependsOn"], ["ops-screening"]),
    issues: [issue("dependency_cycle", [...OPS_SCREENING, "dependsOn", 0])],
  },
  {
    name: "dependency_cycle: two indicators",
    input: () => setAt(miniModel(), [...GOV_POLICY, "dependsOn"], ["gov-roles"]),
    issues: [issue("dependency_cycle", [...GOV_ROLES, "dependsOn", 0])],
  },
  {
    name: "dependency_cycle: three indicators across domains",
    input: () => setAt(miniModel(), [...GOV_POLICY, "dependsOn"], ["ops-training"]),
    issues: [issue("dependency_cycle", [...GOV_ROLES, "dependsOn", 0])],
  },
  // tier_rules_not_monotone
  {
    name: "tier_rules_not_monotone: a higher factor value matched by a lower tier first",
    input: () =>
      setAt(miniModel(), RULES, [
        { tier: "low", when: { factors: { exposure: 2 } } },
        { tier: "high", when: { factors: { exposure: 1 } } },
      ]),
    issues: [issue("tier_rules_not_monotone", RULES)],
  },
  {
    name: "tier_rules_not_monotone: only for one institution type",
    input: () =>
      setAt(miniModel(), RULES, [
        { tier: "low", when: { institutionTypes: ["college"], factors: { partnerships: 2 } } },
        { tier: "high", when: { factors: { partnerships: 1 } } },
      ]),
    issues: [issue("tier_rules_not_monotone", RULES)],
  },
  {
    name: "tier_rules_not_monotone: a sum threshold",
    input: () =>
      setAt(miniModel(), RULES, [
        { tier: "low", when: { sumAtLeast: 4 } },
        { tier: "high", when: { sumAtLeast: 2 } },
      ]),
    issues: [issue("tier_rules_not_monotone", RULES)],
  },
  // tier_rules_unordered
  {
    name: "tier_rules_unordered: five factors of eleven values, a higher tier after a lower one",
    input: () => edited(tooManyCombinations),
    issues: [issue("tier_rules_unordered", [...RULES, 1])],
  },
  {
    name: "tier_rules_unordered: the default tier above a rule's tier",
    input: () =>
      edited((m) => {
        tooManyCombinations(m);
        m.riskProfile.tierRules = [{ tier: "low", when: { factors: { factor0: 1 } } }];
        m.riskProfile.defaultTier = "high";
      }),
    issues: [issue("tier_rules_unordered", ["riskProfile", "defaultTier"])],
  },
  // unknown_tag
  {
    name: "unknown_tag: an indicator's tag the model does not define",
    input: () =>
      edited((m) => {
        m.tags = [{ id: "transfer", label: { nl: "Overdracht", en: "Transfer" } }];
        setAt(m, [...GOV_ROLES, "tags"], ["transfer", "ethics"]);
      }),
    issues: [issue("unknown_tag", [...GOV_ROLES, "tags", 1])],
  },
  {
    name: "unknown_tag: indicator tags in a model without tags",
    input: () => setAt(miniModel(), [...GOV_ROLES, "tags"], ["transfer"]),
    issues: [issue("unknown_tag", [...GOV_ROLES, "tags", 0])],
  },
  // duplicate_tag
  {
    name: "duplicate_tag: an indicator lists a tag twice",
    input: () =>
      edited((m) => {
        m.tags = [{ id: "transfer", label: { nl: "Overdracht", en: "Transfer" } }];
        setAt(m, [...GOV_ROLES, "tags"], ["transfer", "transfer"]);
      }),
    issues: [issue("duplicate_tag", [...GOV_ROLES, "tags", 1])],
  },
];

/** Every code parseModel can report; each must be triggered by a case above. */
const MODEL_CODES: readonly IssueCode[] = [
  "not_json",
  "forbidden_key",
  "required",
  "invalid_type",
  "invalid_value",
  "invalid_format",
  "invalid_key",
  "too_small",
  "too_big",
  "unknown_key",
  "duplicate_id",
  "unknown_source",
  "unknown_factor",
  "unknown_factor_value",
  "unknown_tier",
  "unknown_institution_type",
  "unknown_indicator",
  "unknown_answer_code",
  "levels_not_contiguous",
  "factor_values_not_contiguous",
  "answer_scale_not_ordered",
  "reserved_code",
  "level_out_of_range",
  "level_not_covered",
  "practices_not_allowed",
  "missing_target",
  "targets_not_monotone",
  "dependency_cycle",
  "tier_rules_not_monotone",
  "tier_rules_unordered",
  "unknown_tag",
  "duplicate_tag",
];

describe("parseModel", () => {
  it("accepts the mini model and returns its data unchanged", () => {
    const result = parseModel(miniModel());
    expect(result).toEqual({ ok: true, value: miniModel() });
  });

  it("accepts the second version of the mini model", () => {
    expect(issuesOf(miniModel({ version: "2" }))).toEqual([]);
  });

  it.each(cases)("$name", ({ input, issues }) => {
    expect(issuesOf(input())).toEqual(issues);
  });

  it("has a case for every code parseModel reports", () => {
    const covered = new Set(cases.flatMap((c) => c.issues.map((i) => i.code)));
    expect([...covered].sort()).toEqual([...MODEL_CODES].sort());
  });

  it("reports a missing field as required, also for enums, literals and discriminators", () => {
    expect(issuesOf(removeAt(miniModel(), ["levelRule"]))).toEqual([
      issue("required", ["levelRule"]),
    ]);
    expect(issuesOf(removeAt(miniModel(), [...OPS_SCREENING, "rating"]))).toEqual([
      issue("required", [...OPS_SCREENING, "rating"]),
    ]);
    expect(issuesOf(removeAt(miniModel(), [...GOV_ROLES, "notApplicable", "allowed"]))).toEqual([
      issue("required", [...GOV_ROLES, "notApplicable", "allowed"]),
    ]);
  });

  describe("issue params", () => {
    const only = (input: unknown) => {
      const result = parseModel(input);
      if (result.ok || result.issues.length !== 1) throw new Error("expected exactly one issue");
      return result.issues[0];
    };

    it("names the first use of a duplicate id", () => {
      const found = only(setAt(miniModel(), [...OPS_SCREENING, "id"], "governance"));
      expect(found.params).toMatchObject({ id: "governance", first: "domains[0].id" });
    });

    it("lists the indicators of a dependency cycle in order", () => {
      const found = only(setAt(miniModel(), [...GOV_POLICY, "dependsOn"], ["ops-training"]));
      expect(found.params).toEqual({ cycle: "gov-policy → ops-training → gov-roles → gov-policy" });
    });

    it("names the uncovered level and the missing tier", () => {
      expect(only(removeAt(miniModel(), [...GOV_ROLES, "practices", 1])).params).toEqual({
        level: 2,
      });
      expect(only(removeAt(miniModel(), [...GOV_ROLES, "targets", "low"])).params).toEqual({
        tier: "low",
      });
    });

    it("shows the factor values where raising a factor lowers the tier", () => {
      const found = only(
        setAt(miniModel(), RULES, [
          { tier: "low", when: { factors: { exposure: 2 } } },
          { tier: "high", when: { factors: { exposure: 1 } } },
        ]),
      );
      expect(found.params).toMatchObject({ fromTier: "high", toTier: "low" });
    });

    it("does not say that weight 0 is allowed when it is too small", () => {
      const found = only(setAt(miniModel(), [...GOV_POLICY, "weight"], 0));
      expect(found.code).toBe("too_small");
      // `positive()` is an exclusive bound: "at least 0" contradicts the rejected value 0.
      expect(found.message).not.toMatch(/at least 0\b/);
    });
  });

  describe("whole inputs that are not objects", () => {
    it.each([
      ["null", null],
      ["a number", 42],
      ["a string", "model"],
      ["an array", []],
      ["a boolean", true],
    ])("reports %s as invalid_type at the root", (_, input) => {
      expect(issuesOf(input)).toEqual([issue("invalid_type", [])]);
    });

    it("reports undefined as not_json at the root", () => {
      expect(issuesOf(undefined)).toEqual([issue("not_json", [])]);
    });

    it("reports each missing field of an empty object at its own path", () => {
      const found = issuesOf({});
      expect(found.map((f) => f.path)).toEqual(
        [
          "id",
          "version",
          "releasedOn",
          "title",
          "description",
          "sources",
          "levels",
          "answerScale",
          "levelRule",
          "riskProfile",
          "domains",
        ].map((key) => [key]),
      );
      expect(found).toContainEqual(issue("required", ["domains"]));
    });
  });

  describe("huge values", () => {
    it.each([
      ["a text", ["title", "nl"], 20_000],
      ["an id", ["id"], 64],
      ["a URL", ["sources", 0, "url"], 2000],
    ] as const)("rejects a 10 MB string as %s quickly with too_big", (_, path, maximum) => {
      const started = performance.now();
      const result = parseModel(setAt(miniModel(), path, "x".repeat(10_000_000)));
      expect(performance.now() - started).toBeLessThan(2000);
      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect(result.issues.map(({ code, path }) => ({ code, path }))).toContainEqual(
        issue("too_big", path),
      );
      expect(result.issues.find((i) => i.code === "too_big")?.params).toMatchObject({ maximum });
    });

    it("stops at 64 levels of nesting without overflowing the stack", () => {
      let deep: unknown = [];
      for (let i = 0; i < 100_000; i++) deep = [deep];
      expect(issuesOf(deep)).toEqual([
        issue(
          "not_json",
          Array.from({ length: 64 }, () => 0),
        ),
      ]);
    });
  });

  describe("ids that are names of Object.prototype members", () => {
    const renamed = () =>
      [
        ["low", "constructor"],
        ["high", "toString"],
        ["gov-policy", "hasOwnProperty"],
        ["exposure", "valueOf"],
        ["university", "isPrototypeOf"],
        ["guide", "propertyIsEnumerable"],
      ].reduce((model, [from, to]) => renameId(model, from ?? "", to ?? ""), miniModel());

    it("are valid ids and work as tiers, indicators, factors, types and sources", () => {
      const result = parseModel(renamed());
      expect(result.ok).toBe(true);
      if (!result.ok) return;
      expect(result.value.riskProfile.tiers.map((t) => t.id)).toEqual(["constructor", "toString"]);
      expect(getAt(result.value, [...GOV_POLICY, "targets"])).toEqual({
        constructor: 2,
        toString: 3,
      });
      expect(getAt(result.value, [...GOV_ROLES, "dependsOn"])).toEqual(["hasOwnProperty"]);
    });

    it("still detects a missing target and a cycle through them", () => {
      const withoutTarget = removeAt(renamed(), [...GOV_POLICY, "targets", "toString"]);
      expect(issuesOf(withoutTarget)).toEqual([
        issue("missing_target", [...GOV_POLICY, "targets"]),
      ]);
      const cycle = setAt(renamed(), [...GOV_POLICY, "dependsOn"], ["gov-roles"]);
      expect(issuesOf(cycle)).toEqual([issue("dependency_cycle", [...GOV_ROLES, "dependsOn", 0])]);
    });

    it.each([
      ["a targets key", [...GOV_POLICY, "targets", "constructor"], 1, "unknown_tier"],
      ["the default tier", ["riskProfile", "defaultTier"], "toString", "unknown_tier"],
      ["a dependency", [...GOV_ROLES, "dependsOn", 0], "hasOwnProperty", "unknown_indicator"],
      [
        "a risk weight",
        [...GOV_POLICY, "riskWeights", 0, "factor"],
        "constructor",
        "unknown_factor",
      ],
      ["a source", [...GOV_POLICY, "sources", 0, "source"], "toString", "unknown_source"],
      [
        "an institution type",
        [...RULES, 1, "when", "institutionTypes", 0],
        "valueOf",
        "unknown_institution_type",
      ],
    ] as const)("are unknown as %s when the model does not define them", (_, path, value, code) => {
      expect(issuesOf(setAt(miniModel(), path, value))).toEqual([issue(code, path)]);
    });

    it("are unknown as a tier-rule factor when the model does not define them", () => {
      const model = setAt(miniModel(), [...RULES, 0, "when", "factors"], { hasOwnProperty: 1 });
      expect(issuesOf(model)).toEqual([
        issue("unknown_factor", [...RULES, 0, "when", "factors", "hasOwnProperty"]),
      ]);
    });
  });

  describe("purity", () => {
    const inputs: [string, () => unknown][] = [
      ["a valid model", miniModel],
      ["a shape error", () => setAt(miniModel(), ["id"], 42)],
      [
        "a referential error",
        () => setAt(miniModel(), [...GOV_POLICY, "dependsOn"], ["gov-roles"]),
      ],
      ["a forbidden key", () => setAt(miniModel(), ["title", "__proto__"], { polluted: true })],
      ["an unknown key", () => setAt(miniModel(), ["extra"], { nested: [1, 2] })],
      ["negative zero", () => setAt(miniModel(), [...GOV_POLICY, "targets", "low"], -0)],
    ];

    it.each(inputs)("does not mutate %s", (_, make) => {
      const input = make();
      const before = structuredClone(input);
      parseModel(input);
      expect(input).toStrictEqual(before);
    });

    it.each(inputs)("accepts %s deep-frozen and gives the same result", (_, make) => {
      expect(parseModel(deepFreezeInput(make()))).toEqual(parseModel(make()));
    });

    it("accepts a deep-frozen valid model", () => {
      expect(parseModel(deepFreezeInput(miniModel())).ok).toBe(true);
    });

    it("returns a deep-frozen value", () => {
      const result = parseModel(miniModel());
      expect(result.ok).toBe(true);
      if (result.ok) expect(isDeepFrozen(result.value)).toBe(true);
    });

    it("returns a deep-frozen result, also when it is ok", () => {
      expect(isDeepFrozen(parseModel(miniModel()))).toBe(true);
      expect(isDeepFrozen(parseModel(setAt(miniModel(), ["id"], 42)))).toBe(true);
      expect(isDeepFrozen(parseModel(null))).toBe(true);
    });

    it("shares no object with its input", () => {
      const input = miniModel();
      const result = parseModel(input);
      expect(result.ok).toBe(true);
      if (!result.ok) return;
      expect(result.value.title).not.toBe(input.title);
      expect(result.value.domains).not.toBe(input.domains);
      expect(Object.isFrozen(input.title)).toBe(false);
    });

    it("gives the same result twice", () => {
      expect(parseModel(miniModel())).toEqual(parseModel(miniModel()));
      const bad = () => setAt(miniModel(), [...GOV_POLICY, "targets", "high"], 1);
      expect(parseModel(bad())).toEqual(parseModel(bad()));
    });

    it("never pollutes Object.prototype through `__proto__` keys", () => {
      const before = Reflect.ownKeys(Object.prototype);
      const payloads = [
        JSON.parse('{"__proto__":{"polluted":true}}'),
        setAt(miniModel(), ["__proto__"], { polluted: true }),
        setAt(miniModel(), [...GOV_POLICY, "targets"], JSON.parse('{"__proto__":{"polluted":1}}')),
        setAt(miniModel(), [...RULES, 0, "when", "factors", "__proto__"], { polluted: 1 }),
        setAt(miniModel(), ["title"], JSON.parse('{"nl":"a","en":"b","__proto__":{"polluted":1}}')),
      ];
      for (const payload of payloads) {
        const result = parseModel(payload);
        expect(result.ok).toBe(false);
        if (!result.ok) expect(result.issues.map((i) => i.code)).toContain("forbidden_key");
      }
      expect(Reflect.ownKeys(Object.prototype)).toEqual(before);
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    });
  });
});
