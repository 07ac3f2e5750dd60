/**
 * A path into the input, as property names and array indexes, e.g. `["domains", 0, "id"]`.
 */
export type IssuePath = readonly (string | number)[];

/**
 * Values that fill in an issue's message; kept so the message can be rendered in another language.
 */
export type IssueParams = Readonly<Record<string, string | number>>;

/**
 * One problem found in input data.
 *
 * `code` is the stable contract (see {@link ISSUE_CODES}); `message` is an English rendering that
 * {@link formatIssues} can re-render in Dutch from `code` and `params`.
 */
export interface Issue {
  /** Stable, documented code, e.g. `"duplicate_id"`. */
  readonly code: IssueCode;
  /** Where in the input the problem is. Empty for the whole input. */
  readonly path: IssuePath;
  /** Human-readable English description. */
  readonly message: string;
  /** Values used in the message (ids, limits, expected types). */
  readonly params: IssueParams;
}

/**
 * The outcome of a `parse*` function: the parsed, deep-frozen value, or a never-empty list of issues.
 */
export type ParseResult<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly issues: readonly [Issue, ...Issue[]] };

/**
 * Every issue code, with a one-line explanation. The codes are stable: they are only ever added.
 */
export const ISSUE_CODES = {
  not_json:
    "The value is not plain JSON data (a cycle, function, NaN, Infinity, throwing getter, …).",
  forbidden_key: "An object key such as `__proto__` that could alter prototypes.",
  required: "A required field is missing.",
  invalid_type: "A value has the wrong type.",
  invalid_value: "A value is not one of the allowed values.",
  invalid_format: "A string does not have the required format (id, ISO date, URL, …).",
  invalid_key: "An object key does not have the required format.",
  too_small: "A number, string or list is below its minimum.",
  too_big: "A number, string or list is above its maximum.",
  unknown_key: "An object has a field the format does not define.",
  duplicate_id: "An id is used more than once.",
  unknown_source: "A reference to a source that the model does not list.",
  unknown_factor: "A reference to a risk factor that the model does not define.",
  unknown_factor_value: "A risk-factor value that the factor does not define.",
  unknown_tier: "A reference to a risk tier that the model does not define.",
  unknown_institution_type: "A reference to an institution type that the model does not define.",
  unknown_indicator: "A reference to an indicator that the model does not define.",
  unknown_answer_code: "An answer code that the answer scale does not define.",
  levels_not_contiguous: "Maturity levels must run 0, 1, 2, … without gaps, in order.",
  factor_values_not_contiguous:
    "A risk factor's values must run 0, 1, 2, … without gaps, in order.",
  answer_scale_not_ordered: "Answer-scale values must rise from the first code to the last.",
  reserved_code: "`NA` is reserved for not applicable and cannot be an answer-scale code.",
  level_out_of_range: "A level (of a practice, target or rating) outside the model's levels.",
  level_not_covered: "A practice-rated indicator has no practice for a level 1..max.",
  practices_not_allowed: "A level-rated indicator lists practices.",
  missing_target: "An indicator has no target for a risk tier.",
  targets_not_monotone: "A higher risk tier has a lower target than a lower tier.",
  dependency_cycle: "Indicators depend on each other in a cycle.",
  tier_rules_not_monotone: "Raising a risk factor can lower the tier under these rules.",
  tier_rules_too_complex:
    "No longer reported (see `tier_rules_unordered`): too many factor combinations to verify.",
  tier_rules_unordered:
    "Tier rules not listed from the highest tier down, and too many combinations to verify.",
  unknown_tag: "An indicator's tag that the model's `tags` do not define.",
  duplicate_tag: "An indicator lists the same tag more than once.",
  crosswalk_model_mismatch: "The crosswalk's `from`/`to` does not name the given model.",
  crosswalk_unaccounted: "An indicator of a model version is not accounted for by the crosswalk.",
  crosswalk_duplicate: "An indicator is accounted for more than once by the crosswalk.",
  crosswalk_id_reused:
    "An id names one indicator in the old version and another in the new one (ids are never reused).",
  model_mismatch: "The assessment refers to another model or model version.",
  unknown_practice: "An answer refers to a practice that the model does not define.",
  answer_target_ambiguous: "An answer names both or neither of `practice` and `indicator`.",
  duplicate_answer: "The same practice or indicator is answered more than once.",
  rating_mismatch:
    "A practice answer for a level-rated indicator, or a level for a practice-rated one.",
  not_applicable_not_allowed:
    "`NA` for an indicator whose not-applicable policy does not allow it.",
  rationale_required: "`NA` without a non-empty rationale.",
  missing_factor: "The risk profile does not give a value for a factor.",
} as const;

/**
 * A stable issue code; the keys of {@link ISSUE_CODES}.
 */
export type IssueCode = keyof typeof ISSUE_CODES;
