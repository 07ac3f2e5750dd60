import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  aggregateSector,
  compareResults,
  compareSectors,
  formatIssues,
  KsmError,
  type KsmErrorCode,
  type Model,
  parseAssessment,
  parseModel,
  type Result,
  type SectorGroup,
  scoreAssessment,
} from "../../src/index.js";
import {
  crosswalk2023to2025,
  kennisveiligheid2023,
  kennisveiligheid2025,
} from "../../src/models.js";
import { uniformAssessmentDocument } from "../fixtures/arbitraries.js";
import { isDeepFrozen } from "../fixtures/deepFrozen.js";
import { miniModel } from "../fixtures/miniModel.js";

const PANEL = new URL("../../docs/examples/panel/", import.meta.url);

interface Example {
  readonly id: string;
  readonly name: string;
  readonly raw: { answers: { indicator?: string; level?: number }[] };
  readonly result: Result;
}

function loadYear(year: "2023" | "2025", model: Model): Example[] {
  const dir = new URL(`${year}/`, PANEL);
  return readdirSync(dir)
    .filter((f) => f.endsWith(".json"))
    .sort()
    .map((file) => {
      const raw = JSON.parse(readFileSync(new URL(file, dir), "utf8"));
      const parsed = parseAssessment(raw, model);
      if (!parsed.ok) throw new Error(`${file}: ${formatIssues(parsed.issues)}`);
      return {
        id: raw.institution.id,
        name: raw.institution.name,
        raw,
        result: scoreAssessment(model, parsed.value),
      };
    });
}

const examples2023 = loadYear("2023", kennisveiligheid2023);
const examples2025 = loadYear("2025", kennisveiligheid2025);
const results2023 = examples2023.map((e) => e.result);
const results2025 = examples2025.map((e) => e.result);

function expectKsmError(run: () => unknown, code: KsmErrorCode): KsmError {
  try {
    run();
  } catch (e) {
    expect(e).toBeInstanceOf(KsmError);
    expect((e as KsmError).code).toBe(code);
    return e as KsmError;
  }
  throw new Error(`expected a KsmError ${code}, nothing was thrown`);
}

function expectNoStatistics(g: SectorGroup): void {
  expect(g.maturityIndex).toBeNull();
  expect(g.targetAttainment).toBeNull();
  expect(g.indicators).toBeNull();
  expect(g.domains).toBeNull();
}

/** Every institution id and name of the example panel. */
const identities = [...examples2023, ...examples2025].flatMap((e) => [e.id, e.name]);

function expectAnonymous(output: unknown): void {
  const json = JSON.stringify(output);
  for (const identity of identities) expect(json, identity).not.toContain(identity);
}

describe("aggregateSector on the example panel (fictitious)", () => {
  it("has 18 institutions of each year, 4 hogescholen and 14 universities", () => {
    expect(examples2023.map((e) => e.id)).toEqual(examples2025.map((e) => e.id));
    expect(examples2025).toHaveLength(18);
  });

  it("reports the whole sector as one group by default", () => {
    const view = aggregateSector(results2025);
    expect(view.modelRef).toEqual({ id: "kennisveiligheid", version: "2025.2" });
    expect(view.maxLevel).toBe(5);
    expect(view.minGroupSize).toBe(3);
    expect(view.groupBy).toBeNull();
    expect(view.groups.map((g) => [g.key, g.n, g.suppressed])).toEqual([["all", 18, null]]);
    const all = view.groups[0];
    expect(all?.indicators?.map((i) => i.id)).toEqual(
      kennisveiligheid2025.domains.flatMap((d) => d.indicators.map((i) => i.id)),
    );
    expect(all?.domains?.map((d) => d.id)).toEqual(kennisveiligheid2025.domains.map((d) => d.id));
    expect(isDeepFrozen(view)).toBe(true);
  });

  it("counts the 2023 levels as they were written in the assessment files", () => {
    const view = aggregateSector(results2023);
    const all = view.groups[0];
    let shown = 0;
    for (const stats of all?.indicators ?? []) {
      const levels = examples2023.map(
        (e) => e.raw.answers.find((a) => a.indicator === stats.id)?.level,
      );
      const distribution = [0, 1, 2, 3, 4, 5].map((k) => levels.filter((l) => l === k).length);
      expect(stats.n, stats.id).toBe(18);
      if (Math.max(...distribution) >= 17) {
        // All but one at one level: withheld, and the score quartiles with it (score = level).
        expect([stats.levels, stats.withheld.levels], stats.id).toEqual([null, "group"]);
        continue;
      }
      shown++;
      expect(stats.levels, stats.id).toEqual(distribution);
      // 18 values in clusters of 3, 3, 3, 3, 3, 3: the median is the mean of the 3rd and 4th
      // cluster means (level = score here), rounded to 1 decimal.
      const sorted = levels.map((l) => l ?? Number.NaN).sort((a, b) => a - b);
      const mean = (from: number) =>
        ((sorted[from] ?? 0) + (sorted[from + 1] ?? 0) + (sorted[from + 2] ?? 0)) / 3;
      expect(stats.score?.median, stats.id).toBe(Math.round(((mean(6) + mean(9)) / 2) * 10) / 10);
    }
    expect(shown).toBeGreaterThan(5);
  });

  it("leaves out not-applicable indicators from n", () => {
    const all = aggregateSector(results2025).groups[0];
    for (const [i, stats] of (all?.indicators ?? []).entries()) {
      const applicable = results2025.filter(
        (r) => r.indicators[i]?.status !== "notApplicable",
      ).length;
      expect(stats.n, stats.id).toBe(applicable);
      // A withheld distribution is null; a shown one counts every applicable institution.
      if (stats.levels !== null) {
        expect(
          stats.levels.reduce((a, b) => a + b, 0),
          stats.id,
        ).toBe(stats.n);
      }
    }
    // Some hogescholen declare indicators not applicable in the example data.
    expect(all?.indicators?.some((s) => (s.n ?? 18) < 18)).toBe(true);
  });

  it("groups by institution type", () => {
    const view = aggregateSector(results2025, { groupBy: "institutionType" });
    expect(view.groupBy).toBe("institutionType");
    expect(view.groups.map((g) => [g.key, g.n, g.suppressed])).toEqual([
      ["hogeschool", 4, null],
      ["universiteit", 14, null],
    ]);
  });

  it("suppresses a small group and, secondarily, the smallest other group", () => {
    const view = aggregateSector(results2025, { groupBy: "institutionType", minGroupSize: 5 });
    // A suppressed group does not say how many it holds.
    expect(view.groups.map((g) => [g.key, g.n, g.suppressed])).toEqual([
      ["hogeschool", null, "size"],
      ["universiteit", null, "secondary"],
    ]);
    for (const g of view.groups) expectNoStatistics(g);
  });

  it("suppresses the whole sector below minGroupSize, and an empty sector", () => {
    const view = aggregateSector(results2025, { minGroupSize: 19 });
    expect(view.groups.map((g) => [g.key, g.n, g.suppressed])).toEqual([["all", null, "size"]]);
    expectNoStatistics(view.groups[0] as SectorGroup);
    const empty = aggregateSector([]);
    expect(empty.groups.map((g) => [g.key, g.n, g.suppressed])).toEqual([["all", null, "size"]]);
    expectNoStatistics(empty.groups[0] as SectorGroup);
  });

  it("suppresses items answered by fewer than minGroupSize institutions", () => {
    const all = aggregateSector(results2025, { minGroupSize: 15 }).groups[0];
    const applicable = (id: string) =>
      results2025.filter((r) => r.indicators.find((x) => x.id === id)?.status !== "notApplicable")
        .length;
    const hidden = all?.indicators?.filter((s) => applicable(s.id) < 15) ?? [];
    expect(hidden.length).toBeGreaterThan(0);
    for (const s of hidden) {
      expect(s.suppressed).toBe("size");
      expect([s.n, s.levels, s.score, s.shareAtTarget]).toEqual([null, null, null, null]);
    }
    for (const s of all?.indicators?.filter((x) => applicable(x.id) >= 15) ?? []) {
      expect([s.suppressed, s.n]).toEqual([null, applicable(s.id)]);
    }
  });

  it("reports quartiles of microaggregated values, rounded: each a mean of 3 institutions", () => {
    // 18 values: 6 clusters of 3 consecutive sorted values, each replaced by its mean. R type 7
    // then puts q1 at h = 4.25 (in the 2nd cluster), the median at 8.5 (between the 3rd and 4th)
    // and q3 at 12.75 (in the 5th).
    for (const results of [results2023, results2025]) {
      const all = aggregateSector(results).groups[0];
      for (const [field, decimals, values] of [
        ["maturityIndex", 1, results.map((r) => r.overall.maturityIndex)],
        ["targetAttainment", 2, results.map((r) => r.overall.targetAttainment)],
      ] as const) {
        const xs = [...values].sort((a, b) => a - b);
        const cluster = (c: number) =>
          ((xs[3 * c] ?? 0) + (xs[3 * c + 1] ?? 0) + (xs[3 * c + 2] ?? 0)) / 3;
        const round = (x: number) => Math.round(x * 10 ** decimals) / 10 ** decimals;
        expect(all?.[field], field).toEqual({
          q1: round(cluster(1)),
          median: round((cluster(2) + cluster(3)) / 2),
          q3: round(cluster(4)),
        });
      }
    }
  });

  it("names no institution", () => {
    expectAnonymous(aggregateSector(results2023));
    expectAnonymous(aggregateSector(results2025, { groupBy: "institutionType" }));
    expectAnonymous(aggregateSector(results2025, { minGroupSize: 3, groupBy: "institutionType" }));
    expectAnonymous(
      compareSectors(results2023, results2025, {
        crosswalk: crosswalk2023to2025,
        groupBy: "institutionType",
        minGroupSize: 3,
      }),
    );
  });
});

describe("misuse", () => {
  it("rejects results of different model versions", () => {
    expectKsmError(() => aggregateSector([...results2023, ...results2025]), "mixed_models");
    const mini1 = miniResult(parsed(miniModel()), "inst-a");
    const mini2 = miniResult(parsed(miniModel({ version: "2" })), "inst-b");
    expectKsmError(() => aggregateSector([mini1, mini2]), "mixed_models");
    expectKsmError(() => compareSectors([mini1, mini2], [mini2]), "mixed_models");
  });

  it("rejects an institution that appears twice, without naming it", () => {
    const model = parsed(miniModel());
    const once = miniResult(model, "inst-secret-42", "2025-03-01");
    const again = miniResult(model, "inst-secret-42", "2025-06-01");
    for (const run of [
      () => aggregateSector([once, once]),
      () => aggregateSector([once, miniResult(model, "inst-b"), again]),
      () => compareSectors([once, again], [once]),
      () => compareSectors([once], [once, again]),
    ]) {
      const error = expectKsmError(run, "duplicate_institution");
      expect(error.message).not.toContain("inst-secret-42");
      expect(error.message).not.toContain("Secret");
    }
  });

  it("rejects a minGroupSize that is not a whole number of at least 3: a floor, not a preference", () => {
    for (const minGroupSize of [0, 1, 2, 2.5, 3.5, -1, -0, Number.NaN, Number.POSITIVE_INFINITY]) {
      expectKsmError(() => aggregateSector(results2025, { minGroupSize }), "invalid_argument");
      expectKsmError(
        () =>
          compareSectors(results2023, results2025, {
            crosswalk: crosswalk2023to2025,
            minGroupSize,
          }),
        "invalid_argument",
      );
    }
    expect(aggregateSector(results2025, { minGroupSize: 3 }).minGroupSize).toBe(3);
    expect(aggregateSector(results2025).minGroupSize).toBe(3);
  });

  it("rejects results that did not come from scoreAssessment", () => {
    expectKsmError(
      () => aggregateSector([structuredClone(results2025[0] as Result)]),
      "not_parsed",
    );
  });

  it("needs the crosswalk to compare sectors across versions", () => {
    expectKsmError(() => compareSectors(results2023, results2025), "crosswalk_required");
  });
});

function parsed(doc: unknown): Model {
  const result = parseModel(doc);
  if (!result.ok) throw new Error(formatIssues(result.issues));
  return result.value;
}

function miniResult(model: Model, id: string, measuredOn = "2025-03-01", type?: string): Result {
  const doc = uniformAssessmentDocument(model, { measuredOn });
  const parsedDoc = parseAssessment(
    {
      ...doc,
      institution: { id, name: `Secret ${id}`, ...(type === undefined ? {} : { type }) },
    },
    model,
  );
  if (!parsedDoc.ok) throw new Error(formatIssues(parsedDoc.issues));
  return scoreAssessment(model, parsedDoc.value);
}

describe("secondary suppression by institution type", () => {
  const model = parsed(miniModel());
  const make = (counts: Record<string, number>): Result[] =>
    Object.entries(counts).flatMap(([type, n]) =>
      Array.from({ length: n }, (_, i) =>
        miniResult(model, `${type}-${i}`, "2025-03-01", type === "unknown" ? undefined : type),
      ),
    );

  it("suppresses the smallest other group when exactly one group is small", () => {
    const view = aggregateSector(make({ college: 2, university: 5, unknown: 4 }), {
      groupBy: "institutionType",
    });
    expect(view.groups.map((g) => [g.key, g.n, g.suppressed])).toEqual([
      ["college", null, "size"],
      ["university", 5, null],
      ["unknown", null, "secondary"],
    ]);
    expectNoStatistics(view.groups[0] as SectorGroup);
    expectNoStatistics(view.groups[2] as SectorGroup);
    expect(view.groups[1]?.indicators).not.toBeNull();
  });

  it("adds nothing when no group or more than one group is small", () => {
    const none = aggregateSector(make({ college: 3, university: 5, unknown: 4 }), {
      groupBy: "institutionType",
    });
    expect(none.groups.map((g) => g.suppressed)).toEqual([null, null, null]);
    const two = aggregateSector(make({ college: 2, university: 5, unknown: 1 }), {
      groupBy: "institutionType",
    });
    expect(two.groups.map((g) => g.suppressed)).toEqual(["size", null, "size"]);
  });

  it("hides another group when the small groups together are still too small", () => {
    // college and unknown hold 2 < 3 together: the rest of the sector would give them away.
    const view = aggregateSector(make({ college: 1, university: 6, unknown: 1 }), {
      groupBy: "institutionType",
    });
    expect(view.groups.map((g) => [g.key, g.suppressed])).toEqual([
      ["college", "size"],
      ["university", "secondary"],
      ["unknown", "size"],
    ]);
  });

  it("applies the same rule to the panel", () => {
    const results = make({ college: 2, university: 5, unknown: 4 });
    const change = compareSectors(results, results, { groupBy: "institutionType" });
    expect(change.panel.map((g) => [g.key, g.n, g.suppressed])).toEqual([
      ["college", null, "size"],
      ["university", 5, null],
      ["unknown", null, "secondary"],
    ]);
    for (const g of [change.panel[0], change.panel[2]]) {
      expect([g?.maturityIndexDelta, g?.indicators, g?.domains]).toEqual([null, null, null]);
    }
    expect(change.cohort.current.groups.map((g) => g.suppressed)).toEqual([
      "size",
      null,
      "secondary",
    ]);
  });
});

describe("institution ids that are Object.prototype names", () => {
  it("are counted like any other id", () => {
    const model = parsed(miniModel());
    const ids = ["constructor", "toString", "hasOwnProperty", "valueOf"];
    const before = ids.map((id) => miniResult(model, id, "2023-03-01"));
    const after = ids.map((id) => miniResult(model, id, "2025-03-01"));
    expect(aggregateSector(after).groups[0]?.n).toBe(4);
    const change = compareSectors(before, after.slice(1));
    expect(change.panel[0]?.n).toBe(3);
    expect(change.cohort.baseline.groups[0]?.n).toBe(4);
    const error = expectKsmError(
      () => aggregateSector([...after, miniResult(model, "constructor")]),
      "duplicate_institution",
    );
    expect(error.message).not.toContain("constructor");
  });
});

describe("compareSectors on the example panel 2023 → 2025", () => {
  const change = compareSectors(results2023, results2025, { crosswalk: crosswalk2023to2025 });
  const comparisons = results2025.map((current) => {
    const baseline = results2023.find((r) => r.institution.id === current.institution.id);
    if (!baseline) throw new Error("missing baseline");
    return compareResults(baseline, current, { crosswalk: crosswalk2023to2025 });
  });

  it("has a panel of 18 and the cohorts of both years", () => {
    expect(change.baseline).toEqual({ id: "kennisveiligheid", version: "2023.2" });
    expect(change.current).toEqual({ id: "kennisveiligheid", version: "2025.2" });
    expect(change.minGroupSize).toBe(3);
    expect(change.panel.map((g) => [g.key, g.n, g.suppressed])).toEqual([["all", 18, null]]);
    expect(change.cohort.baseline).toEqual(aggregateSector(results2023));
    expect(change.cohort.current).toEqual(aggregateSector(results2025));
    expect(isDeepFrozen(change)).toBe(true);
  });

  it("counts improved, declined and unchanged as the per-institution comparisons do", () => {
    const panel = change.panel[0];
    expect(panel?.indicators?.map((c) => c.id)).toEqual(
      comparisons[0]?.indicators.map((r) => r.id),
    );
    for (const counts of panel?.indicators ?? []) {
      const statuses = comparisons.map((c) => c.indicators.find((r) => r.id === counts.id)?.status);
      const count = (s: string) => statuses.filter((x) => x === s).length;
      const changes = [count("improved"), count("declined"), count("unchanged")];
      const comparable = changes.reduce((a, b) => a + b, 0);
      if (comparable < 3) {
        expect(counts.suppressed, counts.id).toBe("size");
        expect([counts.n, counts.improved, counts.declined, counts.unchanged]).toEqual([
          null,
          null,
          null,
          null,
        ]);
      } else if (Math.max(...changes) >= comparable - 1) {
        // All but one institution moved the same way: a member would learn the others' status.
        expect([counts.n, counts.improved, counts.withheld.improved], counts.id).toEqual([
          comparable,
          null,
          "group",
        ]);
      } else {
        expect(counts.n, counts.id).toBe(comparable);
        expect(counts.notComparable, counts.id).toBe(18 - comparable);
        expect([counts.improved, counts.declined, counts.unchanged], counts.id).toEqual(changes);
      }
    }
    for (const counts of panel?.domains ?? []) {
      const statuses = comparisons.map((c) => c.domains.find((d) => d.id === counts.id)?.status);
      const count = (s: string) => statuses.filter((x) => x === s).length;
      if (counts.suppressed !== null || counts.improved === null) continue;
      expect([counts.improved, counts.declined, counts.unchanged], counts.id).toEqual([
        count("improved"),
        count("declined"),
        count("unchanged"),
      ]);
    }
    // Indicators new in 2025 have nothing to compare in any institution.
    const exp05 = panel?.indicators?.find((c) => c.id === "EXP-05");
    expect(exp05?.suppressed).toBe("size");
  });

  it("keeps institutions measured once out of the panel, but in the cohort", () => {
    const baseline = results2023.filter(
      (r) => !["hs-dijkzicht", "uni-bosrand"].includes(r.institution.id),
    );
    const current = results2025.filter(
      (r) => !["uni-veenoord", "tu-kanaalstad", "uni-waddenkust"].includes(r.institution.id),
    );
    const partial = compareSectors(baseline, current, { crosswalk: crosswalk2023to2025 });
    expect(partial.panel[0]?.n).toBe(13);
    expect(partial.cohort.baseline.groups[0]?.n).toBe(16);
    expect(partial.cohort.current.groups[0]?.n).toBe(15);
    expectAnonymous(partial);
  });

  it("groups the panel by the current institution type", () => {
    const grouped = compareSectors(results2023, results2025, {
      crosswalk: crosswalk2023to2025,
      groupBy: "institutionType",
    });
    expect(grouped.panel.map((g) => [g.key, g.n, g.suppressed])).toEqual([
      ["hogeschool", 4, null],
      ["universiteit", 14, null],
    ]);
  });

  it("suppresses a panel smaller than minGroupSize", () => {
    const small = compareSectors(results2023, results2025, {
      crosswalk: crosswalk2023to2025,
      minGroupSize: 19,
    });
    expect(small.panel.map((g) => [g.key, g.n, g.suppressed])).toEqual([["all", null, "size"]]);
    expect([small.panel[0]?.maturityIndexDelta, small.panel[0]?.indicators]).toEqual([null, null]);
  });
});
