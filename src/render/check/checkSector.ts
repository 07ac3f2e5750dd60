import { fail } from "./fields.js";
import { knownId } from "./knownIds.js";
import type { ModelFacts } from "./modelFacts.js";
import type { Fields, List } from "./reader.js";
import { integer } from "./values.js";

// Tolerant on purpose: a withheld figure may be null with its reason beside it, `n` may be null,
// a reason may be any code (`withheld` maps figures to reason strings), and fields the renderers
// do not read are not looked at, so sector outputs of a newer shape still render.

/** Quartiles, each a number in `min..max` or null (withheld). */
function quartiles(q: Fields | null, min: number, max: number): void {
  if (q === null) return;
  for (const key of ["q1", "median", "q3"]) q.nullNum(key, min, max);
}

/** The part shared by the groups of a sector view and of a panel. */
function group(g: Fields): void {
  g.str("key");
  g.nullInt("n", 0);
  g.nullStr("suppressed");
  withheld(g);
  if (g.opt("nothingApplicable") !== undefined) g.nullInt("nothingApplicable", 0);
}

/** The withheld figures of a shown group or row, if recorded: figure → reason, both strings. */
function withheld(row: Fields): void {
  if (row.opt("withheld") === undefined) return;
  const reasons = row.obj("withheld");
  for (const key of reasons.keys()) reasons.str(key);
}

function itemStats(
  items: List | null,
  kind: "indicator" | "domain",
  model: ModelFacts | null,
  max: number,
): void {
  const models = [model];
  items?.objects((s) => {
    knownId(s.str("id"), s.at("id"), kind, models);
    s.nullInt("n", 0);
    s.nullStr("suppressed");
    withheld(s);
    const levels = s.nullList("levels");
    if (levels !== null && levels.length > max + 1) {
      fail(levels.place, "too_big", { maximum: max + 1, inclusive: "yes", unit: "items" });
    }
    levels?.each((count, place) => integer(count, place, 0, Number.POSITIVE_INFINITY));
    quartiles(s.nullObj("score"), 0, max);
    s.nullNum("shareAtTarget", 0, 1);
  });
}

/**
 * Checks a sector view as the renderers read it: the level columns match the model, every figure
 * is a number in its range or null (withheld), and every item id is one of the model's. Group keys
 * are not model ids (`all`, `unknown`, an institution type) and are only checked to be strings.
 * Call it on a plain copy (see `checkRenderArgs`).
 *
 * @param v - The sector view.
 * @param model - The facts of its model; `null` when that model was not given (the baseline cohort
 *   of a comparison across versions), so its ids are not checked.
 * @throws {KsmError} `invalid_argument` naming the path of the first problem.
 * @example
 * ```ts
 * checkSectorView(Fields.of(copy, root("input")), facts); // returns, or throws invalid_argument
 * ```
 */
export function checkSectorView(v: Fields, model: ModelFacts | null): void {
  const empty = isEmptyRef(v.obj("modelRef"));
  const maxLevel = v.int("maxLevel", 0, 10);
  if (model !== null && !empty && maxLevel !== model.maxLevel) {
    fail(v.at("maxLevel"), "invalid_value", { expected: String(model.maxLevel) });
  }
  v.int("minGroupSize", 1);
  v.nullStr("groupBy");
  v.list("groups").objects((g) => {
    group(g);
    quartiles(g.nullObj("maturityIndex"), 0, maxLevel);
    quartiles(g.nullObj("targetAttainment"), 0, 1);
    itemStats(g.nullList("indicators"), "indicator", model, maxLevel);
    itemStats(g.nullList("domains"), "domain", model, maxLevel);
  });
}

/** Whether a model ref is the empty one of an output made from no results. */
export function isEmptyRef(ref: Fields): boolean {
  return ref.str("id") === "" && ref.str("version") === "";
}

/** Counts of a panel row: each a whole number or null (withheld). */
function changeCounts(
  items: List | null,
  kind: "indicator" | "domain",
  models: readonly (ModelFacts | null)[],
): void {
  items?.objects((c) => {
    knownId(c.str("id"), c.at("id"), kind, models);
    c.nullInt("n", 0);
    c.nullStr("suppressed");
    withheld(c);
    for (const key of ["improved", "declined", "unchanged", "notComparable"]) c.nullInt(key, 0);
  });
}

/**
 * Checks a sector comparison as the renderers read it: the panel (counts of changes, quartiles of
 * the index change) with ids of either model, and both cohorts as sector views of their models.
 *
 * @param sc - The sector comparison.
 * @param current - The facts of the current model.
 * @param baseline - The facts of the baseline model; `null` when its version differs and it was
 *   not given.
 * @throws {KsmError} `invalid_argument` naming the path of the first problem.
 * @example
 * ```ts
 * checkSectorComparison(Fields.of(copy, root("input")), current, baseline);
 * ```
 */
export function checkSectorComparison(
  sc: Fields,
  current: ModelFacts,
  baseline: ModelFacts | null,
): void {
  sc.int("minGroupSize", 1);
  // Retired rows carry ids of the baseline model.
  const either = [current, baseline];
  const max = Math.max(current.maxLevel, baseline?.maxLevel ?? 10);
  sc.list("panel").objects((g) => {
    group(g);
    quartiles(g.nullObj("maturityIndexDelta"), -max, max);
    changeCounts(g.nullList("indicators"), "indicator", either);
    changeCounts(g.nullList("domains"), "domain", either);
  });
  const cohort = sc.obj("cohort");
  checkSectorView(cohort.obj("baseline"), baseline);
  checkSectorView(cohort.obj("current"), current);
}
