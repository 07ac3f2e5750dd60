import type { IssueCode } from "../../issues/issue.js";
import { type At, fail } from "./fields.js";
import type { ModelFacts } from "./modelFacts.js";

/** The kinds of ids an input refers to in its model. */
export type IdKind = "indicator" | "domain" | "practice" | "tier" | "type" | "factor";

const KINDS: Readonly<
  Record<IdKind, { code: IssueCode; of: (m: ModelFacts) => { has(id: string): boolean } }>
> = {
  indicator: { code: "unknown_indicator", of: (m) => m.indicators },
  domain: { code: "invalid_value", of: (m) => m.domains },
  practice: { code: "unknown_practice", of: (m) => m.practices },
  tier: { code: "unknown_tier", of: (m) => m.tiers },
  type: { code: "unknown_institution_type", of: (m) => m.types },
  factor: { code: "unknown_factor", of: (m) => m.factors },
};

/**
 * Checks that an id of the input names something of one of the models it was made with, so a
 * renderer never shows an id the model does not have as if it were one. `null` among the models
 * means a model that was not given (the baseline model of a comparison across versions): then
 * any id may be its.
 *
 * @param id - The id.
 * @param place - Where it sits in the input.
 * @param kind - What it should name.
 * @param models - The models it may belong to.
 * @returns The id.
 * @throws {KsmError} `invalid_argument` (with an `unknown_*` issue) when no model has it.
 * @example
 * ```ts
 * knownId("GOV-01", place, "indicator", [facts2025]); //=> "GOV-01"
 * ```
 */
export function knownId(
  id: string,
  place: At,
  kind: IdKind,
  models: readonly (ModelFacts | null)[],
): string {
  const { code, of } = KINDS[kind];
  if (models.some((m) => m === null || of(m).has(id))) return id;
  const names = models.map((m) => `${m?.id} ${m?.version}`).join(" or ");
  const params = kind === "domain" ? { expected: `a domain of ${names}` } : { id };
  return fail(place, code, params);
}
