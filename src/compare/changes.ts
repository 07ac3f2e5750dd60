import type { IndicatorResult, Result } from "../scoring/result.js";
import { changeStatus, progress } from "./change.js";
import { domainTally, hasFigures } from "./compareDomains.js";
import type { RowPlan } from "./rows.js";
import { type Baseline, baselineOf, side } from "./sides.js";
import type { ChangeStatus, DomainChange, IndicatorChange } from "./types.js";

/** How many indicators `mostImproved` and `mostDeclined` list. */
const TOP = 5;

const EMPTY: readonly string[] = Object.freeze([]);

/** The rows of a comparison and what is counted over them; every part frozen. */
export interface RowChanges {
  readonly rows: readonly IndicatorChange[];
  readonly domains: readonly DomainChange[];
  readonly counts: Readonly<Record<ChangeStatus, number>>;
  readonly mostImproved: readonly string[];
  readonly mostDeclined: readonly string[];
  readonly newIndicators: readonly string[];
  readonly retiredIndicators: readonly string[];
  /** Rows with a baseline and a current side. */
  readonly shared: number;
}

/** An indicator that moved, by how much: the score increase, or the decrease for declines. */
interface Move {
  readonly id: string;
  readonly by: number;
}

/** The ids of the {@link TOP} largest moves, ties by id (ids are unique: a locale-free order). */
function top(moves: Move[]): readonly string[] {
  moves.sort((a, b) => b.by - a.by || (a.id < b.id ? -1 : 1));
  return Object.freeze(moves.slice(0, TOP).map((m) => m.id));
}

/**
 * Turns planned rows into indicator changes, in one pass that also counts statuses, ranks the
 * moves and adds each row to its domain. Objects are frozen as they are made: a second walk over
 * the whole comparison cost more than building it.
 */
export function rowChanges(plans: readonly RowPlan[], current: Result): RowChanges {
  const shared = new Map<readonly IndicatorResult[], Baseline>();
  const domains = domainTally(current);
  const rows: IndicatorChange[] = [];
  const improved: Move[] = [];
  const declined: Move[] = [];
  const added: string[] = [];
  const retired: string[] = [];
  let unchanged = 0;
  let notComparable = 0;
  let both = 0;
  for (const plan of plans) {
    const from = baselineOf(plan, shared);
    const baseline = from === null ? null : from.side;
    const now = plan.to === null ? null : side(plan.to);
    let levelDelta: number | null = null;
    let scoreDelta: number | null = null;
    let status: ChangeStatus;
    if (plan.mapping === "added") {
      status = "new";
      added.push(plan.id);
    } else if (plan.mapping === "retired") {
      status = "retired";
      retired.push(plan.id);
    } else if (hasFigures(baseline) && hasFigures(now)) {
      levelDelta = now.level - baseline.level;
      scoreDelta = now.score - baseline.score;
      status = changeStatus(levelDelta, scoreDelta);
      if (status === "improved") improved.push({ id: plan.id, by: scoreDelta });
      else if (status === "declined") declined.push({ id: plan.id, by: -scoreDelta });
      else unchanged++;
    } else {
      status = "notComparable";
      notComparable++;
    }
    if (baseline !== null && now !== null) both++;
    const row: IndicatorChange = Object.freeze({
      id: plan.id,
      from: from === null ? EMPTY : from.ids,
      mapping: plan.mapping,
      domain: plan.domain,
      baseline,
      current: now,
      levelDelta,
      scoreDelta,
      status,
      progressToTarget:
        baseline === null || now === null ? null : progress(baseline.score, now.score, now.target),
    });
    rows.push(row);
    if (plan.to !== null) domains.add(row, plan.to.weight.base);
  }
  return {
    rows: Object.freeze(rows),
    domains: domains.changes(),
    counts: Object.freeze({
      improved: improved.length,
      declined: declined.length,
      unchanged,
      new: added.length,
      retired: retired.length,
      notComparable,
    }),
    mostImproved: top(improved),
    mostDeclined: top(declined),
    newIndicators: Object.freeze(added),
    retiredIndicators: Object.freeze(retired),
    shared: both,
  };
}
