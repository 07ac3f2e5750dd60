import { KsmError } from "../errors.js";
import type { Crosswalk } from "../model/crosswalkSchema.js";
import type { IndicatorResult, Result } from "../scoring/result.js";
import type { RowMapping } from "./types.js";

/** One planned row: which baseline results feed which current result. */
export interface RowPlan {
  readonly id: string;
  readonly mapping: RowMapping;
  readonly from: readonly IndicatorResult[];
  readonly to: IndicatorResult | null;
  readonly combine: "min" | "mean" | "max" | null;
}

const refOf = (r: Result) => `${r.modelRef.id}@${r.modelRef.version}`;

/**
 * Pairs the indicators of two results: by id for the same model version without a crosswalk,
 * otherwise through the crosswalk, which must map the baseline's version to the current one.
 */
export function planRows(baseline: Result, current: Result, crosswalk?: Crosswalk): RowPlan[] {
  const before = new Map(baseline.indicators.map((i) => [i.id, i]));
  const after = new Map(current.indicators.map((i) => [i.id, i]));
  const same = refOf(baseline) === refOf(current);
  if (!crosswalk) {
    if (!same) {
      throw new KsmError(
        "crosswalk_required",
        `comparing ${refOf(baseline)} with ${refOf(current)} needs a crosswalk between them`,
      );
    }
    return current.indicators.map((i) => ({
      id: i.id,
      mapping: "identity",
      from: [before.get(i.id)].filter((x) => x !== undefined),
      to: i,
      combine: null,
    }));
  }
  const cwFrom = `${crosswalk.from.id}@${crosswalk.from.version}`;
  const cwTo = `${crosswalk.to.id}@${crosswalk.to.version}`;
  if (cwFrom !== refOf(baseline) || cwTo !== refOf(current)) {
    throw new KsmError(
      "model_mismatch",
      `the crosswalk maps ${cwFrom} → ${cwTo}, the results are ${refOf(baseline)} → ${refOf(current)}`,
    );
  }
  const look = (map: Map<string, IndicatorResult>, id: string): IndicatorResult => {
    const found = map.get(id);
    if (!found)
      throw new KsmError(
        "not_parsed",
        `the crosswalk names "${id}", which the result does not have`,
      );
    return found;
  };
  const rows: RowPlan[] = [];
  for (const m of crosswalk.mappings) {
    switch (m.type) {
      case "same":
        rows.push({
          id: m.to,
          mapping: "same",
          from: [look(before, m.from)],
          to: look(after, m.to),
          combine: null,
        });
        break;
      case "split":
        for (const to of m.to) {
          rows.push({
            id: to,
            mapping: "split",
            from: [look(before, m.from)],
            to: look(after, to),
            combine: null,
          });
        }
        break;
      case "merge":
        rows.push({
          id: m.to,
          mapping: "merge",
          from: m.from.map((id) => look(before, id)),
          to: look(after, m.to),
          combine: m.combine,
        });
        break;
      case "added":
        rows.push({ id: m.to, mapping: "added", from: [], to: look(after, m.to), combine: null });
        break;
      case "retired":
        rows.push({
          id: m.from,
          mapping: "retired",
          from: [look(before, m.from)],
          to: null,
          combine: null,
        });
        break;
    }
  }
  // Keep the current model's order, retired rows last in baseline order: stable, readable output.
  const rank = new Map<string, number>();
  current.indicators.forEach((i, n) => {
    rank.set(i.id, n);
  });
  baseline.indicators.forEach((i, n) => {
    rank.set(`retired:${i.id}`, current.indicators.length + n);
  });
  const keyed = rows.map((r) => ({ r, k: rank.get(r.to ? r.id : `retired:${r.id}`) ?? 0 }));
  keyed.sort((a, b) => a.k - b.k);
  return keyed.map((x) => x.r);
}
