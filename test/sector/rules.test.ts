// The building blocks of the disclosure policy, one by one (docs/disclosure.md names the rules).
import { describe, expect, it } from "vitest";
import {
  applicabilityRule,
  countRule,
  secondaryPicks,
  tableRule,
} from "../../src/sector/differencing.js";
import {
  allButOneAtLevelBounds,
  allButOneWithinStep,
  oneCellHoldsAllButOne,
} from "../../src/sector/groupDisclosure.js";
import { checkMinGroupSize } from "../../src/sector/options.js";
import { microaggregate, publishedQuartiles } from "../../src/sector/quartiles.js";
import { LEVEL_SCALE, PROPORTION, roundTo } from "../../src/sector/round.js";
import { thrown } from "../fixtures/thrown.js";

describe("roundTo", () => {
  it("rounds half away from zero, also where binary fractions miss the half", () => {
    expect([0.25, 0.35, 1.45, -0.25, -0.35].map((x) => roundTo(x, LEVEL_SCALE))).toEqual([
      0.3, 0.4, 1.5, -0.3, -0.4,
    ]);
    expect([0.005, 0.015, 2 / 3, 0.994].map((x) => roundTo(x, PROPORTION))).toEqual([
      0.01, 0.02, 0.67, 0.99,
    ]);
  });

  it("never gives -0", () => {
    expect(Object.is(roundTo(-0.04, LEVEL_SCALE), 0)).toBe(true);
    expect(Object.is(roundTo(-0, LEVEL_SCALE), 0)).toBe(true);
  });
});

describe("microaggregate", () => {
  it("replaces each value by the mean of its cluster of k, the last taking the remainder", () => {
    expect([...microaggregate([1, 2, 3, 4, 5, 6, 7], 3)]).toEqual([2, 2, 2, 5.5, 5.5, 5.5, 5.5]);
    expect([...microaggregate([1, 2, 6], 3)]).toEqual([3, 3, 3]);
    expect([...microaggregate([1, 2, 3, 4, 5, 6], 3)]).toEqual([2, 2, 2, 5, 5, 5]);
  });

  it("gives quartiles that are cluster means, or between two of them, rounded", () => {
    // Means 2 and 5: q1 = 2, the median between them, q3 = 5.
    expect(publishedQuartiles([1, 2, 3, 4, 5, 6], 3, LEVEL_SCALE)).toEqual({
      q1: 2,
      median: 3.5,
      q3: 5,
    });
    expect(publishedQuartiles([0.1, 0.2, 0.4], 3, PROPORTION)).toEqual({
      q1: 0.23,
      median: 0.23,
      q3: 0.23,
    });
  });
});

describe("group disclosure", () => {
  it("finds a frequency table with all contributors but one in a cell", () => {
    expect(oneCellHoldsAllButOne([0, 3, 0])).toBe(true);
    expect(oneCellHoldsAllButOne([1, 2, 0])).toBe(true);
    expect(oneCellHoldsAllButOne([1, 1, 1])).toBe(false);
    expect(oneCellHoldsAllButOne([2, 2])).toBe(false);
  });

  it("finds values that, leaving one out, lie within less than a step", () => {
    expect(allButOneWithinStep([1, 1.05, 3], 0.1)).toBe(true);
    expect(allButOneWithinStep([0, 2.95, 3], 0.1)).toBe(true);
    expect(allButOneWithinStep([1, 1.1, 3], 0.1)).toBe(false);
    // Exactly one step apart in binary (0.3 − 0.2 < 0.1) still counts as a step.
    expect(allButOneWithinStep([0.2, 0.3, 0.9], 0.1)).toBe(false);
  });

  it("finds all contributors but one at the bottom, or at the top, of their level", () => {
    const bottom = [0, 0.05, 0.5];
    expect(allButOneAtLevelBounds(bottom, [1, 1, 1], 0.1)).toBe(true);
    expect(allButOneAtLevelBounds([0.95, 0.92, 0.3], [1, 1, 1], 0.1)).toBe(true);
    expect(allButOneAtLevelBounds([0, 0.2, 0.5], [1, 1, 1], 0.1)).toBe(false);
    // At the top level (no room) a member sits at both ends.
    expect(allButOneAtLevelBounds([0, 0.5, 0.7], [0, 1, 1], 0.1)).toBe(false);
    expect(allButOneAtLevelBounds([0, 0, 0.7], [0, 1, 1], 0.1)).toBe(true);
    // One contributor, or none, shares nothing with others.
    expect(allButOneAtLevelBounds([0], [1], 0.1)).toBe(false);
    expect(allButOneAtLevelBounds([], [], 0.1)).toBe(false);
  });
});

describe("differencing", () => {
  it("says which remainders could be published on their own", () => {
    expect([0, 2, 3].map((n) => countRule(3)([n]))).toEqual([true, false, true]);
    expect(countRule(3)([])).toBe(true);
    expect(tableRule(3)([0, 0])).toBe(true);
    expect(tableRule(3)([1, 1, 1])).toBe(true);
    expect(tableRule(3)([2, 1, 0])).toBe(false);
    expect(tableRule(4)([1, 1, 1])).toBe(false);
    expect(applicabilityRule(3)([0, 0])).toBe(true);
    expect(applicabilityRule(3)([4, 2])).toBe(false);
    expect(applicabilityRule(3)([4, 3])).toBe(true);
    expect(applicabilityRule(3)([])).toBe(true);
  });

  it("withholds in the smallest shown groups until the remainder is publishable", () => {
    const rule = tableRule(3);
    // Sector 6/3/1; groups 2/1/1 (4) and 3/1/0 (4) and 1/1/0 (2) shown: remainder 0/0/0.
    expect(
      secondaryPicks(
        [6, 3, 1],
        [
          [2, 1, 1],
          [3, 1, 0],
          [1, 1, 0],
        ],
        rule,
      ),
    ).toEqual([]);
    // A hidden 2/0/0: the smallest shown group (2) goes first, then the next (4).
    expect(
      secondaryPicks(
        [5, 3, 1],
        [
          [2, 1, 1],
          [1, 1, 0],
        ],
        rule,
      ),
    ).toEqual([1]);
    expect(
      secondaryPicks(
        [5, 2, 1],
        [
          [2, 1, 1],
          [1, 1, 0],
        ],
        rule,
      ),
    ).toEqual([1, 0]);
    // Nothing to subtract from: nothing to withhold.
    expect(secondaryPicks(null, [[1, 0, 0]], rule)).toEqual([]);
  });
});

describe("checkMinGroupSize", () => {
  it("takes a whole number of at least 3, 3 by default", () => {
    expect(checkMinGroupSize(undefined)).toBe(3);
    expect(checkMinGroupSize(7)).toBe(7);
    for (const bad of [2, 2.5, "3", null, Number.NaN]) {
      expect(thrown(() => checkMinGroupSize(bad)).code).toBe("invalid_argument");
    }
  });
});
