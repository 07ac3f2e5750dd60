// Differencing: the whole-sector view is public (anyone holding the results can publish it), so
// an attacker subtracts the shown groups of a grouped view from it and reads what the withheld
// groups and figures hold. Each attack solves that subtraction, first on the figures as they
// would be without the differencing rule (it works), then on what the library publishes (it
// uncovers nothing that the policy would not publish on its own).
import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import {
  aggregateSector,
  compareSectors,
  type ItemStats,
  type Result,
  type SectorView,
} from "../../src/index.js";
import { type ItemFigures, member } from "./attacker.js";
import { tablePublishable } from "./reference.js";

const grouped = (results: readonly Result[]) =>
  aggregateSector(results, { groupBy: "institutionType" });
const whole = (results: readonly Result[]) => aggregateSector(results);

/** Members of one type with gov-policy at these figures. */
const ofType = (type: string, items: readonly (ItemFigures | "na")[], from = 0): Result[] =>
  items.map((policy, i) =>
    policy === "na"
      ? member({ id: `${type}-${from + i}`, type, nothingApplicable: true })
      : member({ id: `${type}-${from + i}`, type, policy }),
  );

const at = (level: number, atTarget = false): ItemFigures => ({
  level,
  score: level + (level < 3 ? 0.4 : 0),
  atTarget,
});

/** The attacker's subtraction for gov-policy's levels: whole sector minus the shown groups. */
function uncoveredLevels(view: SectorView, sector: SectorView): number[] | null {
  const total = sector.groups[0]?.indicators?.[0]?.levels;
  if (!total) return null;
  const shown = view.groups.flatMap((g) => {
    const levels = g.indicators?.[0]?.levels;
    return levels ? [levels] : [];
  });
  return total.map((c, k) => c - shown.reduce((s, l) => s + (l[k] ?? 0), 0));
}

/** The levels a row would show without rule 5, from the members' own figures. */
const trueLevels = (results: readonly Result[]) =>
  [0, 1, 2, 3].map((k) => results.filter((r) => r.indicators[0]?.level === k).length);

describe("whole sector minus shown groups, on level distributions", () => {
  // Four colleges all at level 0 (withheld in their group) and six universities spread out.
  const colleges = ofType("college", [at(0), at(0), at(0), at(0)]);
  const universities = ofType("university", [at(0), at(1), at(1), at(2), at(2), at(3)]);
  const results = [...colleges, ...universities];
  const view = grouped(results);

  it("would give the colleges' levels away without secondary suppression", () => {
    const sector = whole(results).groups[0]?.indicators?.[0]?.levels ?? [];
    const uncovered = sector.map((c, k) => c - (trueLevels(universities)[k] ?? 0));
    expect(uncovered).toEqual([4, 0, 0, 0]);
  });

  it("uncovers nothing from what is published: the universities' levels are withheld too", () => {
    const college = view.groups.find((g) => g.key === "college")?.indicators?.[0];
    const university = view.groups.find((g) => g.key === "university")?.indicators?.[0];
    expect(college?.withheld.levels).toBe("group");
    expect([university?.levels, university?.withheld.levels]).toEqual([null, "secondary"]);
    // Other figures of the universities' row stay: they cannot be subtracted.
    expect(university?.score).not.toBeNull();
    expect(uncoveredLevels(view, whole(results))).toEqual([5, 2, 2, 1]);
  });
});

describe("whole sector minus shown groups, on applicable counts", () => {
  // One college has gov-policy applicable, three have nothing applicable at all.
  const colleges = ofType("college", [at(1), "na", "na", "na"]);
  const universities = ofType("university", [at(0), at(1), at(2), at(2), at(3)]);
  const results = [...colleges, ...universities];

  it("would tell that one college answers, and its level", () => {
    const sectorRow = whole(results).groups[0]?.indicators?.[0] as ItemStats;
    expect((sectorRow.n ?? 0) - universities.length).toBe(1);
    const uncovered = (sectorRow.levels ?? []).map(
      (c, k) => c - (trueLevels(universities)[k] ?? 0),
    );
    expect(uncovered).toEqual([0, 1, 0, 0]);
  });

  it("suppresses the universities' row, so neither the count nor the level can be subtracted", () => {
    const view = grouped(results);
    const row = view.groups.find((g) => g.key === "university")?.indicators?.[0];
    expect([row?.suppressed, row?.n, row?.levels]).toEqual(["secondary", null, null]);
  });

  it("keeps the number with nothing applicable from being subtracted either", () => {
    const view = grouped(results);
    const college = view.groups.find((g) => g.key === "college");
    const university = view.groups.find((g) => g.key === "university");
    // Only one college has anything applicable: its group's index figures and count are withheld.
    expect([college?.nothingApplicable, college?.withheld.nothingApplicable]).toEqual([
      null,
      "size",
    ]);
    // 5 + 1 contributors in the sector, 5 among the universities: the one college would follow.
    expect(whole(results).groups[0]?.nothingApplicable).toBe(3);
    expect([university?.nothingApplicable, university?.withheld.nothingApplicable]).toEqual([
      null,
      "secondary",
    ]);
  });
});

describe("whole sector minus shown groups, on the share at target", () => {
  it("withholds a group's share when the remainder would be all (but one) at target", () => {
    // Colleges: 1 of 4 at target (withheld: three share "not at target"); universities 3 of 6.
    const colleges = ofType("college", [at(1, true), at(1), at(2), at(0)]);
    const universities = ofType("university", [
      at(0, true),
      at(1, true),
      at(1),
      at(2, true),
      at(2),
      at(3),
    ]);
    const view = grouped([...colleges, ...universities]);
    const college = view.groups.find((g) => g.key === "college")?.indicators?.[0];
    const university = view.groups.find((g) => g.key === "university")?.indicators?.[0];
    expect(college?.withheld.shareAtTarget).toBe("group");
    // Whole sector 4 of 10 at target minus 3 of 6 would leave 1 of 4: the same disclosure.
    expect(whole([...colleges, ...universities]).groups[0]?.indicators?.[0]?.shareAtTarget).toBe(
      0.4,
    );
    expect([university?.shareAtTarget, university?.withheld.shareAtTarget]).toEqual([
      null,
      "secondary",
    ]);
  });
});

describe("whole panel minus shown panel groups, on change counts", () => {
  it("withholds a group's counts when the remainder would tell how the other group moved", () => {
    // All four colleges improved (withheld); the universities moved both ways.
    const before = [
      ...ofType("college", [at(0), at(0), at(1), at(1)]),
      ...ofType("university", [at(0), at(1), at(1), at(2), at(2), at(2)]),
    ];
    const after = [
      ...ofType("college", [at(1), at(1), at(2), at(2)]),
      ...ofType("university", [at(1), at(1), at(0), at(2), at(3), at(1)]),
    ];
    const change = compareSectors(before, after, { groupBy: "institutionType" });
    const college = change.panel.find((g) => g.key === "college")?.indicators?.[0];
    const university = change.panel.find((g) => g.key === "university")?.indicators?.[0];
    expect(college?.withheld.improved).toBe("group");
    const all = compareSectors(before, after).panel[0]?.indicators?.[0];
    expect([all?.improved, all?.declined, all?.unchanged]).toEqual([6, 2, 2]);
    // 6/2/2 minus the universities' 2/2/2 would be 4/0/0: every college improved.
    expect([university?.improved, university?.withheld.improved]).toEqual([null, "secondary"]);
  });
});

describe("any grouped view", () => {
  /** Two or three types of 3..8 members each, at levels drawn mostly from a narrow band. */
  const sectorArb = fc.record({
    k: fc.integer({ min: 3, max: 6 }),
    groups: fc.array(
      fc.array(fc.oneof(fc.constant(1), fc.integer({ min: 0, max: 3 })), {
        minLength: 3,
        maxLength: 8,
      }),
      { minLength: 2, maxLength: 3 },
    ),
  });

  test.prop([sectorArb], { numRuns: Number(process.env.KSM_RUNS ?? 60) })(
    "leaves a remainder that is empty or publishable, for minGroupSize 3 to 6",
    ({ k, groups }) => {
      const types = ["college", "institute", "university"];
      const results = groups.flatMap((levels, g) =>
        ofType(
          types[g] as string,
          levels.map((l) => at(l)),
          10 * g,
        ),
      );
      const view = aggregateSector(results, { groupBy: "institutionType", minGroupSize: k });
      // Only views where something is hidden are an attack at all.
      fc.pre(view.groups.some((g) => g.suppressed !== null || g.indicators?.[0]?.levels === null));
      const uncovered = uncoveredLevels(view, aggregateSector(results, { minGroupSize: k }));
      if (uncovered) expect(tablePublishable(uncovered, k), `${uncovered}`).toBe(true);
    },
  );
});
