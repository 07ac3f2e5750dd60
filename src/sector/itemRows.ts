import type { Result } from "../scoring/result.js";
import {
  allButOneAtLevelBounds,
  allButOneWithinStep,
  oneCellHoldsAllButOne,
} from "./groupDisclosure.js";
import { publishedQuartiles } from "./quartiles.js";
import { LEVEL_SCALE, PROPORTION, roundTo } from "./round.js";
import type { ItemStats, Quartiles, Suppression, WithheldReason } from "./types.js";

/**
 * One item of one group before the differencing check (rule 5), which may still withhold its
 * row or its tables (`secondary`); then {@link finishRow} turns it into what is published.
 */
export interface RowDraft {
  readonly id: string;
  /** Applicable contributors: the true count, published unless the row is suppressed. */
  readonly n: number;
  readonly levels: readonly number[];
  readonly atTarget: number;
  suppressed: Suppression;
  readonly withheld: { -readonly [F in keyof ItemStats["withheld"]]?: WithheldReason };
  readonly score: Quartiles | null;
}

/**
 * One item's values over a group's applicable members, gathered in one pass into typed arrays
 * (a sector of 10,000 institutions has 66 items per group).
 */
class Column {
  n = 0;
  atTarget = 0;
  /** A level-rated indicator: the model fixes every score to its level. */
  levelRated = false;
  readonly levels: number[];
  readonly scores: Float64Array;
  /** Progress within the level (0 at the top level). */
  readonly excess: Float64Array;
  /** How far their score can rise within the level. */
  readonly room: Float64Array;

  constructor(
    readonly maxLevel: number,
    size: number,
  ) {
    this.levels = new Array<number>(maxLevel + 1).fill(0);
    this.scores = new Float64Array(size);
    this.excess = new Float64Array(size);
    this.room = new Float64Array(size);
  }

  /** Adds one member: `domain` for a domain (its score may rise to max), else an indicator. */
  add(rawLevel: number, score: number, atTarget: boolean, domain: boolean): void {
    const level = Math.min(this.maxLevel, Math.max(0, rawLevel));
    // level is clamped to 0..maxLevel, which `levels` holds: the count is there.
    this.levels[level] = (this.levels[level] as number) + 1;
    if (atTarget) this.atTarget++;
    const top = level === this.maxLevel;
    this.excess[this.n] = top ? 0 : score - level;
    this.room[this.n] = top ? 0 : domain ? this.maxLevel - level : 1;
    this.scores[this.n++] = score;
  }
}

function indicatorColumn(members: readonly Result[], i: number, maxLevel: number): Column {
  const column = new Column(maxLevel, members.length);
  for (const r of members) {
    const x = r.indicators[i];
    if (!x || x.level === null || x.score === null) continue;
    // Below the top, only a level-rated indicator blocks nothing: its score is its level.
    if (x.level < maxLevel && x.blocking.length === 0) column.levelRated = true;
    column.add(x.level, x.score, x.gap === 0, false);
  }
  return column;
}

function domainColumn(members: readonly Result[], j: number, maxLevel: number): Column {
  const column = new Column(maxLevel, members.length);
  for (const r of members) {
    const x = r.domains[j];
    if (!x || x.level === null || x.score === null) continue;
    column.add(x.level, x.score, x.gap === 0, true);
  }
  return column;
}

/**
 * Rules 1, 3 and 4 for one item of one group: a row with fewer than `min` applicable
 * contributors is suppressed (`size`); a shown row withholds (`group`) a table in which one cell
 * holds all contributors but one, and score quartiles that would tell all but one their value
 * or their place within their level.
 */
function draftRow(id: string, c: Column, min: number, withScores: boolean): RowDraft {
  const { n, levels, atTarget } = c;
  const withheld: RowDraft["withheld"] = {};
  if (n < min) return { id, n, levels, atTarget, suppressed: "size", withheld, score: null };
  if (oneCellHoldsAllButOne(levels)) withheld.levels = "group";
  if (oneCellHoldsAllButOne([atTarget, n - atTarget])) withheld.shareAtTarget = "group";
  let score: Quartiles | null = null;
  if (withScores) {
    // Bounds first: sorting the scores in place leaves excess and room in member order.
    const step = LEVEL_SCALE.step;
    const atBounds = !c.levelRated && allButOneAtLevelBounds(c.excess.subarray(0, n), c.room, step);
    const sorted = c.scores.subarray(0, n).sort();
    if (atBounds || allButOneWithinStep(sorted, step)) {
      withheld.score = "group";
    } else score = publishedQuartiles(sorted, min, LEVEL_SCALE);
  }
  return { id, n, levels, atTarget, suppressed: null, withheld, score };
}

/**
 * The indicator and domain rows of one group (rules 1, 3 and 4), in the order of the group's
 * first member's model. `withScores: false` skips the quartiles, for a whole-sector view that
 * only serves the differencing check of a grouped one.
 */
export function draftRows(
  members: readonly Result[],
  maxLevel: number,
  min: number,
  withScores: boolean,
): { indicators: RowDraft[]; domains: RowDraft[] } {
  const first = members[0];
  if (!first) return { indicators: [], domains: [] };
  return {
    indicators: first.indicators.map((ind, i) =>
      draftRow(ind.id, indicatorColumn(members, i, maxLevel), min, withScores),
    ),
    domains: first.domains.map((dom, j) =>
      draftRow(dom.id, domainColumn(members, j, maxLevel), min, withScores),
    ),
  };
}

/**
 * A row as published: a suppressed row carries no figure and no `n`; a shown row has `null`
 * for each withheld figure, which `withheld` names with its reason.
 */
export function finishRow(d: RowDraft): ItemStats {
  if (d.suppressed !== null) {
    return {
      id: d.id,
      n: null,
      suppressed: d.suppressed,
      levels: null,
      score: null,
      shareAtTarget: null,
      withheld: {},
    };
  }
  return {
    id: d.id,
    n: d.n,
    suppressed: null,
    levels: d.withheld.levels ? null : d.levels,
    score: d.withheld.score ? null : d.score,
    shareAtTarget: d.withheld.shareAtTarget ? null : roundTo(d.atTarget / d.n, PROPORTION),
    withheld: d.withheld,
  };
}
