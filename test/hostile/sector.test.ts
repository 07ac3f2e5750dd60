// Hostile arguments for compareResults, aggregateSector and compareSectors: results of different
// model versions without (or with the wrong) crosswalk, a result from another model mixed into a
// sector, the same institution twice, values that did not come from scoreAssessment or
// parseCrosswalk, and option values that are not what the option takes.
import { expect } from "vitest";
import {
  aggregateSector,
  type CompareOptions,
  type Crosswalk,
  compareResults,
  compareSectors,
  type KsmError,
  parseCrosswalk,
  type Result,
  type SectorCompareOptions,
  type SectorComparison,
  type SectorOptions,
  type SectorView,
} from "../../src/index.js";
import { member, withIndices } from "../disclosure/attacker.js";
import { miniCrosswalk } from "../fixtures/miniModel.js";
import {
  crosswalk2023to2025,
  type HostileCase,
  hostile,
  hostileCase,
  hostileSuite,
  mini,
  miniResult,
  miniResultFor,
  miniV2,
  result2023,
  result2025,
  tracked,
} from "./harness.js";

/** Three results of the mini model, institutions a, b and c. */
const trio: readonly Result[] = ["inst-a", "inst-b", "inst-c"].map((id) => miniResultFor(id));

/** The first group of a returned sector view. */
const firstGroup = (view: unknown) => (view as SectorView).groups[0];

const aggregate = (results: unknown) => aggregateSector(results as readonly Result[]);
const aggregateWith = (options: unknown) =>
  aggregateSector(trio, options as SectorOptions | undefined);

const parsedMiniCrosswalk = (() => {
  const parsed = parseCrosswalk(miniCrosswalk(), mini, miniV2);
  if (!parsed.ok) throw new Error("the mini crosswalk is invalid");
  return parsed.value;
})();

/** The error message names no institution: it may be logged next to sector output. */
const namesNoInstitution = (error: KsmError) => {
  for (const r of [miniResult, ...trio]) expect(error.message).not.toContain(r.institution.id);
};

/** Hand-frozen fakes that pass for a result at a glance: each lacks what a real one has. */
const fakes: readonly [string, () => unknown][] = [
  ["only kind and indicators", () => Object.freeze({ kind: "result", indicators: [] })],
  ["a null indicator", () => Object.freeze({ ...miniResult, indicators: Object.freeze([null]) })],
  ["no modelRef", () => Object.freeze({ ...miniResult, modelRef: undefined })],
  ["an institution without id", () => Object.freeze({ ...miniResult, institution: {} })],
  ["domains that is no array", () => Object.freeze({ ...miniResult, domains: "all" })],
  ["no risk tier", () => Object.freeze({ ...miniResult, riskProfile: null })],
];

const cases: HostileCase[] = [
  ...fakes.flatMap(([what, fake]) => [
    hostileCase({
      name: `compareResults with a hand-frozen fake result: ${what}`,
      input: () => [miniResult, fake()],
      call: ([a, b]) => compareResults(a as Result, b as Result),
      expect: { throws: "not_parsed" },
    }),
    hostileCase({
      name: `aggregateSector with a hand-frozen fake result: ${what}`,
      input: () => [...trio, fake()],
      call: aggregate,
      expect: { throws: "not_parsed" },
    }),
  ]),

  // compareResults
  hostileCase({
    name: "compareResults across model versions without a crosswalk",
    input: () => [result2023, result2025],
    call: ([a, b]) => compareResults(a as Result, b as Result),
    expect: { throws: "crosswalk_required" },
  }),
  hostileCase({
    name: "compareResults with the 2023 → 2025 crosswalk for results the other way round",
    input: () => [result2025, result2023],
    call: ([a, b]) => compareResults(a as Result, b as Result, { crosswalk: crosswalk2023to2025 }),
    expect: { throws: "model_mismatch" },
  }),
  hostileCase({
    name: "compareResults with the mini crosswalk for the 2023 and 2025 results",
    input: () => [result2023, result2025],
    call: ([a, b]) => compareResults(a as Result, b as Result, { crosswalk: parsedMiniCrosswalk }),
    expect: { throws: "model_mismatch" },
  }),
  hostileCase({
    name: "compareResults with a forged, frozen crosswalk that names constructor",
    input: () =>
      Object.freeze({
        ...crosswalk2023to2025,
        mappings: [...crosswalk2023to2025.mappings, { type: "retired", from: "constructor" }],
      }),
    call: (cw) => compareResults(result2023, result2025, { crosswalk: cw as Crosswalk }),
    expect: { throws: "crosswalk_mismatch" },
  }),
  hostileCase({
    name: "compareResults with a frozen crosswalk that has no mappings",
    input: () => Object.freeze({ from: crosswalk2023to2025.from, to: crosswalk2023to2025.to }),
    call: (cw) => compareResults(result2023, result2025, { crosswalk: cw as Crosswalk }),
    expect: { throws: ["not_parsed", "invalid_argument"] },
  }),
  hostileCase({
    name: "compareResults with an empty object for the crosswalk",
    input: () => ({ crosswalk: {} }),
    call: (options) => compareResults(miniResult, miniResult, options as CompareOptions),
    expect: { throws: ["not_parsed", "invalid_argument"] },
  }),
  hostileCase({
    name: "compareResults with a plain, unfrozen copy of a result",
    input: () => structuredClone(miniResult),
    call: (copy) => compareResults(copy as Result, miniResult),
    expect: { throws: "not_parsed" },
  }),
  hostileCase({
    name: "compareResults with null for the baseline",
    input: () => null,
    call: (baseline) => compareResults(baseline as unknown as Result, miniResult),
    expect: { throws: "not_parsed" },
  }),
  hostileCase({
    name: "compareResults with a string for the current result",
    input: () => "result",
    call: (current) => compareResults(miniResult, current as unknown as Result),
    expect: { throws: "not_parsed" },
  }),
  hostileCase({
    name: "compareResults with null for the options",
    input: () => null,
    call: (options) => compareResults(miniResult, miniResult, options as unknown as CompareOptions),
    expect: { throws: "invalid_argument" },
  }),

  // aggregateSector
  hostileCase({
    name: "aggregateSector with a 2023 result mixed into 2025 results",
    input: () => [result2025, result2023],
    call: aggregate,
    expect: { throws: "mixed_models" },
  }),
  hostileCase({
    name: "aggregateSector with a result of another model (mini) among the 2025 results",
    input: () => [result2025, miniResult],
    call: aggregate,
    expect: { throws: "mixed_models" },
  }),
  hostileCase({
    name: "aggregateSector with the same result twice",
    input: () => [...trio, trio[0]],
    call: aggregate,
    expect: { throws: "duplicate_institution", check: namesNoInstitution },
  }),
  hostileCase({
    name: "aggregateSector with two different results of the same institution",
    input: () => [...trio, miniResultFor("inst-b", "college")],
    call: aggregate,
    expect: { throws: "duplicate_institution", check: namesNoInstitution },
  }),
  hostileCase({
    name: "aggregateSector with null for the results",
    input: () => null,
    call: aggregate,
    expect: { throws: ["not_parsed", "invalid_argument"] },
  }),
  hostileCase({
    name: "aggregateSector with null among the results",
    input: () => [...trio, null],
    call: aggregate,
    expect: { throws: "not_parsed" },
  }),
  hostileCase({
    name: "aggregateSector with a frozen empty object among the results",
    input: () => [...trio, Object.freeze({})],
    call: aggregate,
    expect: { throws: "not_parsed" },
  }),
  hostileCase({
    name: "aggregateSector with institutions named constructor, toString and hasOwnProperty",
    input: () => ["constructor", "toString", "hasOwnProperty"].map((id) => miniResultFor(id)),
    call: aggregate,
    expect: {
      returns: (view) => {
        const v = view as SectorView;
        expect(v.groups.map((g) => [g.key, g.n, g.suppressed])).toEqual([["all", 3, null]]);
        expect(JSON.stringify(v)).not.toMatch(/constructor|toString|hasOwnProperty/);
      },
    },
  }),
  hostileCase({
    name: "aggregateSector with the results list behind proxies that count reads",
    input: () => tracked([...trio]),
    call: aggregate,
    expect: { returns: (view) => expect((view as SectorView).groups[0]?.n).toBe(3) },
  }),
  ...[
    ["NaN", Number.NaN],
    ["Infinity", Number.POSITIVE_INFINITY],
    ["-0", -0],
    ['the string "3"', "3"],
  ].map(([label, value]) =>
    hostileCase({
      name: `aggregateSector with minGroupSize ${String(label)}`,
      input: () => ({ minGroupSize: value }),
      call: aggregateWith,
      expect: { throws: "invalid_argument" },
    }),
  ),
  hostileCase({
    name: "aggregateSector with a null-prototype object for minGroupSize",
    input: () => ({ minGroupSize: Object.create(null) as object }),
    call: aggregateWith,
    expect: { throws: "invalid_argument" },
    compare: "iterative",
  }),
  hostileCase({
    name: 'aggregateSector with groupBy "region", which it does not know',
    input: () => ({ groupBy: "region" }),
    call: aggregateWith,
    expect: { throws: "invalid_argument" },
  }),
  hostileCase({
    name: "aggregateSector with null for the options",
    input: () => null,
    call: aggregateWith,
    expect: { throws: "invalid_argument" },
  }),

  // Disclosure control (issue 11): the floor, own options only, group keys, what is published.
  ...[1, 2].map((minGroupSize) =>
    hostileCase({
      name: `aggregateSector with minGroupSize ${minGroupSize}, below the floor of 3`,
      input: () => ({ minGroupSize }),
      call: aggregateWith,
      expect: { throws: "invalid_argument" },
    }),
  ),
  hostileCase({
    name: "aggregateSector with options whose prototype says minGroupSize 1",
    input: () => Object.create({ minGroupSize: 1 }) as object,
    call: (options) => aggregateSector(trio.slice(0, 2), options as SectorOptions),
    expect: {
      returns: (view) => {
        expect((view as SectorView).minGroupSize).toBe(3);
        expect(firstGroup(view)?.suppressed).toBe("size");
      },
    },
    compare: "iterative",
  }),
  hostileCase({
    name: "compareSectors with options whose prototype says minGroupSize 1",
    input: () => Object.create({ minGroupSize: 1 }) as object,
    call: (options) =>
      compareSectors(trio.slice(0, 2), trio.slice(0, 2), options as SectorCompareOptions),
    expect: {
      returns: (change) => expect((change as SectorComparison).panel[0]?.suppressed).toBe("size"),
    },
    compare: "iterative",
  }),
  hostileCase({
    name: "aggregateSector with options behind a proxy whose reads throw",
    input: () => hostile({ minGroupSize: 3 }, ["get"]),
    call: aggregateWith,
    expect: { throws: "invalid_argument" },
  }),
  ...["all", "unknown"].map((type) =>
    hostileCase({
      name: `aggregateSector with a forged result of institution type "${type}", a group key`,
      input: () => [...trio, member({ id: "forged", type })],
      call: (results) => aggregateSector(results as Result[], { groupBy: "institutionType" }),
      expect: { throws: "invalid_argument" },
    }),
  ),
  hostileCase({
    name: "aggregateSector of two institutions, which says nothing of how many there are",
    input: () => trio.slice(0, 2),
    call: aggregate,
    expect: {
      returns: (view) =>
        expect([firstGroup(view)?.n, firstGroup(view)?.suppressed]).toEqual([null, "size"]),
    },
  }),
  hostileCase({
    name: "aggregateSector of three indices, whose type-7 quartiles would give each back",
    input: () => withIndices([1.2, 2.6, 2.9]),
    call: aggregate,
    expect: {
      returns: (view) =>
        expect(firstGroup(view)?.maturityIndex).toEqual({ q1: 2.2, median: 2.2, q3: 2.2 }),
    },
  }),
  hostileCase({
    name: "aggregateSector with an institution for which nothing is applicable",
    input: () => [...withIndices([1.2, 2.6, 2.9]), member({ id: "none", nothingApplicable: true })],
    call: aggregate,
    expect: {
      returns: (view) => {
        const g = firstGroup(view);
        // Left out, not entered as index 0 (which would move the quartiles to 1.7).
        expect([g?.n, g?.nothingApplicable, g?.maturityIndex?.median]).toEqual([4, 1, 2.2]);
      },
    },
  }),
  hostileCase({
    name: "aggregateSector where all institutions but one are at one level",
    input: () =>
      [2, 2, 2, 0].map((level, i) =>
        member({ id: `m${i}`, policy: { level, score: level + 0.5 } }),
      ),
    call: aggregate,
    expect: {
      returns: (view) => {
        const row = firstGroup(view)?.indicators?.[0];
        expect([row?.levels, row?.withheld.levels]).toEqual([null, "group"]);
      },
    },
  }),
  hostileCase({
    name: "aggregateSector by type, where sector minus the universities gives the colleges away",
    input: () => [
      ...[0, 0, 0, 0].map((level, i) =>
        member({ id: `c${i}`, type: "college", policy: { level, score: level + 0.4 } }),
      ),
      ...[0, 1, 1, 2, 2, 3].map((level, i) =>
        member({ id: `u${i}`, type: "university", policy: { level, score: level + 0.4 } }),
      ),
    ],
    call: (results) => aggregateSector(results as Result[], { groupBy: "institutionType" }),
    expect: {
      returns: (view) => {
        const universities = (view as SectorView).groups[1]?.indicators?.[0];
        expect([universities?.levels, universities?.withheld.levels]).toEqual([null, "secondary"]);
      },
    },
  }),

  // compareSectors
  hostileCase({
    name: "compareSectors with a 2023 result among the 2025 baseline results",
    input: () => [result2025, result2023],
    call: (baseline) => compareSectors(baseline as Result[], [result2025]),
    expect: { throws: "mixed_models" },
  }),
  hostileCase({
    name: "compareSectors across model versions without a crosswalk",
    input: () => [result2023],
    call: (baseline) => compareSectors(baseline as Result[], [result2025]),
    expect: { throws: "crosswalk_required" },
  }),
  hostileCase({
    name: "compareSectors with the same institution twice in the current results",
    input: () => [...trio, trio[1]],
    call: (current) => compareSectors(trio, current as Result[]),
    expect: { throws: "duplicate_institution", check: namesNoInstitution },
  }),
  hostileCase({
    name: "compareSectors with null for the baseline results",
    input: () => null,
    call: (baseline) => compareSectors(baseline as unknown as Result[], trio),
    expect: { throws: ["not_parsed", "invalid_argument"] },
  }),
];

hostileSuite("sector", cases);
