// What sector groups and panel groups share: the group-level figures (who has nothing
// applicable, the quartiles of one figure per institution) and the differencing check of a
// grouped view against the whole sector.
import {
  applicabilityRule,
  type DifferencedRow,
  protectRows,
  type RowTable,
  secondaryPicks,
} from "./differencing.js";
import { allButOneWithinStep } from "./groupDisclosure.js";
import { publishedQuartiles } from "./quartiles.js";
import type { Precision } from "./round.js";
import type { Quartiles, Suppression, WithheldReason } from "./types.js";

/** The rows of a group: one per indicator and one per domain. */
export interface Rows<R> {
  readonly indicators: R[];
  readonly domains: R[];
}

/** One group (of a sector view or a panel) before the differencing check. */
export interface GroupDraft<R> {
  readonly key: string;
  readonly n: number;
  readonly suppressed: Suppression;
  readonly nothingApplicable: number;
  readonly contributors: number;
  readonly withheld: { [figure: string]: WithheldReason };
  /** The quartile figures, by name (e.g. `maturityIndex`), `null` when withheld. */
  readonly figures: { readonly [figure: string]: Quartiles | null };
  readonly rows: Rows<R> | null;
}

/** A quartile figure of a group: its name, one value per contributing institution, precision. */
export interface GroupFigure {
  readonly name: string;
  readonly values: readonly number[];
  readonly precision: Precision;
}

/**
 * Quartiles of one figure per institution (rule 3), or `null` when all contributors but one
 * share its value to its precision (rule 3a).
 */
function groupQuartiles(
  values: readonly number[],
  min: number,
  precision: Precision,
): Quartiles | null {
  const sorted = [...values].sort((a, b) => a - b);
  return allButOneWithinStep(sorted, precision.step)
    ? null
    : publishedQuartiles(sorted, min, precision);
}

/**
 * A group's draft. A suppressed group has no rows; with fewer than `min` contributors (members
 * with something applicable) its quartile figures and `nothingApplicable` are withheld for size.
 * `figures` is only called when the quartiles are needed (`withScores`).
 */
export function draftGroup<R>(
  base: { key: string; n: number; suppressed: Suppression; contributors: number },
  rows: () => Rows<R>,
  figures: () => readonly GroupFigure[],
  min: number,
  withScores: boolean,
): GroupDraft<R> {
  const common = { ...base, nothingApplicable: base.n - base.contributors };
  if (base.suppressed !== null) return { ...common, withheld: {}, figures: {}, rows: null };
  const withheld: GroupDraft<R>["withheld"] = {};
  const out: Record<string, Quartiles | null> = {};
  const all = withScores || base.contributors < min ? figures() : [];
  for (const f of all) {
    const q = base.contributors < min ? null : groupQuartiles(f.values, min, f.precision);
    out[f.name] = q;
    if (q === null) withheld[f.name] = base.contributors < min ? "size" : "group";
  }
  if (base.contributors < min) withheld.nothingApplicable = "size";
  return { ...common, withheld, figures: out, rows: rows() };
}

/**
 * Rule 5 for a grouped view: subtracting the shown groups from the whole sector uncovers
 * nothing unpublishable, neither in `nothingApplicable` nor in any row's additive tables.
 */
export function protectGroups<R extends DifferencedRow>(
  sector: GroupDraft<R>,
  shown: readonly GroupDraft<R>[],
  tables: readonly RowTable<R>[],
  min: number,
): void {
  const published = (g: GroupDraft<R>) =>
    g.suppressed === null && g.withheld.nothingApplicable === undefined;
  const cells = (g: GroupDraft<R>) => [g.nothingApplicable, g.contributors];
  const open = shown.filter(published);
  const sectorCells = published(sector) ? cells(sector) : null;
  for (const p of secondaryPicks(sectorCells, open.map(cells), applicabilityRule(min))) {
    (open[p] as GroupDraft<R>).withheld.nothingApplicable = "secondary";
  }
  const rowsOf = (g: GroupDraft<R>): Rows<R> => g.rows ?? { indicators: [], domains: [] };
  for (const kind of ["indicators", "domains"] as const) {
    protectRows(
      rowsOf(sector)[kind],
      shown.map((g) => rowsOf(g)[kind]),
      tables,
      min,
    );
  }
}

/**
 * A group as published, with `names` its quartile figures in order: a suppressed group carries
 * no figure and no `n`; a shown one has `null` for each withheld figure, named in `withheld`.
 */
export function finishGroup<R, P>(
  d: GroupDraft<R>,
  names: readonly string[],
  finishRow: (row: R) => P,
): Record<string, unknown> {
  const shown = d.suppressed === null;
  const figures = Object.fromEntries(names.map((name) => [name, d.figures[name] ?? null]));
  return {
    key: d.key,
    n: shown ? d.n : null,
    suppressed: d.suppressed,
    nothingApplicable:
      shown && d.withheld.nothingApplicable === undefined ? d.nothingApplicable : null,
    ...figures,
    indicators: d.rows?.indicators.map(finishRow) ?? null,
    domains: d.rows?.domains.map(finishRow) ?? null,
    withheld: d.withheld,
  };
}
