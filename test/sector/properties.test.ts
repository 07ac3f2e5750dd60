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

/** The p-quantile by linear interpolation between order statistics (R type 7). */
function quantile7(values: readonly number[], p: number): number {
  const xs = [...values].sort((a, b) => a - b);
  const h = (xs.length - 1) * p;
  const below = xs[Math.floor(h)] ?? Number.NaN;
  const above = xs[Math.ceil(h)] ?? Number.NaN;
  return below + (h - Math.floor(h)) * (above - below);
}

/** Collects violated expectations, so a failing property names every one of them at once. */
class Violations {
  readonly list: string[] = [];
  check(ok: boolean, message: string): void {
    if (!ok) this.list.push(message);
  }
  close(actual: number | null | undefined, expected: number, what: string): void {
    this.check(
      typeof actual === "number" && Math.abs(actual - expected) < 1e-9,
      `${what}: ${String(actual)}, expected ${expected}`,
    );
  }
  quartiles(actual: Quartiles | null, values: readonly number[], what: string): void {
    this.close(actual?.q1, quantile7(values, 0.25), `${what} q1`);
    this.close(actual?.median, quantile7(values, 0.5), `${what} median`);
    this.close(actual?.q3, quantile7(values, 0.75), `${what} q3`);
  }
  expectNone(): void {
    expect(this.list).toEqual([]);
  }
}

/** One item of one institution, reduced to what the statistics are about. */
interface Point {
  readonly level: number;
  readonly score: number;
  readonly gap: number | null;
}

/** Checks one item's statistics against the applicable points it came from. */
function checkItem(
  v: Violations,
  stats: ItemStats | undefined,
  points: readonly Point[],
  maxLevel: number,
  min: number,
  what: string,
): void {
  if (!stats) {
    v.check(false, `${what}: missing`);
    return;
  }
  const n = points.length;
  v.check(stats.n === n, `${what}: n ${stats.n}, expected ${n}`);
  if (n < min) {
    v.check(stats.suppressed === "size", `${what}: n ${n} < ${min} but ${stats.suppressed}`);
    v.check(
      stats.levels === null && stats.score === null && stats.shareAtTarget === null,
      `${what}: suppressed but reports statistics`,
    );
    return;
  }
  v.check(stats.suppressed === null, `${what}: suppressed ${stats.suppressed} at n ${n}`);
  const levels = Array.from(
    { length: maxLevel + 1 },
    (_, k) => points.filter((p) => p.level === k).length,
  );
  v.check(
    JSON.stringify(stats.levels) === JSON.stringify(levels),
    `${what}: levels ${JSON.stringify(stats.levels)}, expected ${JSON.stringify(levels)}`,
  );
  v.check((stats.levels ?? []).reduce((a, b) => a + b, 0) === n, `${what}: levels do not sum to n`);
  v.quartiles(
    stats.score,
    points.map((p) => p.score),
    `${what} score`,
  );
  v.close(stats.shareAtTarget, points.filter((p) => p.gap === 0).length / n, `${what} share`);
}

/** Checks a shown group's statistics against its members' results. */
function checkGroup(v: Violations, g: SectorGroup, members: readonly Result[], min: number): void {
  const at = `group ${g.key}`;
  v.check(g.n === members.length, `${at}: n ${g.n}, expected ${members.length}`);
  if (g.suppressed !== null) {
    v.check(
      g.maturityIndex === null &&
        g.targetAttainment === null &&
        g.indicators === null &&
        g.domains === null,
      `${at}: suppressed (${g.suppressed}) but reports statistics`,
    );
    return;
  }
  v.check(g.n >= min, `${at}: n ${g.n} < ${min} but shown`);
  const first = members[0];
  if (!first) {
    v.check(false, `${at}: shown but empty`);
    return;
  }
  v.quartiles(
    g.maturityIndex,
    members.map((r) => r.overall.maturityIndex),
    `${at} maturityIndex`,
  );
  v.quartiles(
    g.targetAttainment,
    members.map((r) => r.overall.targetAttainment),
    `${at} targetAttainment`,
  );
  first.indicators.forEach((ind, i) => {
    const points = members.flatMap((r): Point[] => {
      const x = r.indicators[i];
      if (!x || x.status === "notApplicable" || x.level === null || x.score === null) return [];
      return [{ level: x.level, score: x.score, gap: x.gap }];
    });
    checkItem(v, g.indicators?.[i], points, first.maxLevel, min, `${at} indicator ${ind.id}`);
    v.check(g.indicators?.[i]?.id === ind.id, `${at}: indicator ${i} is not ${ind.id}`);
  });
  first.domains.forEach((dom, j) => {
    const points = members.flatMap((r): Point[] => {
      const d = r.domains[j];
      if (!d || d.applicable === 0 || d.level === null || d.score === null) return [];
      return [{ level: d.level, score: d.score, gap: d.gap }];
    });
    checkItem(v, g.domains?.[j], points, first.maxLevel, min, `${at} domain ${dom.id}`);
  });
}

/** The members of each group as the design defines them: all, or by type (`unknown` if none). */
function membersOf(results: readonly Result[], key: string, grouped: boolean): Result[] {
  if (!grouped) return [...results];
  return results.filter((r) => (r.institution.type ?? "unknown") === key);
}

/**
 * Small groups carry nothing. When any group is small, the smallest other groups are `secondary`,
 * just enough that the hidden groups together hold at least `min` institutions (or none is left).
 */
function checkSuppression(
  v: Violations,
  groups: readonly { n: number; suppressed: string | null }[],
  min: number,
) {
  for (const g of groups) {
    v.check(g.n < min === (g.suppressed === "size"), `n ${g.n}, min ${min}: ${g.suppressed}`);
  }
  const anySmall = groups.some((g) => g.n > 0 && g.n < min);
  const bySize = groups.filter((g) => g.suppressed === "size").reduce((s, g) => s + g.n, 0);
  const secondary = groups.filter((g) => g.suppressed === "secondary");
  const shown = groups.filter((g) => g.suppressed === null);
  const hidden = bySize + secondary.reduce((s, g) => s + g.n, 0);
  if (groups.length < 2 || !anySmall || bySize >= min) {
    v.check(secondary.length === 0, `unexpected secondary suppression`);
    return;
  }
  v.check(hidden >= min || shown.length === 0, `hidden ${hidden} < ${min} with groups left`);
  const largestSecondary = Math.max(0, ...secondary.map((g) => g.n));
  v.check(hidden - largestSecondary < min, `more secondary suppression than needed`);
  for (const g of shown) v.check(g.n >= largestSecondary, `a larger group hidden before ${g.n}`);
}

function checkView(v: Violations, view: SectorView, results: readonly Result[], min: number) {
  const grouped = view.groupBy !== null;
  v.check(view.minGroupSize === min, `minGroupSize ${view.minGroupSize}`);
  const keys = view.groups.map((g) => g.key);
  v.check(JSON.stringify(keys) === JSON.stringify([...keys].sort()), `groups not sorted: ${keys}`);
  const expectedKeys = grouped
    ? [...new Set(results.map((r) => r.institution.type ?? "unknown"))].sort()
    : ["all"];
  v.check(
    JSON.stringify(keys) === JSON.stringify(expectedKeys),
    `group keys ${keys}, expected ${expectedKeys}`,
  );
  for (const g of view.groups) checkGroup(v, g, membersOf(results, g.key, grouped), min);
  checkSuppression(v, view.groups, min);
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
const minGroupSizeArb = fc.integer({ min: 1, max: 6 });

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
      for (const min of [1, 3, 5, 15]) {
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
        JSON.stringify(compareSectors(half, results, { ...options, minGroupSize: 1 })),
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
  what: string,
): void {
  if (!counts) {
    v.check(false, `${what}: missing`);
    return;
  }
  const count = (s: string) => statuses.filter((x) => x === s).length;
  const comparable = count("improved") + count("declined") + count("unchanged");
  v.check(counts.n === statuses.length, `${what}: n ${counts.n}, expected ${statuses.length}`);
  if (comparable < min) {
    v.check(counts.suppressed === "size", `${what}: ${comparable} comparable < ${min}, shown`);
    v.check(
      counts.improved === null &&
        counts.declined === null &&
        counts.unchanged === null &&
        counts.notComparable === null,
      `${what}: suppressed but reports counts`,
    );
    return;
  }
  v.check(counts.suppressed === null, `${what}: suppressed at ${comparable} comparable`);
  const got = [counts.improved, counts.declined, counts.unchanged];
  const want = [count("improved"), count("declined"), count("unchanged")];
  v.check(
    JSON.stringify(got) === JSON.stringify(want),
    `${what}: improved/declined/unchanged ${got}, expected ${want}`,
  );
  v.check(
    comparable + (counts.notComparable ?? Number.NaN) === statuses.length,
    `${what}: counts do not add up to n`,
  );
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
  const pairs: { type: string; comparison: Comparison }[] = [];
  for (const after of current) {
    const before = baseline.find((r) => r.institution.id === after.institution.id);
    if (!before) continue;
    const comparison = options.crosswalk
      ? compareResults(before, after, { crosswalk: options.crosswalk })
      : compareResults(before, after);
    pairs.push({
      type: options.groupBy ? (after.institution.type ?? "unknown") : "all",
      comparison,
    });
  }
  const keys = [...new Set(pairs.map((p) => p.type))].sort();
  v.check(
    JSON.stringify(change.panel.map((g) => g.key)) ===
      JSON.stringify(pairs.length === 0 && !options.groupBy ? ["all"] : keys),
    `panel keys ${change.panel.map((g) => g.key)}, expected ${keys}`,
  );
  v.check(
    change.panel.reduce((a, g) => a + g.n, 0) === pairs.length,
    `panel size ${change.panel.map((g) => g.n)}, expected ${pairs.length} in both`,
  );
  for (const g of change.panel) {
    const members = pairs.filter((p) => p.type === g.key).map((p) => p.comparison);
    const at = `panel ${g.key}`;
    v.check(g.n === members.length, `${at}: n ${g.n}, expected ${members.length}`);
    if (g.suppressed !== null) {
      v.check(
        g.maturityIndexDelta === null && g.indicators === null && g.domains === null,
        `${at}: suppressed but reports statistics`,
      );
      continue;
    }
    v.check(g.n >= min, `${at}: ${g.n} < ${min} but shown`);
    v.quartiles(
      g.maturityIndexDelta,
      members.map((c) => c.overall.maturityIndex.delta),
      `${at} maturityIndexDelta`,
    );
    for (const row of g.indicators ?? []) {
      const statuses = members.map((c) => c.indicators.find((r) => r.id === row.id)?.status);
      checkCounts(v, row, statuses, min, `${at} indicator ${row.id}`);
    }
    for (const row of g.domains ?? []) {
      const statuses = members.map((c) => c.domains.find((d) => d.id === row.id)?.status);
      checkCounts(v, row, statuses, min, `${at} domain ${row.id}`);
    }
    const first = members[0];
    v.check(
      JSON.stringify(g.indicators?.map((r) => r.id)) ===
        JSON.stringify(first?.indicators.map((r) => r.id)),
      `${at}: indicator rows differ from the comparisons'`,
    );
  }
  checkSuppression(v, change.panel, min);
  // Cohort: everyone measured, whether in the panel or not.
  const sectorOptions = {
    minGroupSize: min,
    ...(options.groupBy ? { groupBy: options.groupBy } : {}),
  };
  v.check(
    JSON.stringify(change.cohort.baseline) ===
      JSON.stringify(aggregateSector(baseline, sectorOptions)),
    "cohort baseline differs from aggregateSector",
  );
  v.check(
    JSON.stringify(change.cohort.current) ===
      JSON.stringify(aggregateSector(current, sectorOptions)),
    "cohort current differs from aggregateSector",
  );
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
    for (const min of [1, 3, 5]) {
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
