// Inversion: an attacker who knows a group's members (and may be one of them) reads the published
// quartiles as the type-7 quartiles of the members' values and solves for those values. Against
// raw quartiles this gives them back (the control below); against what the library publishes the
// solution is never forced: for every member there is a second data set, with that member's
// value at least one rounding step away, that publishes exactly the same.
import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { aggregateSector, compareSectors } from "../../src/index.js";
import { publishedIndex, secondDataSet, solveType7, withIndices } from "./attacker.js";
import * as ref from "./reference.js";

const RUNS = {
  numRuns: Number(process.env.KSM_RUNS ?? 25),
  ...(process.env.CI ? { seed: 7 } : {}),
};

/**
 * k = minGroupSize 3..6 and a group of k..2k members with maturity indices in [0, 3], some of
 * them (nearly) equal, as members of one sector often are.
 */
const caseArb = fc.integer({ min: 3, max: 6 }).chain((k) =>
  fc.record({
    k: fc.constant(k),
    values: fc.array(
      fc
        .oneof(
          { arbitrary: fc.double({ min: 0, max: 3, noNaN: true }), weight: 3 },
          { arbitrary: fc.constantFrom(1.5, 1.52, 1.58), weight: 2 },
        )
        .map((v) => Math.round(v * 1000) / 1000),
      { minLength: k, maxLength: 2 * k },
    ),
  }),
);

describe("the type-7 inversion of issue 11", () => {
  it("gives back every member's value from raw quartiles (the attack works on the old figures)", () => {
    const raw = (xs: number[]) => {
      const s = [...xs].sort((a, b) => a - b);
      return { q1: ref.type7(s, 0.25), median: ref.type7(s, 0.5), q3: ref.type7(s, 0.75) };
    };
    const close = (xs: (number | null)[], want: number[]) =>
      xs.every((x, i) => x === null || Math.abs(x - (want[i] as number)) < 1e-9);
    // n = 3: q1 = (x1+x2)/2, median = x2, q3 = (x2+x3)/2, so all three come back.
    expect(solveType7(raw([1.2, 2.6, 2.9]), 3).map((x) => x?.toFixed(2))).toEqual([
      "1.20",
      "2.60",
      "2.90",
    ]);
    // n = 5: the middle three; n = 4 and 6: with the insider's own value, three more.
    expect(solveType7(raw([0.4, 1.1, 1.9, 2.2, 2.8]), 5).slice(1, 4)).toEqual([1.1, 1.9, 2.2]);
    const four = solveType7(raw([0.5, 1.5, 2.0, 2.5]), 4, { rank: 0, value: 0.5 });
    expect(close(four, [0.5, 1.5, 2.0, 2.5]) && four.filter((x) => x !== null).length).toBe(4);
    const six = solveType7(raw([0.2, 0.9, 1.3, 1.8, 2.4, 2.9]), 6, { rank: 1, value: 0.9 });
    expect(close(six, [0.2, 0.9, 1.3, 1.8, 2.4, 2.9])).toBe(true);
    expect(six.filter((x) => x !== null).length).toBeGreaterThanOrEqual(4);
  });

  it("gives the attacker nothing at n = 3: every quartile is the group mean", () => {
    const q = publishedIndex(withIndices([1.2, 2.6, 2.9]));
    expect(q).toEqual({ q1: 2.2, median: 2.2, q3: 2.2 });
    // The solution says all three have 2.2; none of them has.
    const solved = solveType7(q ?? { q1: 0, median: 0, q3: 0 }, 3);
    expect(solved).toEqual([2.2, 2.2, 2.2]);
  });

  test.prop([caseArb], RUNS)(
    "leaves every member deniable, for minGroupSize 3 to 6 and groups of k to 2k, insider or not",
    ({ k, values }) => {
      const build = (xs: readonly number[]) =>
        aggregateSector(withIndices(xs), { minGroupSize: k });
      const q = build(values).groups[0]?.maturityIndex ?? null;
      if (q === null) {
        // Withheld: only when all members but one share the value to its precision.
        expect(ref.allButOneWithinStep(values, 0.1)).toBe(true);
        return;
      }
      for (let insider = -1; insider < values.length; insider++) {
        for (let j = 0; j < values.length; j++) {
          if (j === insider) continue;
          const second = secondDataSet(values, build, j, insider, { step: 0.1, bounds: [0, 3] });
          expect(second, `member ${j}, insider ${insider}: ${values}`).not.toBeNull();
        }
      }
    },
  );
});

describe("an attacker who even knows every member's rank", () => {
  // Beyond the policy's attacker: it shows what microaggregation adds to the symmetry of the
  // output. Raw quartiles pin members by rank; cluster means leave each of them free to move.
  /** The quartiles issue 11 found published: type 7 of the raw values, unrounded. */
  const raw = (xs: readonly number[]) => {
    const s = [...xs].sort((a, b) => a - b);
    return [0.25, 0.5, 0.75].map((p) => ref.type7(s, p));
  };
  const spread = { step: 0.1, bounds: [0, 3], keepRanks: true } as const;

  it("is stopped by microaggregation, where raw quartiles give the values back", () => {
    const values = [1.2, 2.6, 2.9];
    const published = (xs: readonly number[]) => publishedIndex(withIndices(xs));
    for (const j of [0, 1, 2]) {
      expect(secondDataSet(values, raw, j, -1, spread), `raw, member ${j}`).toBeNull();
      expect(secondDataSet(values, published, j, -1, spread), `member ${j}`).not.toBeNull();
    }
  });

  /**
   * Members at least two rounding steps apart and from the bounds. (Closer together, a
   * rank-aware attacker can pin a member between neighbours one step away on each side: the
   * policy's attacker does not know ranks, and every member stays deniable there.)
   */
  const apartArb = fc.integer({ min: 3, max: 6 }).chain((k) =>
    fc.record({
      k: fc.constant(k),
      values: fc
        .uniqueArray(fc.integer({ min: 2, max: 14 }), { minLength: k, maxLength: 2 * k })
        .map((xs) => xs.map((x) => x / 5)),
    }),
  );

  test.prop([apartArb], RUNS)(
    "cannot place a member within a rounding step, for minGroupSize 3 to 6 and k to 2k members",
    ({ k, values }) => {
      const build = (xs: readonly number[]) => publishedIndex(withIndices(xs), { minGroupSize: k });
      for (let j = 0; j < values.length; j++) {
        const second = secondDataSet(values, build, j, -1, spread);
        expect(second, `member ${j}: ${values}`).not.toBeNull();
      }
    },
  );
});

describe("the panel's maturity-index change", () => {
  it("publishes means of at least minGroupSize changes, not the changes", () => {
    // Three institutions whose index rose by 0.2, 0.9 and 1.6: raw quartiles would be
    // 0.55 / 0.9 / 1.25 and give all three back; the published figure is their mean.
    const before = withIndices([1.0, 1.0, 1.0]);
    const after = withIndices([1.2, 1.9, 2.6]);
    const delta = compareSectors(before, after).panel[0]?.maturityIndexDelta;
    expect(delta).toEqual({ q1: 0.9, median: 0.9, q3: 0.9 });
    // An insider with +0.2 learns the other two rose by 2.5 in all: 0.9 and 1.6, or 1.0 and 1.5.
    const second = compareSectors(before, withIndices([1.2, 2.0, 2.5])).panel[0];
    expect(second?.maturityIndexDelta).toEqual(delta);
  });

  test.prop([caseArb], RUNS)("leaves every member's change deniable", ({ k, values }) => {
    const baseline = withIndices(values.map(() => 1.5));
    const build = (xs: readonly number[]) =>
      compareSectors(baseline, withIndices(xs), { minGroupSize: k }).panel;
    const published = compareSectors(baseline, withIndices(values), { minGroupSize: k }).panel[0];
    fc.pre(published?.maturityIndexDelta !== null);
    for (let insider = -1; insider < values.length; insider++) {
      for (let j = 0; j < values.length; j++) {
        if (j === insider) continue;
        const second = secondDataSet(values, build, j, insider, { step: 0.1, bounds: [0, 3] });
        expect(second, `member ${j}, insider ${insider}: ${values}`).not.toBeNull();
      }
    }
  });
});
