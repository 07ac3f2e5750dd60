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
    // Screening levels 0, 1, 1, 2, 3, 3 against target 1 (tier low): 5 of 6 at target.
    const screening = all?.indicators?.find((i) => i.id === "ops-screening");
    expect(screening).toEqual({
      id: "ops-screening",
      n: 6,
      suppressed: null,
      levels: [1, 2, 1, 2],
      score: { q1: 1, median: 1.5, q3: 2.75 },
      shareAtTarget: 5 / 6,
    });
    // gov-policy is level 1 everywhere (target 2): none at target.
    expect(all?.indicators?.[0]).toMatchObject({ n: 6, levels: [0, 6, 0, 0], shareAtTarget: 0 });
    // gov-roles and ops-training are unanswered: level 0, applicable.
    expect(all?.indicators?.[1]).toMatchObject({ n: 6, levels: [6, 0, 0, 0] });
    // Domain operations: weakest link 0 (ops-training unanswered) everywhere.
    expect(all?.domains?.map((d) => [d.id, d.n, d.levels])).toEqual([
      ["governance", 6, [6, 0, 0, 0]],
      ["operations", 6, [6, 0, 0, 0]],
    ]);
    const index = panel(mini())
      .map((r) => r.overall.maturityIndex)
      .sort((a, b) => a - b);
    expect(all?.maturityIndex).toEqual(quartiles(index));
  });

  it("groups by institution type, sorted, with the small group and the next smallest hidden", () => {
    const view = aggregateSector(panel(mini()), { groupBy: "institutionType" });
    expect(view.groupBy).toBe("institutionType");
    expect(view.groups.map((g) => [g.key, g.n, g.suppressed])).toEqual([
      ["college", 2, "size"],
      ["university", 4, "secondary"],
    ]);
    for (const g of view.groups) {
      expect(g).toMatchObject({
        maturityIndex: null,
        targetAttainment: null,
        indicators: null,
        domains: null,
      });
    }
    const shown = aggregateSector(panel(mini()), { groupBy: "institutionType", minGroupSize: 2 });
    expect(shown.groups.map((g) => [g.key, g.n, g.suppressed])).toEqual([
      ["college", 2, null],
      ["university", 4, null],
    ]);
    const colleges = shown.groups[0]?.indicators?.find((i) => i.id === "ops-screening");
    expect(colleges).toMatchObject({ n: 2, levels: [0, 1, 0, 1], shareAtTarget: 1 });
  });

  it("suppresses an item with fewer applicable institutions than the minimum", () => {
    const m = mini();
    const results = panel(m);
    const view = aggregateSector(results, { minGroupSize: 6 });
    expect(view.groups[0]?.suppressed).toBeNull();
    expect(view.groups[0]?.indicators?.[2]).toMatchObject({ n: 6, suppressed: null });
    expect(() => aggregateSector(results, { minGroupSize: 7 })).not.toThrow();
    expect(aggregateSector(results, { minGroupSize: 7 }).groups[0]).toMatchObject({
      n: 6,
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
        n: 0,
        suppressed: "size",
        maturityIndex: null,
        targetAttainment: null,
        indicators: null,
        domains: null,
      },
    ]);
  });

  it("rejects a minGroupSize below 1 or not whole, naming the value", () => {
    for (const bad of [0, 1.5, -2]) {
      const e = thrown(() => aggregateSector([], { minGroupSize: bad }));
      expect(e.code).toBe("invalid_argument");
      expect(e.message).toContain(String(bad));
    }
    expect(aggregateSector([], { minGroupSize: 1 }).minGroupSize).toBe(1);
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
    });
    expect(all?.indicators?.find((i) => i.id === "gov-policy")).toMatchObject({
      improved: 0,
      declined: 0,
      unchanged: 5,
      notComparable: 0,
    });
    expect(all?.domains?.map((d) => d.id)).toEqual(["governance", "operations"]);
    expect(all?.maturityIndexDelta?.median).toBeGreaterThan(0);
    expect(all?.maturityIndexDelta?.q1).toBe(0);
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
        n: 0,
        suppressed: "size",
        maturityIndexDelta: null,
        indicators: null,
        domains: null,
      },
    ]);
  });

  it("suppresses the panel below the minimum, and groups it by the current type", () => {
    const m = mini();
    const baseline = panel(m, "2023-03-01");
    const current = panel(m, "2025-03-01", 1);
    const grouped = compareSectors(baseline, current, {
      groupBy: "institutionType",
      minGroupSize: 2,
    });
    expect(grouped.panel.map((g) => [g.key, g.n, g.suppressed])).toEqual([
      ["college", 2, null],
      ["university", 4, null],
    ]);
    expect(grouped.cohort.current.groupBy).toBe("institutionType");
    expect(grouped.cohort.current.minGroupSize).toBe(2);
    const small = compareSectors(baseline.slice(0, 2), current.slice(0, 2));
    expect(small.panel[0]).toEqual({
      key: "all",
      n: 2,
      suppressed: "size",
      maturityIndexDelta: null,
      indicators: null,
      domains: null,
    });
  });
});
