import { KsmError } from "../errors.js";
import type { Result } from "../scoring/result.js";
import { deepFreeze } from "../util/deepFreeze.js";
import { describe, optionsObject } from "../util/guards.js";
import { checkResults, type GroupBy, splitGroups, suppressions } from "./groups.js";
import { quartiles } from "./quartiles.js";
import type { ItemStats, SectorGroup, SectorView, Suppression } from "./types.js";

/** Options for {@link aggregateSector}. */
export interface SectorOptions {
  /** Groups (and items) with fewer institutions carry no statistics; default 3, at least 1. */
  readonly minGroupSize?: number;
  /** Split the sector by institution type; default: one group, `all`. */
  readonly groupBy?: GroupBy;
}

/** One scored item of one institution, reduced to what sector statistics need. */
interface Point {
  readonly level: number | null;
  readonly score: number | null;
  readonly atTarget: boolean;
}

/**
 * Aggregates results of many institutions into a sector picture: per group and per indicator and
 * domain the number of institutions, the level distribution, score quartiles and the share at
 * target, plus quartiles of the maturity index and target attainment. No institution id or name
 * appears in the output; groups and items with fewer than `minGroupSize` institutions are marked
 * suppressed and carry no statistics. Pure; independent of input order; deep-frozen.
 *
 * @param results - Results of one model version, one per institution.
 * @param options - `minGroupSize` (default 3) and `groupBy`.
 * @returns The sector view.
 * @throws {KsmError} `mixed_models` for results of different model versions,
 *   `duplicate_institution` when an institution appears twice, `invalid_argument` for a
 *   `minGroupSize` below 1, `not_parsed` for values that did not come from `scoreAssessment`.
 * @example
 * ```ts
 * const view = aggregateSector(results2025, { groupBy: "institutionType" });
 * view.groups.map((g) => [g.key, g.n]); //=> [["hogeschool", 4], ["universiteit", 14]]
 * ```
 */
export function aggregateSector(
  results: readonly Result[],
  options: SectorOptions = {},
): SectorView {
  const { minGroupSize: min, groupBy } = optionsObject(options);
  const minGroupSize = checkMinGroupSize(min);
  const sorted = checkResults(results);
  const first = sorted[0];
  const groups = splitGroups(sorted, groupBy);
  const suppressed = suppressions(
    groups.map(([, members]) => members.length),
    minGroupSize,
  );
  return deepFreeze({
    kind: "sectorView" as const,
    modelRef: first ? first.modelRef : { id: "", version: "" },
    maxLevel: first ? first.maxLevel : 0,
    minGroupSize,
    groupBy: groupBy ?? null,
    groups: groups.map(([key, members], i) =>
      group(key, members, suppressed[i] ?? null, minGroupSize),
    ),
  });
}

/** Validates `minGroupSize`; shared with `compareSectors`. */
export function checkMinGroupSize(value: number | undefined): number {
  const size = value ?? 3;
  if (!Number.isInteger(size) || size < 1) {
    throw new KsmError(
      "invalid_argument",
      `minGroupSize must be a whole number ≥ 1, got ${describe(value)}`,
    );
  }
  return size;
}

function group(
  key: string,
  members: readonly Result[],
  suppressed: Suppression,
  min: number,
): SectorGroup {
  const n = members.length;
  // Groups below minGroupSize (at least 1), so every empty group, are suppressed.
  if (suppressed !== null) {
    return {
      key,
      n,
      suppressed,
      maturityIndex: null,
      targetAttainment: null,
      indicators: null,
      domains: null,
    };
  }
  const model = members[0] as Result;
  const maxLevel = model.maxLevel;
  return {
    key,
    n,
    suppressed: null,
    maturityIndex: quartiles(members.map((r) => r.overall.maturityIndex)),
    targetAttainment: quartiles(members.map((r) => r.overall.targetAttainment)),
    indicators: model.indicators.map((ind, i) =>
      stats(
        ind.id,
        members.map((r): Point => {
          const x = r.indicators[i];
          return { level: x?.level ?? null, score: x?.score ?? null, atTarget: x?.gap === 0 };
        }),
        maxLevel,
        min,
      ),
    ),
    domains: model.domains.map((dom, i) =>
      stats(
        dom.id,
        members.map((r): Point => {
          const x = r.domains[i];
          return { level: x?.level ?? null, score: x?.score ?? null, atTarget: x?.gap === 0 };
        }),
        maxLevel,
        min,
      ),
    ),
  };
}

/** A point of an applicable item: one with a level and a score. */
interface Scored extends Point {
  readonly level: number;
  readonly score: number;
}

const isScored = (p: Point): p is Scored => p.level !== null && p.score !== null;

function stats(id: string, points: readonly Point[], maxLevel: number, min: number): ItemStats {
  const applicable = points.filter(isScored);
  const n = applicable.length;
  if (n < min) return { id, n, suppressed: "size", levels: null, score: null, shareAtTarget: null };
  const levels = new Array<number>(maxLevel + 1).fill(0);
  for (const p of applicable) {
    const k = Math.min(maxLevel, Math.max(0, p.level));
    // k is clamped to 0..maxLevel, which `levels` holds: the count is there.
    levels[k] = (levels[k] as number) + 1;
  }
  return {
    id,
    n,
    suppressed: null,
    levels,
    score: quartiles(applicable.map((p) => p.score)),
    shareAtTarget: applicable.filter((p) => p.atTarget).length / n,
  };
}
