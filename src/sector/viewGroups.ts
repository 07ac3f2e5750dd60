import type { Result } from "../scoring/result.js";
import type { RowTable } from "./differencing.js";
import { draftGroup, finishGroup, protectGroups } from "./groupDrafts.js";
import { type GroupBy, splitGroups, suppressions } from "./groups.js";
import { draftRows, finishRow, type RowDraft } from "./itemRows.js";
import { LEVEL_SCALE, PROPORTION } from "./round.js";
import type { SectorGroup, Suppression } from "./types.js";

/** The additive tables of an item row, for the differencing check. */
const ITEM_TABLES: readonly RowTable<RowDraft>[] = [
  { figures: ["levels"], cells: (r) => r.levels },
  { figures: ["shareAtTarget"], cells: (r) => [r.atTarget, r.n - r.atTarget] },
];

function draft(
  key: string,
  members: readonly Result[],
  suppressed: Suppression,
  maxLevel: number,
  min: number,
  withScores: boolean,
) {
  const scored = members.filter((r) => r.overall.applicable > 0);
  return draftGroup<RowDraft>(
    { key, n: members.length, suppressed, contributors: scored.length },
    () => draftRows(members, maxLevel, min, withScores),
    () => [
      {
        name: "maturityIndex",
        values: scored.map((r) => r.overall.maturityIndex),
        precision: LEVEL_SCALE,
      },
      {
        name: "targetAttainment",
        values: scored.map((r) => r.overall.targetAttainment),
        precision: PROPORTION,
      },
    ],
    min,
    withScores,
  );
}

/**
 * The groups of a sector view with every rule of the disclosure policy applied: rule 2 on whole
 * groups, rules 1, 3 and 4 within each, and, when grouped, rule 5 against the whole-sector view.
 *
 * @param sorted - Checked results, sorted by institution id.
 * @param maxLevel - The model's highest level.
 * @param min - `minGroupSize`.
 * @param groupBy - The grouping, if any.
 * @returns The published groups, sorted by key.
 */
export function viewGroups(
  sorted: readonly Result[],
  maxLevel: number,
  min: number,
  groupBy: GroupBy | undefined,
): SectorGroup[] {
  const groups = splitGroups(sorted, groupBy);
  const hidden = suppressions(
    groups.map(([, members]) => members.length),
    min,
  );
  const drafts = groups.map(([key, members], i) =>
    draft(key, members, hidden[i] ?? null, maxLevel, min, true),
  );
  if (groupBy !== undefined) {
    // The whole-sector view, as aggregateSector without groupBy publishes it; its quartiles
    // cannot be subtracted from, so only its counts are needed.
    const sector = draft("all", sorted, sorted.length < min ? "size" : null, maxLevel, min, false);
    protectGroups(
      sector,
      drafts.filter((d) => d.suppressed === null),
      ITEM_TABLES,
      min,
    );
  }
  const names = ["maturityIndex", "targetAttainment"];
  return drafts.map((d) => finishGroup(d, names, finishRow) as unknown as SectorGroup);
}
