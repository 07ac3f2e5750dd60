import { fail } from "./fields.js";
import { knownId } from "./knownIds.js";
import type { ModelFacts } from "./modelFacts.js";
import type { Fields, List } from "./reader.js";

const CONDITIONS = ["factor", "sum", "institutionType"] as const;

/**
 * Checks a result's risk profile as the Markdown report reads it: the tier, the rule (one of the
 * model's), the institution type, every factor with one of its values, and the conditions that
 * set the tier, all ids of the model.
 *
 * @param rp - The risk profile.
 * @param model - The facts of the result's model.
 * @throws {KsmError} `invalid_argument` naming the path of the first problem.
 * @example
 * ```ts
 * checkRiskProfile(result.obj("riskProfile"), facts); // returns, or throws invalid_argument
 * ```
 */
export function checkRiskProfile(rp: Fields, model: ModelFacts): void {
  const models = [model];
  knownId(rp.str("tier"), rp.at("tier"), "tier", models);
  rp.nullInt("rule", 0, model.tierRules - 1);
  const type = rp.nullStr("institutionType");
  if (type !== null) knownId(type, rp.at("institutionType"), "type", models);
  const factors = rp.obj("factors");
  for (const key of factors.keys()) {
    knownId(key, factors.at(key), "factor", models);
    const value = factors.int(key, 0, 10);
    if (!model.factors.get(key)?.has(value)) {
      fail(factors.at(key), "unknown_factor_value", { factor: key, value });
    }
  }
  checkConditions(rp.list("conditions"), model);
  const explanation = rp.opt("explanation");
  if (explanation !== undefined) {
    const text = rp.obj("explanation");
    text.str("nl");
    text.str("en");
  }
}

/**
 * Checks the conditions of a tier rule or target rule as a result records them: each a factor,
 * sum or institution-type condition with the value it was checked against, ids of the model.
 *
 * @param list - The conditions.
 * @param model - The facts of the result's model.
 * @throws {KsmError} `invalid_argument` naming the path of the first problem.
 * @example
 * ```ts
 * checkConditions(rp.list("conditions"), facts); // returns, or throws invalid_argument
 * ```
 */
export function checkConditions(list: List, model: ModelFacts): void {
  const models = [model];
  list.objects((c) => {
    const kind = c.oneOf("kind", CONDITIONS);
    if (kind === "institutionType") {
      c.list("allowed").eachString((t, place) => knownId(t, place, "type", models));
      knownId(c.str("value"), c.at("value"), "type", models);
      return;
    }
    if (kind === "factor") knownId(c.str("factor"), c.at("factor"), "factor", models);
    c.num("atLeast");
    c.num("value");
  });
}
