// The bound attack of rule 3: an item's level distribution gives every member's floor (a score
// is at least its level), and a cluster mean close to the sum of the floors tells that the
// members sit at the bottom of their levels. The attacker below solves it for groups of one or
// two clusters (k to 2k members), as an outsider or as an insider who knows its own score.
import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { aggregateSector, type ItemStats } from "../../src/index.js";
import { member } from "./attacker.js";

const RUNS = {
  numRuns: Number(process.env.KSM_RUNS ?? 60),
  ...(process.env.CI ? { seed: 11 } : {}),
};

/** gov-policy's row for members at these levels with these progress values (within the level). */
function row(levels: readonly number[], progress: readonly number[], k = 3): ItemStats | undefined {
  const results = levels.map((level, i) =>
    member({ id: `m${i}`, policy: { level, score: level + (level < 3 ? (progress[i] ?? 0) : 0) } }),
  );
  return aggregateSector(results, { minGroupSize: k }).groups[0]?.indicators?.[0];
}

/**
 * The attacker: from the level distribution and the cluster means that the quartiles show (q1
 * for the first cluster, q3 for the last), bound the total progress of each cluster's members,
 * less the insider's own. Progress is within [0, 1) below the top level and 0 at it.
 *
 * @returns For each cluster the largest total progress its unknown members can have.
 */
function progressBounds(
  stats: ItemStats,
  k: number,
  insider?: { readonly rank: number; readonly progress: number },
): number[] {
  const levels = (stats.levels ?? []).flatMap((count, level) => Array(count).fill(level));
  const n = levels.length;
  const clusters = Math.max(1, Math.floor(n / k));
  const means = clusters === 1 ? [stats.score?.median] : [stats.score?.q1, stats.score?.q3];
  return means.map((mean, c) => {
    const members = levels.slice(c * k, c === clusters - 1 ? n : (c + 1) * k);
    const floors = members.reduce((a, b) => a + b, 0);
    // The published mean is rounded to 1 decimal: the true one is below mean + 0.05.
    const most = members.length * ((mean ?? 0) + 0.05) - floors;
    // The insider knows its own progress, and (a strong attacker) in which cluster it sits.
    const mine = insider && Math.min(clusters - 1, Math.floor(insider.rank / k)) === c;
    return mine ? most - insider.progress : most;
  });
}

describe("the bound attack", () => {
  it("would show that three members at levels 0, 1 and 3 all sit at the bottom of their level", () => {
    // Mean (0 + 1 + 3) / 3 = 1.33, published 1.3: the scores sum to less than 3 × 1.35 = 4.05,
    // their floors to 4, so no member has progressed by 0.05, let alone a rounding step.
    const cluster = 3 * (1.3 + 0.05) - (0 + 1 + 3);
    expect(cluster).toBeLessThan(0.1);
    // The 1.5-step margin of a cluster at one level does not hold across levels.
    expect(cluster).toBeLessThan(0.15);
    const stats = row([0, 1, 3], [0, 0, 0]);
    expect(stats?.levels).toEqual([1, 1, 0, 1]);
    expect([stats?.score, stats?.withheld.score]).toEqual([null, "group"]);
  });

  it("counts a member at the top level as sitting at its floor", () => {
    // Levels 0, 1 and 3, only the one at 1 progressed: the other two sit at their floor (the top
    // level has no room), and that one would learn it of both.
    const stats = row([0, 1, 3], [0, 0.5, 0]);
    expect([stats?.score, stats?.withheld.score]).toEqual([null, "group"]);
  });

  it("learns nothing that holds for every member when two have progressed", () => {
    const stats = row([0, 1, 2], [0, 0.5, 0.3]) as ItemStats;
    expect(stats.score).toEqual({ q1: 1.3, median: 1.3, q3: 1.3 });
    // An outsider: the three progressed less than 3 × 1.35 − 3 = 1.05 together. The insider at
    // level 1 with 0.5 learns that the other two progressed less than 0.55 together: not that
    // either sits below a rounding step.
    expect(progressBounds(stats, 3)[0]).toBeCloseTo(1.05, 9);
    expect(progressBounds(stats, 3, { rank: 1, progress: 0.5 })[0]).toBeCloseTo(0.55, 9);
  });

  /** A group of k..2k members: levels 0..3 and progress in steps of 0.05, many at 0. */
  const groupArb = fc.integer({ min: 3, max: 6 }).chain((k) =>
    fc
      .array(
        fc.record({
          level: fc.integer({ min: 0, max: 3 }),
          progress: fc.oneof(
            fc.constant(0),
            fc.integer({ min: 0, max: 19 }).map((x) => x / 20),
          ),
        }),
        { minLength: k, maxLength: 2 * k },
      )
      // Sorted by score, as the clusters are.
      .map((ms) => ms.sort((a, b) => a.level + a.progress - (b.level + b.progress)))
      .map((members) => ({ k, members })),
  );

  test.prop([groupArb], RUNS)(
    "never proves that all members but the insider sit within a rounding step of their floor",
    ({ k, members }) => {
      const stats = row(
        members.map((m) => m.level),
        members.map((m) => m.progress),
        k,
      );
      fc.pre(stats?.score != null && stats.levels != null);
      for (const [rank, insider] of [[-1, undefined] as const, ...members.entries()]) {
        const spared = insider && { rank, progress: insider.level < 3 ? insider.progress : 0 };
        const bounds = progressBounds(stats as ItemStats, k, spared);
        // "Every unknown member progressed less than a step" needs every cluster's total below it.
        expect(
          bounds.every((most) => most < 0.1 - 1e-9),
          `${JSON.stringify(members)}, insider ${JSON.stringify(insider)}`,
        ).toBe(false);
      }
    },
  );
});
