import { KsmError } from "../errors.js";
import type { Crosswalk } from "../model/crosswalkSchema.js";
import type { IndicatorResult, Result } from "../scoring/result.js";
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

/**
 * Pairs the indicators of two results: by id for the same model version without a crosswalk,
 * otherwise through the crosswalk, which must map the baseline's version to the current one.
 * Rows come in the current model's order, retired rows last in baseline order.
 */
export function planRows(baseline: Result, current: Result, crosswalk?: Crosswalk): RowPlan[] {
  const before = byId(baseline.indicators);
  if (!crosswalk) {
    if (refOf(baseline) !== refOf(current)) {
      throw new KsmError(
        "crosswalk_required",
        `comparing ${refOf(baseline)} with ${refOf(current)} needs a crosswalk between them`,
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
      `the crosswalk maps ${cwFrom} → ${cwTo}, the results are ${refOf(baseline)} → ${refOf(current)}`,
    );
  }
  const after = byId(current.indicators);
  const look = (map: Map<string, Entry>, id: string): Entry => {
    const found = map.get(id);
    if (!found)
      throw new KsmError(
        "not_parsed",
        `the crosswalk names "${id}", which the result does not have`,
      );
    return found;
  };
  // Rows go to the slot of their rank: the current model's order, retired rows last in baseline
  // order (stable, readable output) without sorting. Only a crosswalk that maps an indicator twice
  // (not one from parseCrosswalk) puts two rows in one slot; those are sorted, keeping its order.
  const retiredRank = current.indicators.length;
  const slots = new Array<RowPlan | undefined>(retiredRank + baseline.indicators.length);
  const rows: RowPlan[] = [];
  let clash = false;
  const put = (plan: RowPlan): void => {
    if (slots[plan.rank] !== undefined) clash = true;
    slots[plan.rank] = plan;
    rows.push(plan);
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
  if (clash) return rows.sort((a, b) => a.rank - b.rank);
  const ordered: RowPlan[] = [];
  for (const plan of slots) if (plan !== undefined) ordered.push(plan);
  return ordered;
}
