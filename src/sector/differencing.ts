// Rule 5 of docs/disclosure.md: in a grouped view, whatever an additive figure hides in some
// groups can be recovered as "whole sector − shown groups". That remainder must be empty or
// itself publishable; otherwise the figure is withheld in one more group, the smallest, until it
// is. Quartiles are not additive: nothing can be subtracted from them.

import { oneCellHoldsAllButOne } from "./groupDisclosure.js";

/** Whether the cells a subtraction would uncover could have been published on their own. */
export type Publishable = (cells: readonly number[]) => boolean;

/** A count, such as the applicable institutions of a row: none, or at least `min` (rule 1). */
export const countRule =
  (min: number): Publishable =>
  ([n = 0]) =>
    n === 0 || n >= min;

/** A frequency table: none, or at least `min` contributors and no cell with all but one (rules 1 and 4). */
export const tableRule =
  (min: number): Publishable =>
  (cells) => {
    const n = cells.reduce((a, b) => a + b, 0);
    return n === 0 || (n >= min && !oneCellHoldsAllButOne(cells));
  };

/**
 * Institutions with nothing applicable, as `[nothing applicable, contributors]`: nobody, or at
 * least `min` contributors (the count is published only beside statistics of that many).
 */
export const applicabilityRule =
  (min: number): Publishable =>
  ([none = 0, some = 0]) =>
    none + some === 0 || some >= min;

/**
 * Which groups must also withhold a figure so that the whole-sector figure minus the shown
 * groups' figures uncovers nothing unpublishable.
 *
 * @param sector - The figure's cells in the whole-sector view, or `null` when that view does not
 *   publish it (then nothing can be subtracted from it).
 * @param shown - The cells of each group that publishes the figure.
 * @param publishable - The rule the uncovered remainder must meet.
 * @returns Indexes into `shown` of the groups that must withhold it (`secondary`), smallest first.
 * @example
 * ```ts
 * // Whole sector 5/3/1 minus 2/1/1 and 1/1/0 leaves 2/1/0: two of three at one level.
 * secondaryPicks([5, 3, 1], [[2, 1, 1], [1, 1, 0]], tableRule(3)); //=> [1]
 * ```
 */
export function secondaryPicks(
  sector: readonly number[] | null,
  shown: readonly (readonly number[])[],
  publishable: Publishable,
): number[] {
  if (sector === null) return [];
  const rest = [...sector];
  const add = (cells: readonly number[], sign: 1 | -1) => {
    for (let k = 0; k < cells.length; k++) rest[k] = (rest[k] ?? 0) + sign * (cells[k] ?? 0);
  };
  const size = (i: number) => (shown[i] as readonly number[]).reduce((a, b) => a + b, 0);
  for (const cells of shown) add(cells, -1);
  const open = shown.map((_, i) => i);
  const picks: number[] = [];
  while (open.length > 0 && !publishable(rest)) {
    let best = 0;
    for (let o = 1; o < open.length; o++) {
      if (size(open[o] as number) < size(open[best] as number)) best = o;
    }
    const pick = open.splice(best, 1)[0] as number;
    add(shown[pick] as readonly number[], 1);
    picks.push(pick);
  }
  return picks;
}

/** What the differencing check needs of a row (an item of a sector view or of a panel). */
export interface DifferencedRow {
  readonly id: string;
  /** Contributors: the true count. */
  readonly n: number;
  suppressed: "size" | "secondary" | null;
  readonly withheld: { [figure: string]: "size" | "secondary" | "group" | undefined };
}

/** An additive table of a row: the figures it is published as, and its cells. */
export interface RowTable<R> {
  readonly figures: readonly string[];
  readonly cells: (row: R) => readonly number[];
}

/**
 * Applies rule 5 to every row of a grouped view: first the rows' `n` (a row whose `n` would
 * uncover too few institutions is suppressed, `secondary`), then each table. Rows are matched
 * by id; the drafts are marked in place.
 *
 * @param sector - The rows of the whole-sector view.
 * @param groups - The rows of each shown group.
 * @param tables - The additive tables of a row.
 * @param min - `minGroupSize`.
 */
export function protectRows<R extends DifferencedRow>(
  sector: readonly R[],
  groups: readonly (readonly R[])[],
  tables: readonly RowTable<R>[],
  min: number,
): void {
  const byId = groups.map((rows) => new Map(rows.map((r) => [r.id, r])));
  for (const s of sector) {
    const rows = byId.flatMap((m) => m.get(s.id) ?? []);
    const shownRows = rows.filter((r) => r.suppressed === null);
    const sectorN = s.suppressed === null ? [s.n] : null;
    for (const p of secondaryPicks(
      sectorN,
      shownRows.map((r) => [r.n]),
      countRule(min),
    )) {
      (shownRows[p] as R).suppressed = "secondary";
    }
    for (const table of tables) {
      const published = (r: R) =>
        r.suppressed === null && table.figures.every((f) => r.withheld[f] === undefined);
      const shown = rows.filter(published);
      const sectorCells = published(s) ? table.cells(s) : null;
      for (const p of secondaryPicks(sectorCells, shown.map(table.cells), tableRule(min))) {
        for (const f of table.figures) (shown[p] as R).withheld[f] = "secondary";
      }
    }
  }
}
