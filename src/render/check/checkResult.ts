import type { WarningCode } from "../../scoring/result.js";
import { checkConditions, checkRiskProfile } from "./checkRiskProfile.js";
import { fail, wrongType } from "./fields.js";
import { knownId } from "./knownIds.js";
import type { ModelFacts } from "./modelFacts.js";
import type { Fields } from "./reader.js";
import { isoDate } from "./values.js";

/** Every warning code; `warningMessage` has a text for each and for nothing else. */
export const WARNING_CODES = [
  "stale_evidence",
  "stale_measurement",
  "measured_after_as_of",
  "incomplete_indicator",
  "unanswered_indicator",
  "nothing_applicable",
] as const satisfies readonly WarningCode[];
// Fails to compile when a warning code is added to WarningCode but not to the list.
const everyWarning: [Exclude<WarningCode, (typeof WARNING_CODES)[number]>] extends [never]
  ? true
  : false = true;
void everyWarning;

const STATUSES = ["scored", "incomplete", "notApplicable", "unanswered"] as const;

/**
 * Checks a result as the renderers read it: every field they use has its type and range, levels
 * lie within the model's, and every id (domains, indicators, practices, tier, factors, types) is
 * one of the model's. Call it on a plain copy (see `checkRenderArgs`).
 *
 * @param r - The result.
 * @param model - The facts of `options.model`, which the result's model ref names.
 * @throws {KsmError} `invalid_argument` naming the path of the first problem.
 * @example
 * ```ts
 * checkResult(Fields.of(copy, root("input")), facts); // returns, or throws invalid_argument
 * ```
 */
export function checkResult(r: Fields, model: ModelFacts): void {
  const max = model.maxLevel;
  const maxLevel = r.int("maxLevel", 0, 10);
  if (maxLevel !== max) {
    fail(r.at("maxLevel"), "invalid_value", { expected: String(max) });
  }
  const who = r.obj("institution");
  who.str("id");
  who.optStr("name");
  isoDate(r, "measuredOn");
  isoDate(r, "asOf");
  r.oneOf("assessedBy", ["self", "external"]);
  checkRiskProfile(r.obj("riskProfile"), model);

  const models = [model];
  r.list("indicators").objects((i) => {
    const id = knownId(i.str("id"), i.at("id"), "indicator", models);
    const domain = i.str("domain");
    if (model.indicators.get(id) !== domain) {
      fail(i.at("domain"), "invalid_value", { expected: String(model.indicators.get(id)) });
    }
    i.oneOf("status", STATUSES);
    i.nullInt("level", 0, max);
    i.nullNum("score", 0, max);
    i.int("target", 0, max);
    i.nullInt("gap", 0, max);
    const weight = i.obj("weight");
    weight.num("base", 0);
    weight.num("value", 0);
    weight.list("multipliers").objects((m) => m.num("multiplier", 0));
    // Results scored before target rules existed have no trace.
    if (i.opt("targetTrace") !== undefined) {
      const trace = i.obj("targetTrace");
      knownId(trace.str("tier"), trace.at("tier"), "tier", models);
      trace.int("tierTarget", 0, max);
      trace.nullInt("rule", 0);
      checkConditions(trace.list("conditions"), model);
    }
    i.bool("critical");
    i.list("tags").eachString(() => undefined);
    i.list("blocking").eachString((p, place) => knownId(p, place, "practice", models));
  });
  r.list("domains").objects((d) => {
    knownId(d.str("id"), d.at("id"), "domain", models);
    d.nullInt("level", 0, max);
    d.nullNum("score", 0, max);
    d.nullNum("target", 0, max);
    d.nullNum("gap", 0, max);
    d.int("applicable", 0);
    d.int("atTarget", 0);
  });

  const o = r.obj("overall");
  o.num("maturityIndex", 0, max);
  o.num("targetAttainment", 0, 1);
  o.int("level", 0, max);
  const cap = o.nullObj("levelCap");
  if (cap) {
    knownId(cap.str("indicator"), cap.at("indicator"), "indicator", models);
    cap.int("level", 0, max);
  }
  o.int("atTarget", 0);
  o.int("applicable", 0);
  o.int("notApplicable", 0);
  o.num("coverage", 0, 1);
  o.list("criticalGaps").eachString((id, place) => knownId(id, place, "indicator", models));

  r.list("warnings").objects((w) => {
    w.oneOf("code", WARNING_CODES);
    const params = w.obj("params");
    for (const key of params.keys()) {
      const value = params.opt(key);
      if (typeof value !== "string" && typeof value !== "number") {
        wrongType(params.at(key), value, "a string or a number");
      }
    }
  });
}
