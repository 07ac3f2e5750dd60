// Sector figures computed inside the tests (the suites in test/sector build their views in
// describe bodies, which Stryker's per-test mutant activation does not see): group statistics,
// quartiles, suppression, and the panel counts of compareSectors.
import { describe, expect, it } from "vitest";
import {
  aggregateSector,
  compareSectors,
  formatIssues,
  type Model,
  parseAssessment,
  parseModel,
  type Result,
  scoreAssessment,
} from "../../src/index.js";
import { suppressions } from "../../src/sector/groups.js";
import { quantile, quartiles } from "../../src/sector/quartiles.js";
import { miniModel } from "../fixtures/miniModel.js";
import { thrown } from "../fixtures/thrown.js";

function mini(version = "1"): Model {
  const parsed = parseModel(miniModel({ version }));
  if (!parsed.ok) throw new Error(formatIssues(parsed.issues));
  return parsed.value;
}

/** One institution: its type and its level for ops-screening (gov-policy fully answered at 1). */
function result(m: Model, id: string, type: string, screening: number, measuredOn = "2025-03-01") {
  const parsed = parseAssessment(
    {
      modelRef: { id: m.id, version: m.version },
      institution: { id, name: `Name of ${id}`, type },
      measuredOn,
      assessedBy: "self",
      riskProfile: { exposure: 0, partnerships: 0 },
      answers: [
        { practice: "gov-policy.1a", code: "F" },
        { practice: "gov-policy.1b", code: "F" },
        { practice: "gov-policy.2", code: "N" },
        { practice: "gov-policy.3", code: "N" },
        { indicator: "ops-screening", level: screening },
      ],
    },
    m,
  );
  if (!parsed.ok) throw new Error(formatIssues(parsed.issues));
  return scoreAssessment(m, parsed.value);
}

/** Four universities (screening 0, 1, 2, 3) and two colleges (1, 3). */
function panel(m: Model, measuredOn?: string, shift = 0): Result[] {
  return [
    result(m, "u-d", "university", Math.min(3, 3 + shift), measuredOn),
    result(m, "c-a", "college", Math.min(3, 1 + shift), measuredOn),
    result(m, "u-a", "university", Math.min(3, 0 + shift), measuredOn),
    result(m, "u-c", "university", Math.min(3, 2 + shift), measuredOn),
    result(m, "c-b", "college", Math.min(3, 3 + shift), measuredOn),
    result(m, "u-b", "university", Math.min(3, 1 + shift), measuredOn),
  ];
}

describe("quartiles", () => {
  it("interpolate linearly between the sorted values (type 7)", () => {
    expect(quartiles([3, 0, 2, 1])).toEqual({ q1: 0.75, median: 1.5, q3: 2.25 });
    expect(quartiles([5])).toEqual({ q1: 5, median: 5, q3: 5 });
    expect(quartiles([4, 1, 3])).toEqual({ q1: 2, median: 3, q3: 3.5 });
    expect(quantile([1, 2, 4, 8], 1)).toBe(8);
    expect(quantile([1, 2, 4, 8], 0)).toBe(1);
    expect(quantile([], 0.5)).toBeNaN();
  });

  it("leave their input alone", () => {
    const values = [3, 1, 2];
    quartiles(values);
    expect(values).toEqual([3, 1, 2]);
  });
});

describe("suppressions", () => {
  it("hide small groups, then the smallest shown ones until the hidden reach the minimum", () => {
    expect(suppressions([5, 1, 4], 3)).toEqual([null, "size", "secondary"]);
    expect(suppressions([1, 1, 1, 5, 4], 3)).toEqual(["size", "size", "size", null, null]);
    expect(suppressions([1, 1, 2, 5], 4)).toEqual(["size", "size", "size", null]);
    expect(suppressions([6, 1, 5, 1], 3)).toEqual([null, "size", "secondary", "size"]);
    expect(suppressions([3, 4], 3)).toEqual([null, null]);
    expect(suppressions([2], 3)).toEqual(["size"]);
    // The smallest shown group goes, the first of equal ones, wherever it stands.
    expect(suppressions([4, 1, 6], 3)).toEqual(["secondary", "size", null]);
    expect(suppressions([4, 1, 4], 3)).toEqual(["secondary", "size", null]);
    expect(suppressions([4, 1], 3)).toEqual(["secondary", "size"]);
    // With nothing left to hide, it stops.
    expect(suppressions([1, 1], 3)).toEqual(["size", "size"]);
    // An empty group hides nobody: no secondary suppression for it.
    expect(suppressions([0, 4, 5], 3)).toEqual(["size", null, null]);
  });
});

describe("aggregateSector", () => {
  it("describes the whole sector", () => {
    const view = aggregateSector(panel(mini()));
    expect(view.kind).toBe("sectorView");
    expect(view.modelRef).toEqual({ id: "mini", version: "1" });
    expect(view.maxLevel).toBe(3);
    expect(view.minGroupSize).toBe(3);
    expect(view.groupBy).toBeNull();
    expect(view.groups).toHaveLength(1);
    const all = view.groups[0];
    expect(all?.key).toBe("all");
    expect(all?.n).toBe(6);
    expect(all?.suppressed).toBeNull();
    expect(all?.nothingApplicable).toBe(0);
    // Screening levels 0, 1, 1, 2, 3, 3 against target 1 (tier low): 5 of 6 at target, so all
    // but one share "at target" and the share is withheld. Clusters {0, 1, 1} and {2, 3, 3}
    // have means 2/3 and 8/3: q1 is the first, the median halfway, q3 the second, rounded.
    const screening = all?.indicators?.find((i) => i.id === "ops-screening");
    expect(screening).toEqual({
      id: "ops-screening",
      n: 6,
      suppressed: null,
      levels: [1, 2, 1, 2],
      score: { q1: 0.7, median: 1.7, q3: 2.7 },
      shareAtTarget: null,
      withheld: { shareAtTarget: "group" },
    });
    // gov-policy is level 1 everywhere (target 2): one level, one state, one score.
    expect(all?.indicators?.[0]).toMatchObject({
      n: 6,
      levels: null,
      score: null,
      shareAtTarget: null,
      withheld: { levels: "group", score: "group", shareAtTarget: "group" },
    });
    // gov-roles and ops-training are unanswered: level 0, applicable.
    expect(all?.indicators?.[1]).toMatchObject({ n: 6, levels: null });
    expect(all?.domains?.map((d) => [d.id, d.n, d.withheld.levels])).toEqual([
      ["governance", 6, "group"],
      ["operations", 6, "group"],
    ]);
    const index = panel(mini())
      .map((r) => r.overall.maturityIndex)
      .sort((a, b) => a - b);
    const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
    const [low, high] = [mean(index.slice(0, 3)), mean(index.slice(3))];
    const round = (x: number) => Math.round(x * 10) / 10;
    expect(all?.maturityIndex).toEqual({
      q1: round(low),
      median: round((low + high) / 2),
      q3: round(high),
    });
  });

  it("groups by institution type, sorted, with the small group and the next smallest hidden", () => {
    const view = aggregateSector(panel(mini()), { groupBy: "institutionType" });
    expect(view.groupBy).toBe("institutionType");
    expect(view.groups.map((g) => [g.key, g.n, g.suppressed])).toEqual([
      ["college", null, "size"],
      ["university", null, "secondary"],
    ]);
    for (const g of view.groups) {
      expect(g).toMatchObject({
        n: null,
        nothingApplicable: null,
        maturityIndex: null,
        targetAttainment: null,
        indicators: null,
        domains: null,
        withheld: {},
      });
    }
  });

  it("suppresses an item with fewer applicable institutions than the minimum", () => {
    const m = mini();
    const results = panel(m);
    const view = aggregateSector(results, { minGroupSize: 6 });
    expect(view.groups[0]?.suppressed).toBeNull();
    expect(view.groups[0]?.indicators?.[2]).toMatchObject({ n: 6, suppressed: null });
    expect(() => aggregateSector(results, { minGroupSize: 7 })).not.toThrow();
    expect(aggregateSector(results, { minGroupSize: 7 }).groups[0]).toMatchObject({
      n: null,
      suppressed: "size",
      indicators: null,
    });
  });

  it("reports an empty sector as one suppressed group", () => {
    const view = aggregateSector([]);
    expect(view.modelRef).toEqual({ id: "", version: "" });
    expect(view.maxLevel).toBe(0);
    expect(view.groups).toEqual([
      {
        key: "all",
        n: null,
        suppressed: "size",
        nothingApplicable: null,
        maturityIndex: null,
        targetAttainment: null,
        indicators: null,
        domains: null,
        withheld: {},
      },
    ]);
  });

  it("rejects a minGroupSize below 3 or not whole, naming the value", () => {
    for (const bad of [0, 1, 2, 1.5, 3.5, -2]) {
      const e = thrown(() => aggregateSector([], { minGroupSize: bad }));
      expect(e.code).toBe("invalid_argument");
      expect(e.message).toContain(String(bad));
      expect(e.message).toContain("≥ 3");
    }
    expect(aggregateSector([], { minGroupSize: 3 }).minGroupSize).toBe(3);
    expect(aggregateSector([], { minGroupSize: 4 }).minGroupSize).toBe(4);
  });

  it("names the model versions when they are mixed, and no institution when one repeats", () => {
    const e = thrown(() =>
      aggregateSector([result(mini(), "a", "college", 1), result(mini("2"), "b", "college", 1)]),
    );
    expect(e.code).toBe("mixed_models");
    expect(e.message).toContain("mini@1, mini@2");
    const reversed = thrown(() =>
      aggregateSector([result(mini("2"), "a", "college", 1), result(mini(), "b", "college", 1)]),
    );
    expect(reversed.message).toContain("mini@1, mini@2");
    const twice = thrown(() =>
      aggregateSector([result(mini(), "a", "college", 1), result(mini(), "a", "college", 2)]),
    );
    expect(twice.code).toBe("duplicate_institution");
    expect(twice.message).toMatch(/more than once/);
    expect(twice.message).not.toContain('"a"');
    const notArray = thrown(() => aggregateSector("x" as never));
    expect(notArray.code).toBe("invalid_argument");
    expect(notArray.message).toMatch(/array.*"x"/);
    const groupBy = thrown(() => aggregateSector([], { groupBy: "size" as never }));
    expect(groupBy.code).toBe("invalid_argument");
    expect(groupBy.message).toContain("institutionType");
    expect(groupBy.message).toContain('"size"');
  });
});

describe("compareSectors", () => {
  it("counts per indicator who improved, declined or stayed, over the institutions measured twice", () => {
    const m = mini();
    const baseline = panel(m, "2023-03-01");
    // Everyone's screening rises by one (capped at 3); u-b was not measured again.
    const current = panel(m, "2025-03-01", 1).filter((r) => r.institution.id !== "u-b");
    const change = compareSectors(baseline, current);
    expect(change.kind).toBe("sectorComparison");
    expect(change.baseline).toEqual({ id: "mini", version: "1" });
    expect(change.current).toEqual({ id: "mini", version: "1" });
    expect(change.minGroupSize).toBe(3);
    expect(change.panel).toHaveLength(1);
    const all = change.panel[0];
    expect(all?.key).toBe("all");
    expect(all?.n).toBe(5);
    expect(all?.suppressed).toBeNull();
    // Screening 3→3 (u-d, c-b), 1→2 (c-a), 0→1 (u-a), 2→3 (u-c).
    expect(all?.indicators?.find((i) => i.id === "ops-screening")).toEqual({
      id: "ops-screening",
      n: 5,
      suppressed: null,
      improved: 3,
      declined: 0,
      unchanged: 2,
      notComparable: 0,
      withheld: {},
    });
    // Nobody moved on gov-policy: a member would learn that all the others stayed too.
    expect(all?.indicators?.find((i) => i.id === "gov-policy")).toMatchObject({
      n: 5,
      improved: null,
      declined: null,
      unchanged: null,
      notComparable: 0,
      withheld: { improved: "group", declined: "group", unchanged: "group" },
    });
    expect(all?.domains?.map((d) => d.id)).toEqual(["governance", "operations"]);
    // Five changes, one cluster: every quartile is their mean.
    const delta = all?.maturityIndexDelta;
    expect(delta?.median).toBeGreaterThan(0);
    expect([delta?.q1, delta?.q3]).toEqual([delta?.median, delta?.median]);
    expect(change.cohort.baseline.groups[0]?.n).toBe(6);
    expect(change.cohort.current.groups[0]?.n).toBe(5);
  });

  it("names no model for two empty measurements", () => {
    const change = compareSectors([], []);
    expect(change.baseline).toStrictEqual({ id: "", version: "" });
    expect(change.current).toStrictEqual({ id: "", version: "" });
    expect(change.panel).toEqual([
      {
        key: "all",
        n: null,
        suppressed: "size",
        nothingApplicable: null,
        maturityIndexDelta: null,
        indicators: null,
        domains: null,
        withheld: {},
      },
    ]);
  });

  it("suppresses the panel below the minimum, and groups it by the current type", () => {
    const m = mini();
    const baseline = panel(m, "2023-03-01");
    const current = panel(m, "2025-03-01", 1);
    const grouped = compareSectors(baseline, current, {
      groupBy: "institutionType",
      minGroupSize: 4,
    });
    expect(grouped.panel.map((g) => [g.key, g.n, g.suppressed])).toEqual([
      ["college", null, "size"],
      ["university", null, "secondary"],
    ]);
    expect(grouped.cohort.current.groupBy).toBe("institutionType");
    expect(grouped.cohort.current.minGroupSize).toBe(4);
    const small = compareSectors(baseline.slice(0, 2), current.slice(0, 2));
    expect(small.panel[0]).toEqual({
      key: "all",
      n: null,
      suppressed: "size",
      nothingApplicable: null,
      maturityIndexDelta: null,
      indicators: null,
      domains: null,
      withheld: {},
    });
  });
});
