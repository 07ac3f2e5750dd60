// A plain reference comparison for benchmarks: loops over the crosswalk, the same row semantics
// as compareResults (split copies, merge combines, added/retired), no trace, no freezing.
import type { Crosswalk, Result } from "../../src/index.js";

export interface ReferenceChange {
  id: string;
  delta: number | null;
  status: string;
}

export function referenceCompare(
  baseline: Result,
  current: Result,
  crosswalk: Crosswalk,
): ReferenceChange[] {
  const before = new Map<string, number | null>();
  for (const i of baseline.indicators)
    before.set(i.id, i.status === "scored" || i.status === "incomplete" ? i.score : null);
  const after = new Map<string, number | null>();
  for (const i of current.indicators)
    after.set(i.id, i.status === "scored" || i.status === "incomplete" ? i.score : null);
  const out: ReferenceChange[] = [];
  const row = (id: string, from: number | null | undefined, to: number | null | undefined) => {
    const delta = from == null || to == null ? null : to - from;
    out.push({
      id,
      delta,
      status:
        delta === null
          ? "notComparable"
          : delta > 1e-9
            ? "improved"
            : delta < -1e-9
              ? "declined"
              : "unchanged",
    });
  };
  for (const m of crosswalk.mappings) {
    if (m.type === "same") row(m.to, before.get(m.from), after.get(m.to));
    else if (m.type === "split") for (const to of m.to) row(to, before.get(m.from), after.get(to));
    else if (m.type === "merge") {
      let sum = 0;
      let n = 0;
      for (const f of m.from) {
        const v = before.get(f);
        if (v != null) {
          sum += v;
          n++;
        }
      }
      row(m.to, n === 0 ? null : sum / n, after.get(m.to));
    } else if (m.type === "added") out.push({ id: m.to, delta: null, status: "new" });
    else out.push({ id: m.from, delta: null, status: "retired" });
  }
  let total = 0;
  for (const r of out) total += r.delta ?? 0;
  out.push({
    id: "overall",
    delta: current.overall.maturityIndex - baseline.overall.maturityIndex + total * 0,
    status: "",
  });
  return out;
}
