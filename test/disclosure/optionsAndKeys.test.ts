// Two ways around the rules without touching the data: a polluted Object.prototype that turns
// suppression off (another package's bug can set `Object.prototype.minGroupSize = 1`), and an
// institution type named like a group key, so that two groups share one.
import { afterEach, describe, expect, it } from "vitest";
import {
  aggregateSector,
  compareSectors,
  KsmError,
  parseModel,
  scoreAssessment,
} from "../../src/index.js";
import { miniModel } from "../fixtures/miniModel.js";
import { thrown } from "../fixtures/thrown.js";
import { mini, miniAssessment } from "../hostile/harness.js";
import { member, withIndices } from "./attacker.js";

const polluted = ["minGroupSize", "groupBy", "crosswalk", "asOf"] as const;

afterEach(() => {
  for (const key of polluted) delete (Object.prototype as Record<string, unknown>)[key];
});

/** Sets a property on Object.prototype for the rest of the test (afterEach removes it). */
const pollute = (key: (typeof polluted)[number], value: unknown) => {
  Object.defineProperty(Object.prototype, key, { value, configurable: true, writable: true });
};

describe("a polluted Object.prototype", () => {
  // Two members: below the floor of 3, their group is suppressed whatever the options say.
  const two = withIndices([1.2, 2.9]);
  const four = [
    ...withIndices([0.5, 1.5, 2.5], "college"),
    member({ id: "u", type: "university" }),
  ];

  it("does not lower minGroupSize, with or without options", () => {
    const clean = [aggregateSector(two), aggregateSector(two, {})];
    pollute("minGroupSize", 1);
    expect(({} as { minGroupSize?: number }).minGroupSize).toBe(1);
    for (const view of [aggregateSector(two), aggregateSector(two, {})]) {
      expect(view).toEqual(clean[0]);
      expect(view.minGroupSize).toBe(3);
      expect(view.groups[0]?.suppressed).toBe("size");
    }
    expect(compareSectors(two, two).panel[0]?.suppressed).toBe("size");
    expect(compareSectors(two, two).minGroupSize).toBe(3);
  });

  it("does not group, nor pass a crosswalk, nor move the scoring date", () => {
    const ungrouped = aggregateSector(four);
    pollute("groupBy", "institutionType");
    pollute("crosswalk", { from: { id: "x", version: "1" } });
    pollute("asOf", "1999-01-01");
    expect(aggregateSector(four)).toEqual(ungrouped);
    expect(compareSectors(four, four).panel.map((g) => g.key)).toEqual(["all"]);
    expect(scoreAssessment(mini, miniAssessment).asOf).not.toBe("1999-01-01");
  });

  it("does not reach through an options object's own prototype either", () => {
    const options = Object.create({ minGroupSize: 1, groupBy: "institutionType" }) as object;
    const view = aggregateSector(two, options);
    expect([view.minGroupSize, view.groupBy, view.groups[0]?.suppressed]).toEqual([
      3,
      null,
      "size",
    ]);
  });

  it("is still refused when given as an own option", () => {
    expect(thrown(() => aggregateSector(two, { minGroupSize: 1 })).code).toBe("invalid_argument");
    expect(thrown(() => aggregateSector(two, { minGroupSize: 2 })).code).toBe("invalid_argument");
  });
});

describe("group keys", () => {
  it("cannot be institution type ids of a model", () => {
    for (const id of ["all", "unknown"]) {
      const doc = miniModel();
      (doc.riskProfile.institutionTypes[1] as { id: string }).id = id;
      const parsed = parseModel(doc);
      expect(parsed.ok).toBe(false);
      if (!parsed.ok) {
        expect(parsed.issues.map((i) => [i.code, i.path])).toEqual([
          ["reserved_id", ["riskProfile", "institutionTypes", 1, "id"]],
        ]);
      }
    }
  });

  it("are refused on results that carry them anyway (a hand-made or older model)", () => {
    // Three institutions of type "all" beside the untyped: the whole sector's key, twice.
    for (const type of ["all", "unknown"]) {
      const forged = [...withIndices([1, 2, 3], type), ...withIndices([1.5, 2.5, 0.5])].map(
        (r, i) => member({ id: `f${i}`, ...(r.institution.type ? { type } : {}) }),
      );
      for (const run of [
        () => aggregateSector(forged, { groupBy: "institutionType" }),
        () => aggregateSector(forged),
        () => compareSectors(forged, forged),
      ]) {
        const e = thrown(run);
        expect(e).toBeInstanceOf(KsmError);
        expect(e.code).toBe("invalid_argument");
        expect(e.message).toContain(`"${type}"`);
      }
    }
  });

  it("never merge two types: prototype names are groups of their own", () => {
    const results = [
      ...withIndices([0.5, 1.5, 2.5], "constructor").map((r, i) =>
        member({ id: `c${i}`, type: "constructor", maturityIndex: r.overall.maturityIndex }),
      ),
      ...[0.4, 1.4, 2.4].map((v, i) =>
        member({ id: `p${i}`, type: "__proto__", maturityIndex: v }),
      ),
    ];
    const view = aggregateSector(results, { groupBy: "institutionType" });
    expect(view.groups.map((g) => [g.key, g.n])).toEqual([
      ["__proto__", 3],
      ["constructor", 3],
    ]);
  });
});
