import { readdirSync, readFileSync } from "node:fs";
import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import {
  aggregateSector,
  type ChangeCounts,
  type Comparison,
  compareResults,
  compareSectors,
  formatIssues,
  type ItemStats,
  type Model,
  type PanelGroup,
  parseAssessment,
  type Quartiles,
  type Result,
  type SectorGroup,
  type SectorView,
  scoreAssessment,
} from "../../src/index.js";
import {
  crosswalk2023to2025,
  kennisveiligheid2023,
  kennisveiligheid2025,
} from "../../src/models.js";
import type { Bounds } from "../disclosure/reference.js";
import * as ref from "../disclosure/reference.js";
import {
  type AssessmentDocument,
  assessmentDocumentArb,
  modelArb,
  parseValidAssessment,
  parseValidModel,
} from "../fixtures/arbitraries.js";
import { isDeepFrozen } from "../fixtures/deepFrozen.js";
import { miniModel } from "../fixtures/miniModel.js";

/** A fixed seed on CI so a failure reproduces; a random one locally so runs explore more. */
const RUNS: { readonly numRuns: number; readonly seed?: number } = {
  numRuns: Number(process.env.KSM_RUNS ?? 40),
  ...(process.env.CI ? { seed: 42 } : {}),
};

/** Collects violated expectations, so a failing property names every one of them at once. */
class Violations {
  readonly list: string[] = [];
  check(ok: boolean, message: string): void {
    if (!ok) this.list.push(message);
  }
  same(actual: unknown, expected: unknown, what: string): void {
    const [a, e] = [JSON.stringify(actual), JSON.stringify(expected)];
    this.check(a === e, `${what}: ${a}, expected ${e}`);
  }
  expectNone(): void {
    expect(this.list).toEqual([]);
  }
}

/** One applicable item of one institution, reduced to what the statistics are about. */
interface Point {
  readonly level: number;
  readonly score: number;
  readonly atTarget: boolean;
  /** Place within the level, or `null` when the model fixes the score (level-rated). */
  readonly bounds: Bounds | null;
}

/** A figure the policy withholds, or publishes (and then its value). */
function expectFigure(
  v: Violations,
  actual: unknown,
  reason: string | undefined,
  withheldBy: string | null,
  expected: unknown,
  grouped: boolean,
  what: string,
): void {
  if (withheldBy !== null) {
    v.check(actual === null && reason === withheldBy, `${what}: ${reason}, expected ${withheldBy}`);
    return;
  }
  // Only a grouped view withholds more, against differencing (checked on its own below).
  if (grouped && reason === "secondary") {
    v.check(actual === null, `${what}: withheld (secondary) but shown`);
    return;
  }
  v.check(reason === undefined, `${what}: withheld (${reason}) but nothing in the policy says so`);
  v.same(actual, expected, what);
}

/** Checks one item's row against the applicable points it came from (rules 1, 3 and 4). */
function checkItem(
  v: Violations,
  stats: ItemStats | undefined,
  points: readonly Point[],
  maxLevel: number,
  min: number,
  grouped: boolean,
  what: string,
): void {
  if (!stats) {
    v.check(false, `${what}: missing`);
    return;
  }
  const n = points.length;
  const empty = [stats.n, stats.levels, stats.score, stats.shareAtTarget];
  if (n < min || (grouped && stats.suppressed === "secondary")) {
    const want = n < min ? "size" : "secondary";
    v.check(stats.suppressed === want, `${what}: n ${n}, min ${min}: ${stats.suppressed}`);
    v.same(empty, [null, null, null, null], `${what} (suppressed)`);
    return;
  }
  v.check(stats.suppressed === null, `${what}: suppressed ${stats.suppressed} at n ${n}`);
  v.check(stats.n === n, `${what}: n ${stats.n}, expected ${n}`);
  const levels = Array.from(
    { length: maxLevel + 1 },
    (_, k) => points.filter((p) => p.level === k).length,
  );
  const at = points.filter((p) => p.atTarget).length;
  const scores = points.map((p) => p.score);
  const bounds = points.flatMap((p) => (p.bounds ? [p.bounds] : []));
  const w = stats.withheld;
  expectFigure(
    v,
    stats.levels,
    w.levels,
    ref.oneCellHoldsAllButOne(levels) ? "group" : null,
    levels,
    grouped,
    `${what} levels`,
  );
  expectFigure(
    v,
    stats.shareAtTarget,
    w.shareAtTarget,
    ref.oneCellHoldsAllButOne([at, n - at]) ? "group" : null,
    ref.round(at / n, 2),
    grouped,
    `${what} share`,
  );
  const scoreWithheld = ref.allButOneWithinStep(scores, 0.1) || ref.allButOneAtBounds(bounds, 0.1);
  // Quartiles cannot be subtracted from: never withheld for differencing.
  expectFigure(
    v,
    stats.score,
    w.score,
    scoreWithheld ? "group" : null,
    ref.publishedQuartiles(scores, min, 1),
    false,
    `${what} score`,
  );
}

/** Quartiles of one figure per institution (rule 3), or withheld when all but one share it. */
function checkQuartiles(
  v: Violations,
  actual: Quartiles | null,
  reason: string | undefined,
  values: readonly number[],
  min: number,
  decimals: number,
  what: string,
): void {
  const withheldBy =
    values.length < min
      ? "size"
      : ref.allButOneWithinStep(values, 10 ** -decimals)
        ? "group"
        : null;
  expectFigure(
    v,
    actual,
    reason,
    withheldBy,
    ref.publishedQuartiles(values, min, decimals),
    false,
    what,
  );
}

function indicatorPoints(members: readonly Result[], i: number, max: number): Point[] {
  const applicable = members.flatMap((r) => {
    const x = r.indicators[i];
    return x && x.status !== "notApplicable" && x.level !== null && x.score !== null ? [x] : [];
  });
  // Level-rated (the score is the level by the model): what the model fixes discloses nothing.
  const levelRated = applicable.some((x) => (x.level ?? 0) < max && x.blocking.length === 0);
  return applicable.map((x) => {
    const [level, score] = [x.level ?? 0, x.score ?? 0];
    const top = level === max;
    const bounds = levelRated ? null : { excess: top ? 0 : score - level, room: top ? 0 : 1 };
    return { level, score, atTarget: x.gap === 0, bounds };
  });
}

function domainPoints(members: readonly Result[], j: number, max: number): Point[] {
  return members.flatMap((r): Point[] => {
    const d = r.domains[j];
    if (!d || d.applicable === 0 || d.level === null || d.score === null) return [];
    const top = d.level === max;
    const bounds = { excess: top ? 0 : d.score - d.level, room: max - d.level };
    return [{ level: d.level, score: d.score, atTarget: d.gap === 0, bounds }];
  });
}

/** Checks a group's statistics against its members' results. */
function checkGroup(
  v: Violations,
  g: SectorGroup,
  members: readonly Result[],
  min: number,
  grouped: boolean,
): void {
  const at = `group ${g.key}`;
  if (g.suppressed !== null) {
    v.same(
      [g.n, g.nothingApplicable, g.maturityIndex, g.targetAttainment, g.indicators, g.domains],
      [null, null, null, null, null, null],
      `${at}: suppressed (${g.suppressed}) but reports statistics`,
    );
    return;
  }
  v.check(g.n === members.length, `${at}: n ${g.n}, expected ${members.length}`);
  v.check(members.length >= min, `${at}: n ${members.length} < ${min} but shown`);
  const first = members[0];
  if (!first) return;
  const scored = members.filter((r) => r.overall.applicable > 0);
  const none = members.length - scored.length;
  expectFigure(
    v,
    g.nothingApplicable,
    g.withheld.nothingApplicable,
    scored.length < min ? "size" : null,
    none,
    grouped,
    `${at} nothingApplicable`,
  );
  checkQuartiles(
    v,
    g.maturityIndex,
    g.withheld.maturityIndex,
    scored.map((r) => r.overall.maturityIndex),
    min,
    1,
    `${at} maturityIndex`,
  );
  checkQuartiles(
    v,
    g.targetAttainment,
    g.withheld.targetAttainment,
    scored.map((r) => r.overall.targetAttainment),
    min,
    2,
    `${at} targetAttainment`,
  );
  const max = first.maxLevel;
  first.indicators.forEach((ind, i) => {
    const what = `${at} indicator ${ind.id}`;
    checkItem(v, g.indicators?.[i], indicatorPoints(members, i, max), max, min, grouped, what);
    v.check(g.indicators?.[i]?.id === ind.id, `${at}: indicator ${i} is not ${ind.id}`);
  });
  first.domains.forEach((dom, j) => {
    const what = `${at} domain ${dom.id}`;
    checkItem(v, g.domains?.[j], domainPoints(members, j, max), max, min, grouped, what);
  });
}

/** The members of each group as the design defines them: all, or by type (`unknown` if none). */
function membersOf(results: readonly Result[], key: string, grouped: boolean): Result[] {
  if (!grouped) return [...results];
  return results.filter((r) => (r.institution.type ?? "unknown") === key);
}

/**
 * Rule 2: small groups carry nothing. When any group is small, the smallest other groups are
 * `secondary`, just enough that the hidden groups together hold at least `min` institutions (or
 * none is left). `sizes` are the true group sizes (suppressed groups publish no n).
 */
function checkSuppression(
  v: Violations,
  groups: readonly { suppressed: string | null }[],
  sizes: readonly number[],
  min: number,
) {
  const all = groups.map((g, i) => ({ n: sizes[i] ?? 0, suppressed: g.suppressed }));
  for (const g of all) {
    v.check(g.n < min === (g.suppressed === "size"), `n ${g.n}, min ${min}: ${g.suppressed}`);
  }
  const anySmall = all.some((g) => g.n > 0 && g.n < min);
  const bySize = all.filter((g) => g.suppressed === "size").reduce((s, g) => s + g.n, 0);
  const secondary = all.filter((g) => g.suppressed === "secondary");
  const shown = all.filter((g) => g.suppressed === null);
  const hidden = bySize + secondary.reduce((s, g) => s + g.n, 0);
  if (all.length < 2 || !anySmall || bySize >= min) {
    v.check(secondary.length === 0, `unexpected secondary suppression`);
    return;
  }
  v.check(hidden >= min || shown.length === 0, `hidden ${hidden} < ${min} with groups left`);
  const largestSecondary = Math.max(0, ...secondary.map((g) => g.n));
  v.check(hidden - largestSecondary < min, `more secondary suppression than needed`);
  for (const g of shown) v.check(g.n >= largestSecondary, `a larger group hidden before ${g.n}`);
}

/**
 * Rule 5, from the outputs alone: for every additive figure of every row, the whole sector's
 * figure minus the shown groups' uncovers cells that are empty or publishable on their own.
 */
function checkDifferences(
  v: Violations,
  grouped: readonly SectorGroup[],
  whole: SectorGroup | undefined,
  truth: (key: string, id: string) => { at: number } | undefined,
  min: number,
): void {
  if (!whole || whole.suppressed !== null) return;
  const shown = grouped.filter((g) => g.suppressed === null);
  const rest = (cells: readonly number[], parts: readonly (readonly number[])[]) =>
    cells.map((c, k) => c - parts.reduce((s, p) => s + (p[k] ?? 0), 0));
  const na = (g: SectorGroup) => [
    g.nothingApplicable ?? 0,
    (g.n ?? 0) - (g.nothingApplicable ?? 0),
  ];
  if (whole.nothingApplicable !== null) {
    const [none = 0, some = 0] = rest(
      na(whole),
      shown.filter((g) => g.nothingApplicable !== null).map(na),
    );
    v.check(none + some === 0 || some >= min, `nothingApplicable uncovers ${none}/${some}`);
  }
  for (const kind of ["indicators", "domains"] as const) {
    for (const s of whole[kind] ?? []) {
      const rows = shown.flatMap((g) =>
        (g[kind] ?? []).filter((r) => r.id === s.id).map((r) => ({ key: g.key, r })),
      );
      const what = `${kind} ${s.id}`;
      if (s.n === null) continue;
      const open = rows.filter(({ r }) => r.n !== null);
      const [dn = 0] = rest(
        [s.n],
        open.map(({ r }) => [r.n ?? 0]),
      );
      v.check(dn === 0 || dn >= min, `${what}: n uncovers ${dn}`);
      if (s.levels) {
        const parts = open.flatMap(({ r }) => (r.levels ? [r.levels] : []));
        const d = rest(s.levels, parts);
        v.check(ref.tablePublishable(d, min), `${what}: levels uncover ${d}`);
      }
      const atOf = (key: string) => truth(key, s.id)?.at ?? 0;
      if (s.shareAtTarget !== null) {
        const parts = open
          .filter(({ r }) => r.shareAtTarget !== null)
          .map(({ key, r }) => [atOf(key), (r.n ?? 0) - atOf(key)]);
        const d = rest([atOf("all"), (s.n ?? 0) - atOf("all")], parts);
        v.check(ref.tablePublishable(d, min), `${what}: at target uncovers ${d}`);
      }
    }
  }
}

function checkView(v: Violations, view: SectorView, results: readonly Result[], min: number) {
  const grouped = view.groupBy !== null;
  v.check(view.minGroupSize === min, `minGroupSize ${view.minGroupSize}`);
  const keys = view.groups.map((g) => g.key);
  v.check(JSON.stringify(keys) === JSON.stringify([...keys].sort()), `groups not sorted: ${keys}`);
  const expectedKeys = grouped
    ? [...new Set(results.map((r) => r.institution.type ?? "unknown"))].sort()
    : ["all"];
  v.same(keys, expectedKeys, "group keys");
  for (const g of view.groups) checkGroup(v, g, membersOf(results, g.key, grouped), min, grouped);
  checkSuppression(
    v,
    view.groups,
    view.groups.map((g) => membersOf(results, g.key, grouped).length),
    min,
  );
  if (grouped) {
    const whole = aggregateSector(results, { minGroupSize: min }).groups[0];
    const truth = (key: string, id: string) => {
      const members = key === "all" ? [...results] : membersOf(results, key, true);
      const first = members[0];
      if (!first) return undefined;
      const i = first.indicators.findIndex((x) => x.id === id);
      const j = first.domains.findIndex((x) => x.id === id);
      const points =
        i >= 0
          ? indicatorPoints(members, i, first.maxLevel)
          : domainPoints(members, j, first.maxLevel);
      return { at: points.filter((p) => p.atTarget).length };
    };
    checkDifferences(v, view.groups, whole, truth, min);
  }
}

// ---------------------------------------------------------------------------------------------
// Generated sectors

interface Sector {
  readonly model: Model;
  readonly results: readonly Result[];
  readonly ids: readonly string[];
  readonly names: readonly string[];
}

const identityArb = fc.record({
  id: fc.stringMatching(/^inst-[a-z]{3}-[0-9]{3}$/),
  name: fc.stringMatching(/^Institute [A-Z][a-z]{4,8}$/),
});

function identified(
  document: AssessmentDocument,
  identity: { id: string; name: string },
): AssessmentDocument {
  return { ...document, institution: { ...document.institution, ...identity } };
}

/** A sector of 0..10 institutions of one generated model, each with its own id and name. */
function sectorArb(modelArbitrary: fc.Arbitrary<Model>, maxLength = 10): fc.Arbitrary<Sector> {
  return modelArbitrary.chain((model) =>
    fc
      .uniqueArray(fc.tuple(identityArb, assessmentDocumentArb(model)), {
        maxLength,
        selector: ([identity]) => identity.id,
      })
      .map((items) => ({
        model,
        results: items.map(([identity, doc]) =>
          scoreAssessment(model, parseValidAssessment(identified(doc, identity), model)),
        ),
        ids: items.map(([identity]) => identity.id),
        names: items.map(([identity]) => identity.name),
      })),
  );
}

/** The mini model, whose institution types (university, college, none) make up to three groups. */
const miniArb = fc.constant(parseValidModel(miniModel()));
const minGroupSizeArb = fc.integer({ min: 3, max: 6 });

describe("aggregateSector statistics", () => {
  test.prop([sectorArb(modelArb()), minGroupSizeArb], RUNS)(
    "agree with the per-institution results, for the whole sector",
    ({ results }, min) => {
      const v = new Violations();
      checkView(v, aggregateSector(results, { minGroupSize: min }), results, min);
      v.expectNone();
    },
  );

  test.prop([sectorArb(miniArb, 14), minGroupSizeArb], RUNS)(
    "agree with the per-institution results, by institution type, suppression included",
    ({ results }, min) => {
      const v = new Violations();
      const view = aggregateSector(results, { minGroupSize: min, groupBy: "institutionType" });
      checkView(v, view, results, min);
      v.expectNone();
    },
  );

  test.prop([sectorArb(modelArb()), minGroupSizeArb], RUNS)(
    "by institution type on generated models (types may be missing or prototype names)",
    ({ results }, min) => {
      const v = new Violations();
      const view = aggregateSector(results, { minGroupSize: min, groupBy: "institutionType" });
      checkView(v, view, results, min);
      v.expectNone();
    },
  );

  it("agree with the per-institution results of the example panel (both years, both groupings)", () => {
    for (const [model, year] of [
      [kennisveiligheid2023, "2023"],
      [kennisveiligheid2025, "2025"],
    ] as const) {
      const results = loadYear(year, model);
      for (const min of [3, 4, 5, 6, 15]) {
        for (const groupBy of [undefined, "institutionType"] as const) {
          const v = new Violations();
          const options = { minGroupSize: min, ...(groupBy ? { groupBy } : {}) };
          checkView(v, aggregateSector(results, options), results, min);
          v.expectNone();
        }
      }
    }
  });
});

describe("sector output", () => {
  test.prop([sectorArb(miniArb, 12), minGroupSizeArb, fc.boolean()], RUNS)(
    "names no institution, neither by id nor by name",
    ({ results, ids, names }, min, grouped) => {
      const options = {
        minGroupSize: min,
        ...(grouped ? { groupBy: "institutionType" as const } : {}),
      };
      const half = results.filter((_, i) => i % 3 !== 0);
      const outputs = [
        JSON.stringify(aggregateSector(results, options)),
        JSON.stringify(compareSectors(results, half, options)),
        JSON.stringify(compareSectors(half, results, { ...options, minGroupSize: 3 })),
      ];
      for (const json of outputs) {
        for (const identity of [...ids, ...names]) expect(json).not.toContain(identity);
      }
    },
  );

  test.prop(
    [
      sectorArb(miniArb, 12).chain((sector) =>
        fc
          .shuffledSubarray([...sector.results], {
            minLength: sector.results.length,
            maxLength: sector.results.length,
          })
          .map((shuffled) => ({ ...sector, shuffled })),
      ),
      minGroupSizeArb,
    ],
    RUNS,
  )("does not depend on the order of the results", ({ results, shuffled }, min) => {
    for (const groupBy of [undefined, "institutionType"] as const) {
      const options = { minGroupSize: min, ...(groupBy ? { groupBy } : {}) };
      expect(aggregateSector(shuffled, options)).toEqual(aggregateSector(results, options));
      expect(compareSectors(shuffled, [...shuffled].reverse(), options)).toEqual(
        compareSectors(results, results, options),
      );
    }
  });

  test.prop([sectorArb(miniArb, 8), minGroupSizeArb], RUNS)(
    "is deterministic and deep-frozen, and leaves the inputs alone",
    ({ results }, min) => {
      const before = JSON.stringify(results);
      const view = aggregateSector(results, { minGroupSize: min, groupBy: "institutionType" });
      expect(isDeepFrozen(view)).toBe(true);
      expect(aggregateSector(results, { minGroupSize: min, groupBy: "institutionType" })).toEqual(
        view,
      );
      const change = compareSectors(results, results, { minGroupSize: min });
      expect(isDeepFrozen(change)).toBe(true);
      expect(JSON.stringify(results)).toBe(before);
    },
  );
});

// ---------------------------------------------------------------------------------------------
// compareSectors

interface TwoMeasurements {
  readonly baseline: readonly Result[];
  readonly current: readonly Result[];
}

/**
 * Two measurements of up to 10 institutions of one generated model: each institution takes part
 * in the baseline, the current measurement or both.
 */
function twoMeasurementsArb(modelArbitrary: fc.Arbitrary<Model>): fc.Arbitrary<TwoMeasurements> {
  return modelArbitrary.chain((model) =>
    fc
      .uniqueArray(
        fc.record({
          identity: identityArb,
          before: assessmentDocumentArb(model),
          after: assessmentDocumentArb(model),
          takesPart: fc.constantFrom("both", "both", "both", "baseline", "current"),
        }),
        { maxLength: 10, selector: (x) => x.identity.id },
      )
      .map((items) => {
        const score = (
          doc: AssessmentDocument,
          identity: { id: string; name: string },
          on: string,
        ) =>
          scoreAssessment(
            model,
            parseValidAssessment({ ...identified(doc, identity), measuredOn: on }, model),
          );
        return {
          baseline: items
            .filter((x) => x.takesPart !== "current")
            .map((x) => score(x.before, x.identity, "2023-04-14")),
          current: items
            .filter((x) => x.takesPart !== "baseline")
            // The type is the current one, so the panel groups like the current cohort.
            .map((x) => score(x.after, x.identity, "2025-04-11")),
        };
      }),
  );
}

/** Checks one panel row against the per-institution statuses it counts. */
function checkCounts(
  v: Violations,
  counts: ChangeCounts | undefined,
  statuses: readonly (string | undefined)[],
  min: number,
  grouped: boolean,
  what: string,
): void {
  if (!counts) {
    v.check(false, `${what}: missing`);
    return;
  }
  const count = (s: string) => statuses.filter((x) => x === s).length;
  const changes = [count("improved"), count("declined"), count("unchanged")];
  const comparable = changes.reduce((a, b) => a + b, 0);
  const all = [counts.n, counts.improved, counts.declined, counts.unchanged, counts.notComparable];
  if (comparable < min || (grouped && counts.suppressed === "secondary")) {
    const want = comparable < min ? "size" : "secondary";
    v.check(counts.suppressed === want, `${what}: ${comparable} comparable: ${counts.suppressed}`);
    v.same(all, [null, null, null, null, null], `${what} (suppressed)`);
    return;
  }
  v.check(counts.suppressed === null, `${what}: suppressed at ${comparable} comparable`);
  v.check(counts.n === comparable, `${what}: n ${counts.n}, expected ${comparable}`);
  v.check(counts.notComparable === statuses.length - comparable, `${what}: not comparable`);
  const reason = counts.withheld.improved;
  v.same(
    [counts.withheld.declined, counts.withheld.unchanged],
    [reason, reason],
    `${what}: the three counts are one table`,
  );
  expectFigure(
    v,
    counts.improved === null ? null : [counts.improved, counts.declined, counts.unchanged],
    reason,
    ref.oneCellHoldsAllButOne(changes) ? "group" : null,
    changes,
    grouped,
    `${what} changes`,
  );
}

interface PanelPair {
  readonly type: string;
  readonly comparison: Comparison;
  readonly nothingApplicable: boolean;
}

/** Rule 5 for the panel, from the outputs: the whole panel minus the shown groups uncovers nothing. */
function checkPanelDifferences(
  v: Violations,
  grouped: readonly PanelGroup[],
  whole: PanelGroup | undefined,
  min: number,
): void {
  if (!whole || whole.suppressed !== null) return;
  const shown = grouped.filter((g) => g.suppressed === null);
  for (const kind of ["indicators", "domains"] as const) {
    for (const s of whole[kind] ?? []) {
      if (s.n === null) continue;
      const open = shown.flatMap((g) =>
        (g[kind] ?? []).filter((r) => r.id === s.id && r.n !== null),
      );
      const dn = s.n - open.reduce((a, r) => a + (r.n ?? 0), 0);
      v.check(dn === 0 || dn >= min, `${kind} ${s.id}: n uncovers ${dn}`);
      if (s.improved === null) continue;
      const cells = (r: ChangeCounts) => [r.improved ?? 0, r.declined ?? 0, r.unchanged ?? 0];
      const parts = open.filter((r) => r.improved !== null).map(cells);
      const d = cells(s).map((c, k) => c - parts.reduce((a, p) => a + (p[k] ?? 0), 0));
      v.check(ref.tablePublishable(d, min), `${kind} ${s.id}: changes uncover ${d}`);
    }
  }
}

function checkPanel(
  v: Violations,
  baseline: readonly Result[],
  current: readonly Result[],
  options: {
    minGroupSize: number;
    groupBy?: "institutionType";
    crosswalk?: typeof crosswalk2023to2025;
  },
): void {
  const change = compareSectors(baseline, current, options);
  const min = options.minGroupSize;
  const grouped = options.groupBy !== undefined;
  const pairs: PanelPair[] = [];
  for (const after of current) {
    const before = baseline.find((r) => r.institution.id === after.institution.id);
    if (!before) continue;
    const comparison = options.crosswalk
      ? compareResults(before, after, { crosswalk: options.crosswalk })
      : compareResults(before, after);
    pairs.push({
      type: options.groupBy ? (after.institution.type ?? "unknown") : "all",
      comparison,
      nothingApplicable: before.overall.applicable === 0 || after.overall.applicable === 0,
    });
  }
  const keys = [...new Set(pairs.map((p) => p.type))].sort();
  v.same(
    change.panel.map((g) => g.key),
    pairs.length === 0 && !options.groupBy ? ["all"] : keys,
    "panel keys",
  );
  const sizes = change.panel.map((g) => pairs.filter((p) => p.type === g.key).length);
  for (const g of change.panel) {
    const members = pairs.filter((p) => p.type === g.key);
    const at = `panel ${g.key}`;
    if (g.suppressed !== null) {
      v.same(
        [g.n, g.nothingApplicable, g.maturityIndexDelta, g.indicators, g.domains],
        [null, null, null, null, null],
        `${at}: suppressed but reports statistics`,
      );
      continue;
    }
    v.check(g.n === members.length, `${at}: n ${g.n}, expected ${members.length}`);
    v.check(members.length >= min, `${at}: ${members.length} < ${min} but shown`);
    const scored = members.filter((p) => !p.nothingApplicable);
    expectFigure(
      v,
      g.nothingApplicable,
      g.withheld.nothingApplicable,
      scored.length < min ? "size" : null,
      members.length - scored.length,
      grouped,
      `${at} nothingApplicable`,
    );
    checkQuartiles(
      v,
      g.maturityIndexDelta,
      g.withheld.maturityIndexDelta,
      scored.map((p) => p.comparison.overall.maturityIndex.delta),
      min,
      1,
      `${at} maturityIndexDelta`,
    );
    const comparisons = members.map((p) => p.comparison);
    for (const row of g.indicators ?? []) {
      const statuses = comparisons.map((c) => c.indicators.find((r) => r.id === row.id)?.status);
      checkCounts(v, row, statuses, min, grouped, `${at} indicator ${row.id}`);
    }
    for (const row of g.domains ?? []) {
      const statuses = comparisons.map((c) => c.domains.find((d) => d.id === row.id)?.status);
      checkCounts(v, row, statuses, min, grouped, `${at} domain ${row.id}`);
    }
    v.same(
      g.indicators?.map((r) => r.id),
      comparisons[0]?.indicators.map((r) => r.id),
      `${at}: indicator rows`,
    );
  }
  checkSuppression(v, change.panel, sizes, min);
  if (grouped) {
    const { groupBy: _, ...ungrouped } = options;
    const whole = compareSectors(baseline, current, ungrouped);
    checkPanelDifferences(v, change.panel, whole.panel[0], min);
  }
  // Cohort: everyone measured, whether in the panel or not.
  const sectorOptions = {
    minGroupSize: min,
    ...(options.groupBy ? { groupBy: options.groupBy } : {}),
  };
  v.same(change.cohort.baseline, aggregateSector(baseline, sectorOptions), "cohort baseline");
  v.same(change.cohort.current, aggregateSector(current, sectorOptions), "cohort current");
}

describe("compareSectors", () => {
  test.prop([twoMeasurementsArb(modelArb()), minGroupSizeArb], RUNS)(
    "panel counts agree with per-institution comparisons; the cohort has everyone",
    ({ baseline, current }, min) => {
      const v = new Violations();
      checkPanel(v, baseline, current, { minGroupSize: min });
      v.expectNone();
    },
  );

  test.prop([twoMeasurementsArb(miniArb), minGroupSizeArb], RUNS)(
    "the same by institution type",
    ({ baseline, current }, min) => {
      const v = new Violations();
      checkPanel(v, baseline, current, { minGroupSize: min, groupBy: "institutionType" });
      v.expectNone();
    },
  );

  it("the example panel 2023 → 2025 with the shipped crosswalk", () => {
    const baseline = loadYear("2023", kennisveiligheid2023);
    const current = loadYear("2025", kennisveiligheid2025);
    for (const min of [3, 4, 5, 6]) {
      for (const groupBy of [undefined, "institutionType"] as const) {
        const v = new Violations();
        checkPanel(v, baseline, current, {
          minGroupSize: min,
          crosswalk: crosswalk2023to2025,
          ...(groupBy ? { groupBy } : {}),
        });
        v.expectNone();
      }
    }
    const change = compareSectors(baseline, current, { crosswalk: crosswalk2023to2025 });
    expect(change.panel[0]?.n).toBe(18);
  });
});

function loadYear(year: "2023" | "2025", model: Model): Result[] {
  const dir = new URL(`../../docs/examples/panel/${year}/`, import.meta.url);
  return readdirSync(dir)
    .filter((f) => f.endsWith(".json"))
    .sort()
    .map((file) => {
      const parsed = parseAssessment(JSON.parse(readFileSync(new URL(file, dir), "utf8")), model);
      if (!parsed.ok) throw new Error(`${file}: ${formatIssues(parsed.issues)}`);
      return scoreAssessment(model, parsed.value);
    });
}
