// Group disclosure: when all members (or all but one) share a cell, a member, even the one
// outside it, learns the others' level, status or value without any arithmetic. Each attack reads
// the table as published and must find it withheld, with the reason `group`.
import { describe, expect, it } from "vitest";
import { aggregateSector, compareSectors } from "../../src/index.js";
import { member, withIndices } from "./attacker.js";

/** Members with gov-policy at these levels (score = level + progress, at target or not). */
const atLevels = (levels: readonly number[], progress = 0.5, atTarget?: readonly boolean[]) =>
  levels.map((level, i) =>
    member({
      id: `m${i}`,
      policy: {
        level,
        score: level + (level < 3 ? progress : 0),
        atTarget: atTarget?.[i] ?? false,
      },
    }),
  );

const policyRow = (results: ReturnType<typeof atLevels>, minGroupSize = 3) =>
  aggregateSector(results, { minGroupSize }).groups[0]?.indicators?.[0];

/** The insider's inference: "every other member is at the level the table has n − 1 at". */
function insiderReadsOthers(levels: readonly number[], own: number): number | null {
  const others = [...levels];
  others.splice(others.indexOf(own), 1);
  return others.every((l) => l === others[0]) ? (others[0] as number) : null;
}

describe("a level distribution with all members but one at one level", () => {
  for (const k of [3, 4, 5, 6]) {
    it(`is withheld for minGroupSize ${k}, from k to 2k members`, () => {
      for (let n = k; n <= 2 * k; n++) {
        for (const odd of [null, 0]) {
          // n − 1 at level 2, the last at level 0 (or at 2 too).
          const levels = Array.from({ length: n }, (_, i) =>
            i === n - 1 && odd !== null ? odd : 2,
          );
          // The attack works on the raw table: the member at level 0 reads the others' level.
          expect(insiderReadsOthers(levels, levels[n - 1] as number)).toBe(2);
          const row = policyRow(atLevels(levels), k);
          expect([row?.levels, row?.withheld.levels], `n ${n}`).toEqual([null, "group"]);
        }
      }
    });
  }

  it("is shown when at least two members sit outside the largest cell", () => {
    const row = policyRow(atLevels([2, 2, 0, 1]));
    expect(insiderReadsOthers([2, 2, 0, 1], 0)).toBeNull();
    expect(row?.levels).toEqual([1, 1, 2, 0]);
    expect(row?.withheld.levels).toBeUndefined();
  });
});

describe("the share at target", () => {
  it("is withheld when all members, none, or all but one are at target", () => {
    for (const pattern of [
      [true, true, true, true],
      [false, false, false, false],
      [true, true, true, false],
      [true, false, false, false],
    ]) {
      const row = policyRow(atLevels([0, 1, 2, 3], 0.5, pattern));
      expect([row?.shareAtTarget, row?.withheld.shareAtTarget], String(pattern)).toEqual([
        null,
        "group",
      ]);
    }
  });

  it("is shown, rounded, when both states have at least two members", () => {
    const row = policyRow(
      atLevels([0, 1, 2, 3, 1, 2], 0.5, [true, true, false, false, false, true]),
    );
    expect(row?.shareAtTarget).toBe(0.5);
  });
});

describe("the panel's change counts", () => {
  it("are withheld when all comparable members but one moved the same way", () => {
    // Four institutions improved on gov-policy, one stayed: the one that stayed learns the rest.
    const before = atLevels([0, 0, 1, 1, 2], 0.2);
    const after = atLevels([1, 1, 2, 2, 2], 0.2);
    const row = compareSectors(before, after).panel[0]?.indicators?.[0];
    expect(row).toMatchObject({
      n: 5,
      improved: null,
      declined: null,
      unchanged: null,
      withheld: { improved: "group", declined: "group", unchanged: "group" },
    });
  });

  it("are shown when no status holds all but one", () => {
    const before = atLevels([0, 0, 1, 1, 2, 2], 0.2);
    const after = atLevels([1, 1, 1, 1, 1, 1], 0.2);
    const row = compareSectors(before, after).panel[0]?.indicators?.[0];
    expect([row?.improved, row?.unchanged, row?.declined]).toEqual([2, 2, 2]);
  });
});

describe("a continuous figure that all members but one share", () => {
  it("is withheld: a cluster mean would be their common value", () => {
    for (const values of [
      [1.5, 1.5, 1.5],
      [1.5, 1.53, 1.56, 3.0],
      [0, 0, 0, 0, 2.2],
    ]) {
      const group = aggregateSector(withIndices(values)).groups[0];
      expect([group?.maturityIndex, group?.withheld.maturityIndex], String(values)).toEqual([
        null,
        "group",
      ]);
    }
  });

  it("is shown when the members, leaving any one out, span a rounding step", () => {
    expect(aggregateSector(withIndices([1.5, 1.6, 3.0])).groups[0]?.maturityIndex).toEqual({
      q1: 2,
      median: 2,
      q3: 2,
    });
  });
});
