import { KsmError } from "../errors.js";
import type { Issue } from "../issues/issue.js";
import { IssueSink } from "../model/check/context.js";
import { checkCoverage, type NamedIds, namedIds } from "../model/crosswalkCoverage.js";
import type { Crosswalk } from "../model/crosswalkSchema.js";
import type { IndicatorResult, Result } from "../scoring/result.js";
import { cleanText } from "../util/cleanText.js";
import { describe } from "../util/guards.js";
import type { RowMapping } from "./types.js";

/** One planned row: which baseline results feed which current result. */
export interface RowPlan {
  readonly id: string;
  readonly mapping: RowMapping;
  /** The current indicator's domain; the baseline one's for `retired`. */
  readonly domain: string;
  /** Split successors share one array, so their baseline side can be made once. */
  readonly from: readonly IndicatorResult[];
  readonly to: IndicatorResult | null;
  readonly combine: "min" | "mean" | "max" | null;
  /** Output position: the current indicator's index; retired rows after all of them. */
  readonly rank: number;
}

/** An indicator and its position in its result. */
interface Entry {
  readonly r: IndicatorResult;
  readonly n: number;
}

const refOf = (r: Result) => `${r.modelRef.id}@${r.modelRef.version}`;

function byId(indicators: readonly IndicatorResult[]): Map<string, Entry> {
  const map = new Map<string, Entry>();
  let n = 0;
  for (const r of indicators) map.set(r.id, { r, n: n++ });
  return map;
}

/** The ids a crosswalk names on each side, and the duplicates and reused ids among them. */
interface Names {
  readonly from: NamedIds;
  readonly to: NamedIds;
  readonly issues: readonly Issue[];
}

/**
 * Names found once per crosswalk: crosswalks are frozen, and `compareSectors` compares every
 * institution through the same one. Keyed weakly, so it holds nothing alive and changes no answer.
 */
const namesCache = new WeakMap<Crosswalk, Names>();

function namesOf(crosswalk: Crosswalk): Names {
  let names = namesCache.get(crosswalk);
  if (names === undefined) {
    const sink = new IssueSink();
    const { from, to } = namedIds(crosswalk, sink);
    names = { from, to, issues: sink.issues };
    namesCache.set(crosswalk, names);
  }
  return names;
}

/**
 * Throws `crosswalk_mismatch` unless the crosswalk names every indicator of the baseline as a
 * source and every indicator of the current result as a target, exactly once and nothing else:
 * what `parseCrosswalk(input, from, to)` checks against the models, here against the results. A
 * crosswalk parsed without its models may leave indicators out, which would silently drop them
 * from the comparison (no mappings at all gave 0 rows and compatibility 1).
 */
function checkAccounts(
  crosswalk: Crosswalk,
  baseline: Result,
  current: Result,
  before: ReadonlyMap<string, Entry>,
  after: ReadonlyMap<string, Entry>,
): void {
  if (before.size !== baseline.indicators.length || after.size !== current.indicators.length) {
    throw new KsmError(
      "not_parsed",
      "a result names an indicator twice; pass one from scoreAssessment",
    );
  }
  const names = namesOf(crosswalk);
  const sink = new IssueSink();
  sink.issues.push(...names.issues);
  checkCoverage(names.from, before, refOf(baseline), sink);
  checkCoverage(names.to, after, refOf(current), sink);
  const first = sink.issues[0];
  if (first === undefined) return;
  const id = first.params.id;
  const which = id === undefined ? "" : ` (first: indicator ${describe(id)})`;
  throw new KsmError(
    "crosswalk_mismatch",
    `the crosswalk does not account for the indicators of both results exactly once: ${sink.issues.length} problem(s)${which}; see the error's issues`,
    sink.issues,
  );
}

/**
 * Pairs the indicators of two results: by id for the same model version without a crosswalk,
 * otherwise through the crosswalk, which must map the baseline's version to the current one and
 * account for every indicator of both exactly once. Rows come in the current model's order,
 * retired rows last in baseline order.
 */
export function planRows(baseline: Result, current: Result, crosswalk?: Crosswalk): RowPlan[] {
  const before = byId(baseline.indicators);
  if (!crosswalk) {
    if (refOf(baseline) !== refOf(current)) {
      throw new KsmError(
        "crosswalk_required",
        cleanText(
          `comparing ${refOf(baseline)} with ${refOf(current)} needs a crosswalk between them`,
        ),
      );
    }
    return current.indicators.map((i, rank) => {
      // Same version, so the same indicators, unless a model was changed without a new version.
      const found = before.get(i.id);
      return {
        id: i.id,
        mapping: "identity",
        domain: i.domain,
        from: found ? [found.r] : [],
        to: i,
        combine: null,
        rank,
      };
    });
  }
  const cwFrom = `${crosswalk.from.id}@${crosswalk.from.version}`;
  const cwTo = `${crosswalk.to.id}@${crosswalk.to.version}`;
  if (cwFrom !== refOf(baseline) || cwTo !== refOf(current)) {
    throw new KsmError(
      "model_mismatch",
      // Hand-made values reach here unchecked for format: no control characters in the message.
      cleanText(
        `the crosswalk maps ${cwFrom} → ${cwTo}, the results are ${refOf(baseline)} → ${refOf(current)}`,
      ),
    );
  }
  const after = byId(current.indicators);
  checkAccounts(crosswalk, baseline, current, before, after);
  // checkAccounts made sure that every id the crosswalk names is in its result.
  const look = (map: Map<string, Entry>, id: string): Entry => map.get(id) as Entry;
  // Rows go to the slot of their rank: the current model's order, retired rows last in baseline
  // order (stable, readable output) without sorting. Every indicator is named once on its side,
  // so every slot holds at most one row.
  const retiredRank = current.indicators.length;
  const slots = new Array<RowPlan | undefined>(retiredRank + baseline.indicators.length);
  const put = (plan: RowPlan): void => {
    slots[plan.rank] = plan;
  };
  const row = (
    mapping: RowMapping,
    from: readonly IndicatorResult[],
    id: string,
    combine: RowPlan["combine"] = null,
  ): void => {
    const to = look(after, id);
    put({ id, mapping, domain: to.r.domain, from, to: to.r, combine, rank: to.n });
  };
  for (const m of crosswalk.mappings) {
    switch (m.type) {
      case "same":
        row("same", [look(before, m.from).r], m.to);
        break;
      case "split": {
        let from: readonly IndicatorResult[] | undefined;
        for (const to of m.to) {
          from ??= [look(before, m.from).r];
          row("split", from, to);
        }
        break;
      }
      case "merge":
        row(
          "merge",
          m.from.map((id) => look(before, id).r),
          m.to,
          m.combine,
        );
        break;
      case "added":
        row("added", [], m.to);
        break;
      case "retired": {
        const from = look(before, m.from);
        put({
          id: m.from,
          mapping: "retired",
          domain: from.r.domain,
          from: [from.r],
          to: null,
          combine: null,
          rank: retiredRank + from.n,
        });
        break;
      }
    }
  }
  const ordered: RowPlan[] = [];
  for (const plan of slots) if (plan !== undefined) ordered.push(plan);
  return ordered;
}
