import type { ChangeStatus, Comparison } from "../compare/types.js";
import type { RowTable } from "./differencing.js";
import { oneCellHoldsAllButOne } from "./groupDisclosure.js";
import { draftGroup, finishGroup, protectGroups } from "./groupDrafts.js";
import { type GroupBy, splitGroups, suppressions } from "./groups.js";
import { LEVEL_SCALE } from "./round.js";
import type { ChangeCounts, PanelGroup, Suppression, WithheldReason } from "./types.js";

/** One institution measured both times. */
export interface Pair {
  readonly institution: { readonly type?: string };
  readonly comparison: Comparison;
  /** Nothing applicable in the baseline or the current measurement: no index change to speak of. */
  readonly nothingApplicable: boolean;
}

/** One row of a panel group before the differencing check. */
interface ChangeDraft {
  readonly id: string;
  /** Comparable contributors: improved + declined + unchanged. */
  readonly n: number;
  readonly changes: readonly [number, number, number];
  readonly notComparable: number;
  suppressed: Suppression;
  readonly withheld: { -readonly [F in keyof ChangeCounts["withheld"]]?: WithheldReason };
}

const CHANGE_TABLES: readonly RowTable<ChangeDraft>[] = [
  { figures: ["improved", "declined", "unchanged"], cells: (r) => r.changes },
];

function draftCounts(id: string, statuses: readonly ChangeStatus[], min: number): ChangeDraft {
  const count = (s: ChangeStatus) => statuses.filter((x) => x === s).length;
  const changes = [count("improved"), count("declined"), count("unchanged")] as const;
  const n = changes[0] + changes[1] + changes[2];
  const base = { id, n, changes, notComparable: statuses.length - n, withheld: {} };
  if (n < min) return { ...base, suppressed: "size" };
  const draft: ChangeDraft = { ...base, suppressed: null };
  if (oneCellHoldsAllButOne(changes)) {
    draft.withheld.improved = "group";
    draft.withheld.declined = "group";
    draft.withheld.unchanged = "group";
  }
  return draft;
}

function finishCounts(d: ChangeDraft): ChangeCounts {
  if (d.suppressed !== null) {
    return {
      id: d.id,
      n: null,
      suppressed: d.suppressed,
      improved: null,
      declined: null,
      unchanged: null,
      notComparable: null,
      withheld: {},
    };
  }
  const shown = (k: keyof ChangeDraft["withheld"], value: number) =>
    d.withheld[k] === undefined ? value : null;
  return {
    id: d.id,
    n: d.n,
    suppressed: null,
    improved: shown("improved", d.changes[0]),
    declined: shown("declined", d.changes[1]),
    unchanged: shown("unchanged", d.changes[2]),
    notComparable: d.notComparable,
    withheld: d.withheld,
  };
}

function draft(
  key: string,
  pairs: readonly Pair[],
  suppressed: Suppression,
  min: number,
  withScores: boolean,
) {
  const scored = pairs.filter((p) => !p.nothingApplicable);
  const comparisons = pairs.map((p) => p.comparison);
  return draftGroup<ChangeDraft>(
    { key, n: pairs.length, suppressed, contributors: scored.length },
    () => {
      // Rows follow the first comparison; one without such a row counts as not comparable there.
      const first = comparisons[0] as Comparison;
      const statuses = (pick: (c: Comparison) => { status: ChangeStatus } | undefined) =>
        comparisons.map((c) => pick(c)?.status ?? "notComparable");
      return {
        indicators: first.indicators.map((row, i) =>
          draftCounts(
            row.id,
            statuses((c) => c.indicators[i]),
            min,
          ),
        ),
        domains: first.domains.map((row, i) =>
          draftCounts(
            row.id,
            statuses((c) => c.domains[i]),
            min,
          ),
        ),
      };
    },
    () => [
      {
        name: "maturityIndexDelta",
        values: scored.map((p) => p.comparison.overall.maturityIndex.delta),
        precision: LEVEL_SCALE,
      },
    ],
    min,
    withScores,
  );
}

/**
 * The panel groups of a sector comparison, with the rules of the disclosure policy applied as
 * for a sector view (rule 5 against the ungrouped panel when grouped).
 *
 * @param pairs - The institutions measured both times, in institution-id order.
 * @param min - `minGroupSize`.
 * @param groupBy - The grouping, if any.
 * @returns The published panel groups, sorted by key.
 */
export function panelGroups(
  pairs: readonly Pair[],
  min: number,
  groupBy: GroupBy | undefined,
): PanelGroup[] {
  const groups = splitGroups(pairs, groupBy);
  const hidden = suppressions(
    groups.map(([, members]) => members.length),
    min,
  );
  const drafts = groups.map(([key, members], i) =>
    draft(key, members, hidden[i] ?? null, min, true),
  );
  if (groupBy !== undefined) {
    const sector = draft("all", pairs, pairs.length < min ? "size" : null, min, false);
    protectGroups(
      sector,
      drafts.filter((d) => d.suppressed === null),
      CHANGE_TABLES,
      min,
    );
  }
  return drafts.map(
    (d) => finishGroup(d, ["maturityIndexDelta"], finishCounts) as unknown as PanelGroup,
  );
}
