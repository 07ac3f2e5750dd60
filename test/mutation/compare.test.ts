// Comparison figures computed inside the tests: the suites in test/compare build their
// comparisons in describe bodies, which Stryker's per-test mutant activation does not see.
import { describe, expect, it } from "vitest";
import {
  type Comparison,
  compareResults,
  formatIssues,
  type Model,
  parseAssessment,
  type Result,
  scoreAssessment,
} from "../../src/index.js";
import { pushAt, removeAt, renameId } from "../fixtures/jsonEdit.js";
import {
  type CrosswalkDocument,
  type ModelDocument,
  miniCrosswalk,
  miniModel,
} from "../fixtures/miniModel.js";
import { parsedCrosswalk, parsedModel } from "../fixtures/parsed.js";
import { thrown } from "../fixtures/thrown.js";

type Answers = Record<string, string | number>;

function score(
  m: Model,
  answers: Answers,
  measuredOn: string,
  risk: Record<string, number> = { exposure: 2, partnerships: 0 },
): Result {
  const level = new Set(
    m.domains.flatMap((d) => d.indicators.filter((i) => i.rating === "level").map((i) => i.id)),
  );
  const parsed = parseAssessment(
    {
      modelRef: { id: m.id, version: m.version },
      institution: { id: "inst-a", name: "Institute A", type: "college" },
      measuredOn,
      assessedBy: "self",
      riskProfile: risk,
      answers: Object.entries(answers).map(([id, v]) => {
        const key = level.has(id) ? "indicator" : "practice";
        if (v === "NA") return { [key]: id, code: "NA", rationale: "Not part of our work." };
        return typeof v === "number" ? { indicator: id, level: v } : { practice: id, code: v };
      }),
    },
    m,
  );
  if (!parsed.ok) throw new Error(formatIssues(parsed.issues));
  return scoreAssessment(m, parsed.value);
}

const v1 = () => parsedModel(miniModel());

// Tier high (exposure 2): targets gov-policy 3, gov-roles 2, ops-screening 3, ops-training 2;
// gov-policy weighs 2 × 1.5.
const before: Answers = {
  "gov-policy.1a": "F",
  "gov-policy.1b": "F",
  "gov-policy.2": "N",
  "gov-policy.3": "N",
  "gov-roles.1": "NA",
  "gov-roles.2": "NA",
  "gov-roles.3": "NA",
  "ops-screening": 2,
  "ops-training.1": "L",
  "ops-training.2": "N",
  "ops-training.3": "N",
};
const after: Answers = {
  ...before,
  "gov-policy.2": "F",
  "gov-policy.3": "P",
  "gov-roles.1": "F",
  "gov-roles.2": "N",
  "gov-roles.3": "N",
  "ops-screening": 1,
};

const round = (x: unknown): unknown =>
  typeof x === "number"
    ? Math.round(x * 1e9) / 1e9
    : Array.isArray(x)
      ? x.map(round)
      : x !== null && typeof x === "object"
        ? Object.fromEntries(Object.entries(x).map(([k, v]) => [k, round(v)]))
        : x;

describe("a comparison within one model version", () => {
  const compare = (): Comparison => {
    const m = v1();
    return compareResults(score(m, before, "2023-03-01"), score(m, after, "2025-03-01"));
  };

  it("has the figures of every row", () => {
    const c = compare();
    expect(round(c.indicators)).toEqual([
      {
        id: "gov-policy",
        from: ["gov-policy"],
        mapping: "identity",
        domain: "governance",
        baseline: { level: 1, score: 1, target: 3 },
        current: { level: 2, score: 2.333333333, target: 3 },
        levelDelta: 1,
        scoreDelta: 1.333333333,
        status: "improved",
        progressToTarget: 0.666666667,
      },
      {
        id: "gov-roles",
        from: ["gov-roles"],
        mapping: "identity",
        domain: "governance",
        baseline: { level: null, score: null, target: 2 },
        current: { level: 1, score: 1, target: 2 },
        levelDelta: null,
        scoreDelta: null,
        status: "notComparable",
        progressToTarget: null,
      },
      {
        id: "ops-screening",
        from: ["ops-screening"],
        mapping: "identity",
        domain: "operations",
        baseline: { level: 2, score: 2, target: 3 },
        current: { level: 1, score: 1, target: 3 },
        levelDelta: -1,
        scoreDelta: -1,
        status: "declined",
        progressToTarget: -1,
      },
      {
        id: "ops-training",
        from: ["ops-training"],
        mapping: "identity",
        domain: "operations",
        baseline: { level: 1, score: 1, target: 2 },
        current: { level: 1, score: 1, target: 2 },
        levelDelta: 0,
        scoreDelta: 0,
        status: "unchanged",
        progressToTarget: 0,
      },
    ]);
  });

  it("has the figures of every domain, over the comparable rows with base weights", () => {
    const c = compare();
    expect(round(c.domains)).toEqual([
      {
        id: "governance",
        n: 1,
        baseline: { level: 1, score: 1, target: 3 },
        current: { level: 2, score: 2.333333333, target: 3 },
        levelDelta: 1,
        scoreDelta: 1.333333333,
        status: "improved",
        progressToTarget: 0.666666667,
        improved: 1,
        declined: 0,
        unchanged: 0,
      },
      {
        id: "operations",
        n: 2,
        baseline: { level: 1, score: 1.5, target: 2.5 },
        current: { level: 1, score: 1, target: 2.5 },
        levelDelta: 0,
        scoreDelta: -0.5,
        status: "declined",
        progressToTarget: -0.5,
        improved: 0,
        declined: 1,
        unchanged: 1,
      },
    ]);
  });

  it("has the overall figures", () => {
    const c = compare();
    // Index 6/5 → 10/6; attainment 1 − 8/14 → 1 − 7/16; 24 months.
    expect(round(c.overall)).toEqual({
      months: 24,
      maturityIndex: { from: 1.2, to: 1.666666667, delta: 0.466666667 },
      pacePerYear: 0.233333333,
      targetAttainment: { from: 0.428571429, to: 0.5625, delta: 0.133928571 },
      mostImproved: ["gov-policy"],
      mostDeclined: ["ops-screening"],
      newIndicators: [],
      retiredIndicators: [],
      compatibility: 1,
      counts: { improved: 1, declined: 1, unchanged: 1, new: 0, retired: 0, notComparable: 1 },
    });
    expect(c.kind).toBe("comparison");
    expect(c.institution).toStrictEqual({ id: "inst-a", name: "Institute A" });
    expect(c.baseline).toEqual({
      modelRef: { id: "mini", version: "1" },
      measuredOn: "2023-03-01",
      tier: "high",
    });
    expect(c.current).toEqual({
      modelRef: { id: "mini", version: "1" },
      measuredOn: "2025-03-01",
      tier: "high",
    });
  });

  it("shows the tier of each side and the months backwards", () => {
    const m = v1();
    const low = { exposure: 0, partnerships: 0 };
    const c = compareResults(score(m, after, "2025-03-01", low), score(m, before, "2023-01-31"));
    expect(c.baseline.tier).toBe("low");
    expect(c.current.tier).toBe("high");
    expect(c.overall.months).toBe(-25);
    expect(c.overall.pacePerYear).toBeCloseTo((c.overall.maturityIndex.delta * 12) / -25, 12);
  });

  it("has no pace within a month, and no progress at or above target", () => {
    const m = v1();
    const c = compareResults(score(m, before, "2025-03-01"), score(m, after, "2025-03-31"));
    expect(c.overall.months).toBe(0);
    expect(c.overall.pacePerYear).toBeNull();
    const full: Answers = {
      ...after,
      "gov-policy.3": "F",
      "ops-training.2": "F",
      "ops-training.3": "F",
      "ops-screening": 3,
    };
    const d = compareResults(score(m, full, "2023-03-01"), score(m, after, "2025-03-01"));
    // gov-roles stays below its target: progress 0; the others start at or above theirs.
    expect(d.indicators.map((r) => r.progressToTarget)).toEqual([null, 0, null, null]);
    expect(d.overall.mostDeclined).toEqual(["ops-screening", "ops-training", "gov-policy"]);
    expect(d.overall.mostImproved).toEqual([]);
  });

  it("ranks ties by id and keeps at most five", () => {
    const m = parsedModel(
      (() => {
        const doc = miniModel();
        const ops = doc.domains[1];
        if (!ops) throw new Error("no domain");
        for (const id of ["z-7", "a-7", "m-7", "b-7", "y-7"]) {
          ops.indicators.push({
            ...structuredClone(ops.indicators[0] as (typeof ops.indicators)[number]),
            id,
          });
        }
        return doc;
      })(),
    );
    const lvl = (n: number): Answers =>
      Object.fromEntries(["ops-screening", "z-7", "a-7", "m-7", "b-7", "y-7"].map((i) => [i, n]));
    const c = compareResults(score(m, lvl(1), "2023-03-01"), score(m, lvl(2), "2025-03-01"));
    expect(c.overall.mostImproved).toEqual(["a-7", "b-7", "m-7", "ops-screening", "y-7"]);
    const back = compareResults(score(m, lvl(2), "2023-03-01"), score(m, lvl(1), "2025-03-01"));
    expect(back.overall.mostDeclined).toEqual(["a-7", "b-7", "m-7", "ops-screening", "y-7"]);
  });
});

describe("misuse messages name the versions and ids", () => {
  const m1 = v1();
  const m2 = parsedModel(miniModel({ version: "2" }));
  const a1 = () => score(m1, before, "2023-03-01");
  const b2 = () => score(m2, after, "2025-03-01");

  it("crosswalk_required", () => {
    const e = thrown(() => compareResults(a1(), b2()));
    expect(e.code).toBe("crosswalk_required");
    expect(e.message).toContain("mini@1");
    expect(e.message).toContain("mini@2");
  });

  it("model_mismatch", () => {
    const m3 = parsedModel(miniModel({ version: "3" }));
    const cw13 = parsedCrosswalk(miniCrosswalk(miniModel(), miniModel({ version: "3" })), m1, m3);
    const e = thrown(() => compareResults(a1(), b2(), { crosswalk: cw13 }));
    expect(e.code).toBe("model_mismatch");
    expect(e.message).toContain("mini@1 → mini@3");
    expect(e.message).toContain("mini@1 → mini@2");
  });

  it("crosswalk_mismatch for an id the results do not have, named with its path", () => {
    const doc = miniCrosswalk();
    doc.mappings.push({ type: "added", to: "ghost" });
    const e = thrown(() => compareResults(a1(), b2(), { crosswalk: parsedCrosswalk(doc) }));
    expect(e.code).toBe("crosswalk_mismatch");
    expect(e.message).toContain('"ghost"');
    expect(e.issues.map((i) => [i.code, i.path, i.params.id])).toEqual([
      ["unknown_indicator", ["mappings", doc.mappings.length - 1, "to"], "ghost"],
    ]);
  });
});

const text = (en: string) => ({ nl: `NL: ${en}`, en });

function levelIndicator(id: string) {
  return {
    id,
    title: text(`Indicator ${id}`),
    description: text(`What ${id} is about.`),
    sources: [{ source: "guide", ref: "9.9" }],
    rating: "level" as const,
    weight: 1,
    targets: { low: 1, high: 2 },
    notApplicable: { allowed: true as const, rationale: text("Not everyone does this.") },
  };
}

/** As in test/compare: v2 keeps gov-policy, splits gov-roles, merges ops-*, adds and retires. */
function versions(): { m1: Model; m2: Model } {
  const one = pushAt(miniModel(), ["domains", 1, "indicators"], levelIndicator("ops-legacy"));
  let two: ModelDocument = miniModel({ version: "2" });
  two = renameId(two, "gov-roles", "gov-roles-assign");
  pushAt(two, ["domains", 0, "indicators"], levelIndicator("gov-roles-review"));
  removeAt(two, ["domains", 1, "indicators", 0]);
  two = renameId(two, "ops-training", "ops-people");
  pushAt(two, ["domains"], {
    id: "reporting",
    title: text("Reporting"),
    description: text("Incidents are reported."),
    indicators: [levelIndicator("rep-incidents")],
  });
  return { m1: parsedModel(one), m2: parsedModel(two) };
}

function walk(combine: "min" | "mean" | "max"): CrosswalkDocument {
  return {
    from: { id: "mini", version: "1" },
    to: { id: "mini", version: "2" },
    mappings: [
      { type: "retired", from: "ops-legacy" },
      { type: "added", to: "rep-incidents" },
      { type: "merge", from: ["ops-screening", "ops-training"], to: "ops-people", combine },
      { type: "split", from: "gov-roles", to: ["gov-roles-review", "gov-roles-assign"] },
      { type: "same", from: "gov-policy", to: "gov-policy" },
    ],
  };
}

describe("a comparison across versions", () => {
  // Baseline: gov-policy 2, gov-roles 2, ops-screening 1, ops-training 2 + 1/3, ops-legacy 3.
  const baseline: Answers = {
    "gov-policy.1a": "F",
    "gov-policy.1b": "F",
    "gov-policy.2": "F",
    "gov-policy.3": "N",
    "gov-roles.1": "F",
    "gov-roles.2": "L",
    "gov-roles.3": "N",
    "ops-screening": 1,
    "ops-training.1": "F",
    "ops-training.2": "F",
    "ops-training.3": "P",
    "ops-legacy": 3,
  };
  // Current: gov-policy 3, gov-roles-assign 1, gov-roles-review 2, ops-people 2, rep-incidents 0.
  const current: Answers = {
    "gov-policy.1a": "F",
    "gov-policy.1b": "F",
    "gov-policy.2": "F",
    "gov-policy.3": "F",
    "gov-roles.1": "F",
    "gov-roles.2": "N",
    "gov-roles.3": "N",
    "gov-roles-review": 2,
    "ops-training.1": "F",
    "ops-training.2": "L",
    "ops-training.3": "N",
    "rep-incidents": 0,
  };
  const compare = (combine: "min" | "mean" | "max"): Comparison => {
    const { m1, m2 } = versions();
    return compareResults(score(m1, baseline, "2023-03-01"), score(m2, current, "2025-03-01"), {
      crosswalk: parsedCrosswalk(walk(combine), m1, m2),
    });
  };

  it("orders rows as the current model, retired rows last, with their figures", () => {
    const c = compare("min");
    expect(round(c.indicators)).toEqual([
      {
        id: "gov-policy",
        from: ["gov-policy"],
        mapping: "same",
        domain: "governance",
        baseline: { level: 2, score: 2, target: 3 },
        current: { level: 3, score: 3, target: 3 },
        levelDelta: 1,
        scoreDelta: 1,
        status: "improved",
        progressToTarget: 1,
      },
      {
        id: "gov-roles-assign",
        from: ["gov-roles"],
        mapping: "split",
        domain: "governance",
        baseline: { level: 2, score: 2, target: 2 },
        current: { level: 1, score: 1, target: 2 },
        levelDelta: -1,
        scoreDelta: -1,
        status: "declined",
        progressToTarget: null,
      },
      {
        id: "gov-roles-review",
        from: ["gov-roles"],
        mapping: "split",
        domain: "governance",
        baseline: { level: 2, score: 2, target: 2 },
        current: { level: 2, score: 2, target: 2 },
        levelDelta: 0,
        scoreDelta: 0,
        status: "unchanged",
        progressToTarget: null,
      },
      {
        id: "ops-people",
        from: ["ops-screening", "ops-training"],
        mapping: "merge",
        domain: "operations",
        baseline: { level: 1, score: 1, target: 2 },
        current: { level: 2, score: 2, target: 2 },
        levelDelta: 1,
        scoreDelta: 1,
        status: "improved",
        progressToTarget: 1,
      },
      {
        id: "rep-incidents",
        from: [],
        mapping: "added",
        domain: "reporting",
        baseline: null,
        current: { level: 0, score: 0, target: 2 },
        levelDelta: null,
        scoreDelta: null,
        status: "new",
        progressToTarget: null,
      },
      {
        id: "ops-legacy",
        from: ["ops-legacy"],
        mapping: "retired",
        domain: "operations",
        baseline: { level: 3, score: 3, target: 2 },
        current: null,
        levelDelta: null,
        scoreDelta: null,
        status: "retired",
        progressToTarget: null,
      },
    ]);
  });

  it("gives domains their comparable rows, and a domain of only new rows the status new", () => {
    const c = compare("min");
    expect(round(c.domains)).toEqual([
      {
        id: "governance",
        n: 3,
        baseline: { level: 2, score: 2, target: 2.5 },
        current: { level: 1, score: 2.25, target: 2.5 },
        levelDelta: -1,
        scoreDelta: 0.25,
        status: "improved",
        progressToTarget: 0.5,
        improved: 1,
        declined: 1,
        unchanged: 1,
      },
      {
        id: "operations",
        n: 1,
        baseline: { level: 1, score: 1, target: 2 },
        current: { level: 2, score: 2, target: 2 },
        levelDelta: 1,
        scoreDelta: 1,
        status: "improved",
        progressToTarget: 1,
        improved: 1,
        declined: 0,
        unchanged: 0,
      },
      {
        id: "reporting",
        n: 0,
        baseline: null,
        current: null,
        levelDelta: null,
        scoreDelta: null,
        status: "new",
        progressToTarget: null,
        improved: 0,
        declined: 0,
        unchanged: 0,
      },
    ]);
  });

  it("has the overall figures: four of six rows on both sides", () => {
    expect(round(compare("min").overall)).toEqual({
      months: 24,
      maturityIndex: { from: 2.047619048, to: 2, delta: -0.047619048 },
      pacePerYear: -0.023809524,
      targetAttainment: { from: 0.722222222, to: 0.823529412, delta: 0.10130719 },
      mostImproved: ["gov-policy", "ops-people"],
      mostDeclined: ["gov-roles-assign"],
      newIndicators: ["rep-incidents"],
      retiredIndicators: ["ops-legacy"],
      compatibility: 0.666666667,
      counts: { improved: 2, declined: 1, unchanged: 1, new: 1, retired: 1, notComparable: 0 },
    });
  });

  it("merges by mean and by max, targets included", () => {
    const people = (c: Comparison) => c.indicators.find((r) => r.id === "ops-people");
    expect(round(people(compare("mean")))).toMatchObject({
      baseline: { level: 1.5, score: 1.666666667, target: 2.5 },
      levelDelta: 0.5,
      scoreDelta: 0.333333333,
      status: "improved",
      progressToTarget: 1,
    });
    expect(round(people(compare("max")))).toMatchObject({
      baseline: { level: 2, score: 2.333333333, target: 3 },
      levelDelta: 0,
      scoreDelta: -0.333333333,
      status: "declined",
      progressToTarget: null,
    });
  });
});

describe("a domain with both new and comparable rows", () => {
  it("takes its status from the comparable rows", () => {
    const m1 = v1();
    const two = miniModel({ version: "2" });
    pushAt(two, ["domains", 0, "indicators"], levelIndicator("gov-new"));
    const m2 = parsedModel(two);
    const doc = miniCrosswalk(miniModel(), two);
    const c = compareResults(score(m1, before, "2023-03-01"), score(m2, after, "2025-03-01"), {
      crosswalk: parsedCrosswalk(doc, m1, m2),
    });
    expect(c.indicators.find((r) => r.id === "gov-new")?.status).toBe("new");
    expect(c.domains[0]).toMatchObject({ id: "governance", n: 1, status: "improved" });
  });
});

describe("values that did not come from scoreAssessment or parseCrosswalk", () => {
  it("are named in the error", () => {
    const m = v1();
    const r = score(m, before, "2023-03-01");
    const plain = JSON.parse(JSON.stringify(r));
    expect(thrown(() => compareResults(plain, r)).message).toContain("the baseline");
    expect(thrown(() => compareResults(r, plain)).message).toContain("the current result");
    const e = thrown(() => compareResults(r, r, { crosswalk: { mappings: [] } as never }));
    expect(e.code).toBe("not_parsed");
    expect(e.message).toContain("the crosswalk");
  });
});

describe("merging predecessors", () => {
  const merged = (combine: "min" | "mean" | "max", baseline: Answers) => {
    const { m1, m2 } = versions();
    const doc = walk(combine);
    // The predecessors in the other order: the rule, not the order, picks the figure.
    doc.mappings[2] = {
      type: "merge",
      from: ["ops-training", "ops-screening"],
      to: "ops-people",
      combine,
    };
    const c = compareResults(
      score(m1, baseline, "2023-03-01"),
      score(m2, { "ops-training.1": "F" }, "2025-03-01"),
      { crosswalk: parsedCrosswalk(doc, m1, m2) },
    );
    return c.indicators.find((r) => r.id === "ops-people")?.baseline;
  };
  const both: Answers = {
    "ops-screening": 1,
    "ops-training.1": "F",
    "ops-training.2": "F",
    "ops-training.3": "P",
  };

  it("takes the lowest, the highest or the mean level and score", () => {
    expect(round(merged("min", both))).toEqual({ level: 1, score: 1, target: 2 });
    expect(round(merged("max", both))).toEqual({ level: 2, score: 2.333333333, target: 3 });
    expect(round(merged("mean", both))).toEqual({
      level: 1.5,
      score: 1.666666667,
      target: 2.5,
    });
  });

  it("has no baseline level or score when no predecessor has one, but keeps the target", () => {
    expect(merged("min", {})).toEqual({ level: null, score: null, target: 2 });
    expect(merged("mean", {})).toEqual({ level: null, score: null, target: 2.5 });
    expect(merged("max", { "ops-legacy": 1 })).toEqual({ level: null, score: null, target: 3 });
  });
});
