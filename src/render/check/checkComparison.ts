import type { ChangeStatus, RowMapping } from "../../compare/types.js";
import { knownId } from "./knownIds.js";
import type { ModelFacts } from "./modelFacts.js";
import type { Fields } from "./reader.js";
import { isoDate } from "./values.js";

/** Every change status. */
export const CHANGE_STATUSES = [
  "improved",
  "declined",
  "unchanged",
  "new",
  "retired",
  "notComparable",
] as const satisfies readonly ChangeStatus[];

const MAPPINGS = [
  "identity",
  "same",
  "split",
  "merge",
  "added",
  "retired",
] as const satisfies readonly RowMapping[];

/**
 * The models a comparison's two sides belong to: the current model, and the baseline model when
 * it is known (given as `baselineModel`, or the current model when both sides have its version);
 * `null` when the baseline's version differs and no baseline model was given, so its ids cannot
 * be checked.
 */
export interface SideModels {
  readonly current: ModelFacts;
  readonly baseline: ModelFacts | null;
}

/** Level, score and target of one side; levels within the side's model (0..10 when unknown). */
function side(s: Fields | null, model: ModelFacts | null): void {
  if (s === null) return;
  const max = model?.maxLevel ?? 10;
  s.nullInt("level", 0, max);
  s.nullNum("score", 0, max);
  s.nullNum("target", 0, max);
}

/** The counts of changes per status, each a whole number. */
function counts(f: Fields): void {
  for (const status of CHANGE_STATUSES) f.int(status, 0);
}

/**
 * Checks a comparison as the renderers read it: types and ranges of every field they use, and
 * ids of the current model (rows `retired` and the `from` ids: of the baseline model, when it is
 * known). Call it on a plain copy (see `checkRenderArgs`).
 *
 * @param c - The comparison.
 * @param models - The models of its sides.
 * @throws {KsmError} `invalid_argument` naming the path of the first problem.
 * @example
 * ```ts
 * checkComparison(Fields.of(copy, root("input")), { current, baseline }); // or invalid_argument
 * ```
 */
export function checkComparison(c: Fields, models: SideModels): void {
  const { current, baseline } = models;
  const who = c.obj("institution");
  who.str("id");
  who.optStr("name");
  const sides = [
    [c.obj("baseline"), baseline],
    [c.obj("current"), current],
  ] as const;
  for (const [s, model] of sides) {
    isoDate(s, "measuredOn");
    knownId(s.str("tier"), s.at("tier"), "tier", [model]);
  }

  const max = Math.max(current.maxLevel, baseline?.maxLevel ?? 10);
  // Made once, not per row: a comparison may have 20,000 rows.
  const [ofCurrent, ofBaseline] = [[current], [baseline]];
  c.list("indicators").objects((r) => {
    const retired = r.oneOf("mapping", MAPPINGS) === "retired";
    const own = retired ? ofBaseline : ofCurrent;
    knownId(r.str("id"), r.at("id"), "indicator", own);
    knownId(r.str("domain"), r.at("domain"), "domain", own);
    r.list("from").eachString((id, place) => knownId(id, place, "indicator", ofBaseline));
    side(r.nullObj("baseline"), baseline);
    side(r.nullObj("current"), current);
    r.nullInt("levelDelta", -max, max);
    r.nullNum("scoreDelta", -max, max);
    r.oneOf("status", CHANGE_STATUSES);
    r.nullNum("progressToTarget");
  });
  c.list("domains").objects((d) => {
    knownId(d.str("id"), d.at("id"), "domain", ofCurrent);
    d.int("n", 0);
    side(d.nullObj("baseline"), baseline);
    side(d.nullObj("current"), current);
    d.nullInt("levelDelta", -max, max);
    d.nullNum("scoreDelta", -max, max);
    d.oneOf("status", CHANGE_STATUSES);
    d.nullNum("progressToTarget");
    d.int("improved", 0);
    d.int("declined", 0);
    d.int("unchanged", 0);
  });

  const o = c.obj("overall");
  o.num("months");
  for (const key of ["maturityIndex", "targetAttainment"]) {
    const range = key === "maturityIndex" ? max : 1;
    const change = o.obj(key);
    change.num("from", 0, range);
    change.num("to", 0, range);
    change.num("delta", -range, range);
  }
  o.nullNum("pacePerYear");
  o.num("compatibility", 0, 1);
  counts(o.obj("counts"));
  for (const key of ["mostImproved", "mostDeclined", "newIndicators"]) {
    o.list(key).eachString((id, place) => knownId(id, place, "indicator", ofCurrent));
  }
  o.list("retiredIndicators").eachString((id, place) => {
    knownId(id, place, "indicator", ofBaseline);
  });
}
