// A plain reference comparison for benchmarks: loops over the crosswalk with the same semantics as
// compareResults (split copies, merge combines by mean, added/retired; per-domain sums with base
// weights; the five most improved and declined), but no validation, no trace objects beyond the
// rows, and no freezing.
import type { Crosswalk, Result } from "../../src/index.js";

export interface ReferenceRow {
  id: string;
  domain: string;
  from: number | null;
  to: number | null;
  delta: number | null;
  status: string;
}

export interface ReferenceComparison {
  rows: ReferenceRow[];
  domains: { id: string; from: number; to: number; n: number }[];
  improved: string[];
  declined: string[];
  indexDelta: number;
}

const value = (i: Result["indicators"][number] | undefined): number | null =>
  i && (i.status === "scored" || i.status === "incomplete") ? i.score : null;

export function referenceCompare(
  baseline: Result,
  current: Result,
  crosswalk: Crosswalk,
): ReferenceComparison {
  const before = new Map(baseline.indicators.map((i) => [i.id, i]));
  const after = new Map(current.indicators.map((i) => [i.id, i]));
  const rows: ReferenceRow[] = [];
  const row = (id: string, from: number | null, toId: string) => {
    const target = after.get(toId);
    const to = value(target);
    const delta = from === null || to === null ? null : to - from;
    const status =
      delta === null
        ? "notComparable"
        : delta > 1e-9
          ? "improved"
          : delta < -1e-9
            ? "declined"
            : "unchanged";
    rows.push({ id, domain: target?.domain ?? "", from, to, delta, status });
  };
  for (const m of crosswalk.mappings) {
    if (m.type === "same") row(m.to, value(before.get(m.from)), m.to);
    else if (m.type === "split") for (const to of m.to) row(to, value(before.get(m.from)), to);
    else if (m.type === "merge") {
      let sum = 0;
      let n = 0;
      for (const f of m.from) {
        const v = value(before.get(f));
        if (v !== null) {
          sum += v;
          n++;
        }
      }
      row(m.to, n === 0 ? null : sum / n, m.to);
    } else if (m.type === "added")
      rows.push({
        id: m.to,
        domain: after.get(m.to)?.domain ?? "",
        from: null,
        to: value(after.get(m.to)),
        delta: null,
        status: "new",
      });
    else
      rows.push({
        id: m.from,
        domain: "",
        from: value(before.get(m.from)),
        to: null,
        delta: null,
        status: "retired",
      });
  }
  const domains = current.domains.map((d) => {
    let w = 0;
    let from = 0;
    let to = 0;
    let n = 0;
    for (const r of rows) {
      if (r.domain !== d.id || r.delta === null) continue;
      const weight = after.get(r.id)?.weight.base ?? 0;
      w += weight;
      from += weight * (r.from ?? 0);
      to += weight * (r.to ?? 0);
      n++;
    }
    return { id: d.id, from: w === 0 ? 0 : from / w, to: w === 0 ? 0 : to / w, n };
  });
  const moved = rows.filter((r) => r.delta !== null && r.delta !== 0);
  const improved = moved
    .filter((r) => (r.delta ?? 0) > 0)
    .sort((a, b) => (b.delta ?? 0) - (a.delta ?? 0))
    .slice(0, 5)
    .map((r) => r.id);
  const declined = moved
    .filter((r) => (r.delta ?? 0) < 0)
    .sort((a, b) => (a.delta ?? 0) - (b.delta ?? 0))
    .slice(0, 5)
    .map((r) => r.id);
  return {
    rows,
    domains,
    improved,
    declined,
    indexDelta: current.overall.maturityIndex - baseline.overall.maturityIndex,
  };
}
