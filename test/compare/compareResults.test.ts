import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  type CompareOptions,
  type Comparison,
  compareResults,
  formatIssues,
  type IndicatorChange,
  type IndicatorResult,
  KsmError,
  type KsmErrorCode,
  type Model,
  parseAssessment,
  parseCrosswalk,
  type Result,
  scoreAssessment,
} from "../../src/index.js";
import {
  crosswalk2023to2025,
  kennisveiligheid2023,
  kennisveiligheid2025,
} from "../../src/models.js";
import { uniformAssessmentDocument } from "../fixtures/arbitraries.js";
import { isDeepFrozen } from "../fixtures/deepFrozen.js";
import { pushAt, removeAt, renameId } from "../fixtures/jsonEdit.js";
import {
  type CrosswalkDocument,
  type ModelDocument,
  miniCrosswalk,
  miniModel,
} from "../fixtures/miniModel.js";
import { parsedCrosswalk, parsedModel } from "../fixtures/parsed.js";

/** Practice codes (`"F"`, `"NA"`, …) by practice id, levels (or `"NA"`) by level-rated indicator. */
type Answers = Record<string, string | number>;

interface ScoreInput {
  readonly measuredOn?: string;
  readonly risk?: Record<string, number>;
  readonly type?: string;
  readonly institution?: string;
}

function score(m: Model, answers: Answers, input: ScoreInput = {}): Result {
  const level = new Set(
    m.domains.flatMap((d) => d.indicators.filter((i) => i.rating === "level").map((i) => i.id)),
  );
  const doc = {
    modelRef: { id: m.id, version: m.version },
    institution: {
      id: input.institution ?? "inst-a",
      name: "Institute A",
      type: input.type ?? "college",
    },
    measuredOn: input.measuredOn ?? "2025-03-01",
    assessedBy: "self",
    riskProfile: input.risk ?? { exposure: 2, partnerships: 0 },
    answers: Object.entries(answers).map(([id, v]) => {
      const key = level.has(id) ? "indicator" : "practice";
      if (v === "NA") return { [key]: id, code: "NA", rationale: "Not part of our work." };
      return typeof v === "number" ? { indicator: id, level: v } : { practice: id, code: v };
    }),
  };
  const parsed = parseAssessment(doc, m);
  if (!parsed.ok) throw new Error(formatIssues(parsed.issues));
  return scoreAssessment(m, parsed.value);
}

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

function row(c: Comparison, id: string): IndicatorChange {
  const found = c.indicators.find((r) => r.id === id);
  if (!found) throw new Error(`no row ${id}`);
  return found;
}

function indicator(r: Result, id: string): IndicatorResult {
  const found = r.indicators.find((i) => i.id === id);
  if (!found) throw new Error(`no indicator ${id}`);
  return found;
}

const v1 = parsedModel(miniModel());

// Tier `high` (exposure 2): targets gov-policy 3, gov-roles 2, ops-screening 3, ops-training 2.
const baselineAnswers: Answers = {
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
const currentAnswers: Answers = {
  ...baselineAnswers,
  "gov-policy.2": "F",
  "gov-policy.3": "P",
  "gov-roles.1": "F",
  "gov-roles.2": "N",
  "gov-roles.3": "N",
  "ops-screening": 1,
};

describe("compareResults, same model version", () => {
  const baseline = score(v1, baselineAnswers, { measuredOn: "2023-03-01" });
  const current = score(v1, currentAnswers, { measuredOn: "2025-03-01" });
  const c = compareResults(baseline, current);

  it("matches rows by id, in model order, with mapping identity", () => {
    expect(c.indicators.map((r) => [r.id, r.from, r.mapping])).toEqual([
      ["gov-policy", ["gov-policy"], "identity"],
      ["gov-roles", ["gov-roles"], "identity"],
      ["ops-screening", ["ops-screening"], "identity"],
      ["ops-training", ["ops-training"], "identity"],
    ]);
    expect(c.indicators.map((r) => r.domain)).toEqual([
      "governance",
      "governance",
      "operations",
      "operations",
    ]);
  });

  it("sets status by the score delta: improved, declined, unchanged", () => {
    const policy = row(c, "gov-policy");
    expect(policy.baseline).toEqual({ level: 1, score: 1, target: 3 });
    expect(policy.current?.level).toBe(2);
    expect(policy.current?.score).toBeCloseTo(2 + 1 / 3, 12);
    expect(policy.levelDelta).toBe(1);
    expect(policy.scoreDelta).toBeCloseTo(4 / 3, 12);
    expect(policy.status).toBe("improved");

    const screening = row(c, "ops-screening");
    expect(screening.levelDelta).toBe(-1);
    expect(screening.scoreDelta).toBe(-1);
    expect(screening.status).toBe("declined");

    const training = row(c, "ops-training");
    expect(training.levelDelta).toBe(0);
    expect(training.scoreDelta).toBe(0);
    expect(training.status).toBe("unchanged");
  });

  it("is notComparable when the baseline side is not applicable", () => {
    const roles = row(c, "gov-roles");
    expect(roles.status).toBe("notComparable");
    expect(roles.baseline).toEqual({ level: null, score: null, target: 2 });
    expect(roles.current?.level).toBe(1);
    expect(roles.levelDelta).toBeNull();
    expect(roles.scoreDelta).toBeNull();
    expect(roles.progressToTarget).toBeNull();
  });

  it("is notComparable when the current side is not applicable or unanswered", () => {
    const { "ops-screening": _, ...withoutScreening } = currentAnswers;
    const later = score(
      v1,
      { ...withoutScreening, "gov-roles.1": "NA", "gov-roles.2": "NA", "gov-roles.3": "NA" },
      { measuredOn: "2025-03-01" },
    );
    expect(indicator(later, "ops-screening").status).toBe("unanswered");
    const both = compareResults(score(v1, currentAnswers), later);
    for (const id of ["gov-roles", "ops-screening"]) {
      expect(row(both, id).status).toBe("notComparable");
      expect(row(both, id).scoreDelta).toBeNull();
      expect(row(both, id).levelDelta).toBeNull();
      expect(row(both, id).current?.score).toBeNull();
    }
    // An unanswered baseline is not a level-0 baseline either.
    const reversed = compareResults(later, score(v1, currentAnswers));
    expect(row(reversed, "ops-screening").status).toBe("notComparable");
  });

  it("computes progressToTarget on scores against the current target", () => {
    // (7/3 − 1) / (3 − 1)
    expect(row(c, "gov-policy").progressToTarget).toBeCloseTo(2 / 3, 12);
    // (1 − 2) / (3 − 2)
    expect(row(c, "ops-screening").progressToTarget).toBe(-1);
    // (1 − 1) / (2 − 1)
    expect(row(c, "ops-training").progressToTarget).toBe(0);
  });

  it("has no progressToTarget when the baseline is at or above the target", () => {
    const at = score(v1, { ...baselineAnswers, "ops-screening": 3 });
    const above = score(
      v1,
      { ...baselineAnswers, "ops-screening": 3 },
      { risk: { exposure: 0, partnerships: 0 } },
    );
    expect(indicator(above, "ops-screening").target).toBe(1);
    const later = score(v1, { ...baselineAnswers, "ops-screening": 2 });
    expect(row(compareResults(at, later), "ops-screening").progressToTarget).toBeNull();
    const lowLater = score(
      v1,
      { ...baselineAnswers, "ops-screening": 2 },
      {
        risk: { exposure: 0, partnerships: 0 },
      },
    );
    expect(row(compareResults(above, lowLater), "ops-screening").progressToTarget).toBeNull();
  });

  it("records the target on each side, also when the risk profile changed", () => {
    const low = score(v1, baselineAnswers, {
      measuredOn: "2023-03-01",
      risk: { exposure: 0, partnerships: 0 },
    });
    const comparison = compareResults(low, current);
    expect(row(comparison, "gov-policy").baseline?.target).toBe(2);
    expect(row(comparison, "gov-policy").current?.target).toBe(3);
    expect(comparison.baseline.tier).toBe("low");
    expect(comparison.current.tier).toBe("high");
    // progress is measured against the current target: (7/3 − 1) / (3 − 1)
    expect(row(comparison, "gov-policy").progressToTarget).toBeCloseTo(2 / 3, 12);
  });

  it("counts whole months with date-fns and derives the pace per year", () => {
    expect(c.overall.months).toBe(24);
    const { from, to, delta } = c.overall.maturityIndex;
    expect(from).toBe(baseline.overall.maturityIndex);
    expect(to).toBe(current.overall.maturityIndex);
    expect(delta).toBeCloseTo(to - from, 12);
    expect(c.overall.pacePerYear).toBeCloseTo((delta * 12) / 24, 12);
    expect(c.overall.targetAttainment).toEqual({
      from: baseline.overall.targetAttainment,
      to: current.overall.targetAttainment,
      delta: current.overall.targetAttainment - baseline.overall.targetAttainment,
    });

    const cases: [string, string, number][] = [
      ["2023-04-14", "2025-04-11", 23],
      ["2023-04-14", "2025-04-14", 24],
      ["2024-01-15", "2024-02-14", 0],
      // date-fns counts from the end of one month to the end of the next as a whole month.
      ["2024-01-31", "2024-02-29", 1],
      ["2024-01-15", "2024-03-14", 1],
    ];
    for (const [before, after, months] of cases) {
      const x = compareResults(
        score(v1, baselineAnswers, { measuredOn: before }),
        score(v1, currentAnswers, { measuredOn: after }),
      );
      expect(x.overall.months, `${before} → ${after}`).toBe(months);
      if (months === 0) expect(x.overall.pacePerYear).toBeNull();
      else expect(x.overall.pacePerYear).toBeCloseTo((x.overall.maturityIndex.delta * 12) / months);
    }
  });

  it("has no pace for measurements less than a month apart", () => {
    const sameDay = compareResults(
      baseline,
      score(v1, currentAnswers, { measuredOn: "2023-03-01" }),
    );
    expect(sameDay.overall.months).toBe(0);
    expect(sameDay.overall.pacePerYear).toBeNull();
  });

  it("lists most improved and most declined indicators, counts and compatibility 1", () => {
    expect(c.overall.mostImproved).toEqual(["gov-policy"]);
    expect(c.overall.mostDeclined).toEqual(["ops-screening"]);
    expect(c.overall.newIndicators).toEqual([]);
    expect(c.overall.retiredIndicators).toEqual([]);
    expect(c.overall.compatibility).toBe(1);
    expect(c.overall.counts).toEqual({
      improved: 1,
      declined: 1,
      unchanged: 1,
      new: 0,
      retired: 0,
      notComparable: 1,
    });
  });

  it("compares domains over comparable rows", () => {
    const governance = c.domains.find((d) => d.id === "governance");
    const operations = c.domains.find((d) => d.id === "operations");
    // gov-roles is not comparable, so governance rests on gov-policy alone.
    expect(governance?.n).toBe(1);
    expect(governance?.status).toBe("improved");
    expect(governance?.improved).toBe(1);
    expect(governance?.levelDelta).toBe(1);
    // ops-screening −1, ops-training 0, equal base weights: mean −0.5, weakest link 2→1 vs 1→1.
    expect(operations?.n).toBe(2);
    expect(operations?.scoreDelta).toBeCloseTo(-0.5, 12);
    expect(operations?.levelDelta).toBe(0);
    expect(operations?.status).toBe("declined");
    expect([operations?.improved, operations?.declined, operations?.unchanged]).toEqual([0, 1, 1]);
  });

  it("returns deep-frozen output, names the institution and leaves the inputs alone", () => {
    expect(isDeepFrozen(c)).toBe(true);
    expect(c.institution).toEqual({ id: "inst-a", name: "Institute A" });
    expect(c.baseline).toEqual({
      modelRef: { id: "mini", version: "1" },
      measuredOn: "2023-03-01",
      tier: "high",
    });
    const before = JSON.stringify([baseline, current]);
    expect(compareResults(baseline, current)).toEqual(c);
    expect(JSON.stringify([baseline, current])).toBe(before);
  });
});

describe("mostImproved and mostDeclined", () => {
  const m = kennisveiligheid2025;
  const allIds = m.domains.flatMap((d) => d.indicators.map((i) => i.id));
  const uniform = (code: string, measuredOn: string) => {
    const doc = uniformAssessmentDocument(m, { code, measuredOn });
    const parsed = parseAssessment(doc, m);
    if (!parsed.ok) throw new Error(formatIssues(parsed.issues));
    return scoreAssessment(m, parsed.value);
  };
  const none = uniform("N", "2023-03-01");
  const full = uniform("F", "2025-03-01");

  it("lists at most five, ties broken by id", () => {
    const up = compareResults(none, full);
    expect(up.overall.counts.improved).toBe(allIds.length);
    expect(up.overall.mostImproved).toEqual([...allIds].sort().slice(0, 5));
    expect(up.overall.mostDeclined).toEqual([]);
    const down = compareResults(full, none);
    expect(down.overall.mostDeclined).toEqual([...allIds].sort().slice(0, 5));
    expect(down.overall.mostImproved).toEqual([]);
  });

  it("sorts by the size of the change first", () => {
    // Move a few indicators by different amounts; the rest stays at N.
    const doc = uniformAssessmentDocument(m, { code: "N", measuredOn: "2025-03-01" });
    const bump = new Map<string, string>();
    const pick = (n: number) => m.domains[n]?.indicators[0];
    const plan: [number, string][] = [
      [0, "F"],
      [1, "L"],
      [2, "P"],
      [3, "F"],
      [4, "L"],
      [5, "P"],
      [6, "L"],
    ];
    for (const [domain, code] of plan) {
      const ind = pick(domain);
      for (const p of ind?.practices ?? []) bump.set(p.id, code);
    }
    const answers = doc.answers.map((a) =>
      a.practice !== undefined && bump.has(a.practice) ? { ...a, code: bump.get(a.practice) } : a,
    );
    const parsed = parseAssessment({ ...doc, answers }, m);
    if (!parsed.ok) throw new Error(formatIssues(parsed.issues));
    const c = compareResults(none, scoreAssessment(m, parsed.value));
    const moved = c.indicators.filter((r) => r.status === "improved");
    expect(moved.length).toBe(plan.length);
    const expected = [...moved]
      .sort(
        (a, b) =>
          Math.abs(b.scoreDelta ?? 0) - Math.abs(a.scoreDelta ?? 0) || (a.id < b.id ? -1 : 1),
      )
      .slice(0, 5)
      .map((r) => r.id);
    expect(c.overall.mostImproved).toEqual(expected);
    expect(c.overall.mostImproved).toHaveLength(5);
  });
});

describe("two institutions are not one", () => {
  const mine = score(v1, baselineAnswers, { measuredOn: "2023-03-01" });
  const theirs = score(v1, currentAnswers, { institution: "inst-b" });

  it("refuses results of two institutions: institution_mismatch", () => {
    expectKsmError(() => compareResults(mine, theirs), "institution_mismatch");
    expectKsmError(() => compareResults(theirs, mine), "institution_mismatch");
    expectKsmError(
      () => compareResults(mine, theirs, { allowInstitutionChange: false }),
      "institution_mismatch",
    );
  });

  it("compares them for a declared relabelling, and records both ids", () => {
    const c = compareResults(mine, theirs, { allowInstitutionChange: true });
    expect(c.institution).toEqual({ id: "inst-b", name: "Institute A", baselineId: "inst-a" });
    expect(isDeepFrozen(c)).toBe(true);
    // The figures are those of the same comparison between one institution's results.
    const same = compareResults(mine, score(v1, currentAnswers));
    expect(c.indicators).toEqual(same.indicators);
    expect(c.overall).toEqual(same.overall);
  });

  it("records no baselineId when the ids are the same, option or not", () => {
    const again = score(v1, currentAnswers);
    expect(compareResults(mine, again, { allowInstitutionChange: true }).institution).toEqual({
      id: "inst-a",
      name: "Institute A",
    });
  });

  it.each([["yes"], [1], [null], [{}]])(
    "refuses allowInstitutionChange %j: invalid_argument",
    (value) => {
      const options = { allowInstitutionChange: value } as unknown as CompareOptions;
      expectKsmError(() => compareResults(mine, theirs, options), "invalid_argument");
    },
  );
});

describe("compareResults misuse", () => {
  const v2doc = miniModel({ version: "2" });
  const v2 = parsedModel(v2doc);
  const a1 = score(v1, baselineAnswers, { measuredOn: "2023-03-01" });
  const b1 = score(v1, currentAnswers);
  const b2 = score(v2, currentAnswers);
  const cw12 = parsedCrosswalk(miniCrosswalk(), v1, v2);

  it("needs a crosswalk across versions", () => {
    expectKsmError(() => compareResults(a1, b2), "crosswalk_required");
    expectKsmError(() => compareResults(b2, a1), "crosswalk_required");
  });

  it("rejects a crosswalk for other versions, or reversed", () => {
    // A crosswalk 1 → 2 for two results of version 1.
    expectKsmError(() => compareResults(a1, b1, { crosswalk: cw12 }), "model_mismatch");
    // Reversed: results 2 → 1.
    expectKsmError(
      () => compareResults(b2, score(v1, currentAnswers), { crosswalk: cw12 }),
      "model_mismatch",
    );
    // A crosswalk 1 → 3 for results 1 → 2.
    const v3 = parsedModel(miniModel({ version: "3" }));
    const cw13 = parsedCrosswalk(miniCrosswalk(miniModel(), miniModel({ version: "3" })), v1, v3);
    expectKsmError(() => compareResults(a1, b2, { crosswalk: cw13 }), "model_mismatch");
    // A crosswalk from another model id (parsed without models, so only compareResults can tell).
    const other = parseCrosswalk({ ...miniCrosswalk(), from: { id: "other", version: "1" } });
    if (!other.ok) throw new Error(formatIssues(other.issues));
    expectKsmError(() => compareResults(a1, b2, { crosswalk: other.value }), "model_mismatch");
  });

  it("rejects results that did not come from scoreAssessment", () => {
    expectKsmError(() => compareResults(structuredClone(a1), b1), "not_parsed");
    expectKsmError(() => compareResults(a1, structuredClone(b1)), "not_parsed");
  });

  it("rejects a crosswalk that names indicators the results do not have", () => {
    // Parsed without models, so parseCrosswalk cannot see that `ghost` does not exist.
    const doc = miniCrosswalk();
    doc.mappings.push({ type: "added", to: "ghost" });
    const parsed = parseCrosswalk(doc);
    if (!parsed.ok) throw new Error(formatIssues(parsed.issues));
    const e = expectKsmError(
      () => compareResults(a1, b2, { crosswalk: parsed.value }),
      "crosswalk_mismatch",
    );
    expect(e.issues.map((i) => [i.code, i.path])).toEqual([
      ["unknown_indicator", ["mappings", doc.mappings.length - 1, "to"]],
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

/**
 * Version 1: the mini model plus a level-rated `ops-legacy`. Version 2: `gov-policy` continues,
 * `gov-roles` splits into `gov-roles-assign` (its practices) and the level-rated
 * `gov-roles-review`, `ops-screening` and `ops-training` merge into `ops-people` (the practices of
 * `ops-training`), `rep-incidents` is added in a new domain and `ops-legacy` is retired.
 */
function versions(): { v1: ModelDocument; v2: ModelDocument } {
  const before = pushAt(miniModel(), ["domains", 1, "indicators"], levelIndicator("ops-legacy"));
  let after = miniModel({ version: "2" });
  after = renameId(after, "gov-roles", "gov-roles-assign");
  pushAt(after, ["domains", 0, "indicators"], levelIndicator("gov-roles-review"));
  removeAt(after, ["domains", 1, "indicators", 0]);
  after = renameId(after, "ops-training", "ops-people");
  pushAt(after, ["domains"], {
    id: "reporting",
    title: text("Reporting"),
    description: text("Incidents are reported."),
    indicators: [levelIndicator("rep-incidents")],
  });
  return { v1: before, v2: after };
}

function crosswalkDocument(combine: "min" | "mean" | "max"): CrosswalkDocument {
  return {
    from: { id: "mini", version: "1" },
    to: { id: "mini", version: "2" },
    mappings: [
      { type: "same", from: "gov-policy", to: "gov-policy" },
      { type: "split", from: "gov-roles", to: ["gov-roles-assign", "gov-roles-review"] },
      { type: "merge", from: ["ops-screening", "ops-training"], to: "ops-people", combine },
      { type: "added", to: "rep-incidents" },
      { type: "retired", from: "ops-legacy" },
    ],
  };
}

describe("compareResults across versions with a crosswalk", () => {
  const docs = versions();
  const m1 = parsedModel(docs.v1);
  const m2 = parsedModel(docs.v2);
  const walk = (combine: "min" | "mean" | "max") =>
    parsedCrosswalk(crosswalkDocument(combine), m1, m2);

  // Tier high. Baseline: gov-policy 2 (score 2), gov-roles 2 (2), ops-screening 1 (1),
  // ops-training 2 (2 + 1/3), ops-legacy 3.
  const baselineV1: Answers = {
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
  const currentV2: Answers = {
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
  const a = score(m1, baselineV1, { measuredOn: "2023-03-01" });
  const b = score(m2, currentV2, { measuredOn: "2025-03-01" });
  const c = compareResults(a, b, { crosswalk: walk("min") });

  it("the hand-made versions and crosswalks are valid", () => {
    expect(m2.domains.map((d) => d.indicators.map((i) => i.id))).toEqual([
      ["gov-policy", "gov-roles-assign", "gov-roles-review"],
      ["ops-people"],
      ["rep-incidents"],
    ]);
    for (const rule of ["min", "mean", "max"] as const) expect(walk(rule).mappings).toHaveLength(5);
  });

  it("orders rows as the current model, retired rows last, with their mappings", () => {
    expect(c.indicators.map((r) => [r.id, r.mapping, r.from])).toEqual([
      ["gov-policy", "same", ["gov-policy"]],
      ["gov-roles-assign", "split", ["gov-roles"]],
      ["gov-roles-review", "split", ["gov-roles"]],
      ["ops-people", "merge", ["ops-screening", "ops-training"]],
      ["rep-incidents", "added", []],
      ["ops-legacy", "retired", ["ops-legacy"]],
    ]);
    expect(c.indicators.map((r) => r.domain)).toEqual([
      "governance",
      "governance",
      "governance",
      "operations",
      "reporting",
      "operations",
    ]);
  });

  it("same: compares the one predecessor", () => {
    const r = row(c, "gov-policy");
    expect(r.baseline).toEqual({ level: 2, score: 2, target: 3 });
    expect(r.current).toEqual({ level: 3, score: 3, target: 3 });
    expect([r.levelDelta, r.scoreDelta, r.status]).toEqual([1, 1, "improved"]);
    expect(r.progressToTarget).toBe(1);
  });

  it("split: copies the baseline to each successor", () => {
    const roles = indicator(a, "gov-roles");
    const copy = { level: roles.level, score: roles.score, target: roles.target };
    expect(copy).toEqual({ level: 2, score: 2, target: 2 });
    const assign = row(c, "gov-roles-assign");
    const review = row(c, "gov-roles-review");
    expect(assign.baseline).toEqual(copy);
    expect(review.baseline).toEqual(copy);
    expect([assign.scoreDelta, assign.status]).toEqual([-1, "declined"]);
    expect([review.scoreDelta, review.status]).toEqual([0, "unchanged"]);
  });

  it("merge: combines the predecessors by min, mean or max", () => {
    const screening = indicator(a, "ops-screening");
    const training = indicator(a, "ops-training");
    expect([screening.level, screening.score, screening.target]).toEqual([1, 1, 3]);
    expect(training.level).toBe(2);
    expect(training.score).toBeCloseTo(2 + 1 / 3, 12);
    expect(training.target).toBe(2);
    const expected = {
      min: { level: 1, score: 1, target: 2, status: "improved" },
      mean: { level: 1.5, score: (1 + 7 / 3) / 2, target: 2.5, status: "improved" },
      max: { level: 2, score: 7 / 3, target: 3, status: "declined" },
    } as const;
    for (const rule of ["min", "mean", "max"] as const) {
      const r = row(compareResults(a, b, { crosswalk: walk(rule) }), "ops-people");
      const want = expected[rule];
      expect(r.baseline?.level, rule).toBe(want.level);
      expect(r.baseline?.score, rule).toBeCloseTo(want.score, 12);
      expect(r.baseline?.target, rule).toBe(want.target);
      expect(r.current).toEqual({ level: 2, score: 2, target: 2 });
      expect(r.scoreDelta, rule).toBeCloseTo(2 - want.score, 12);
      expect(r.levelDelta, rule).toBe(2 - want.level);
      expect(r.status, rule).toBe(want.status);
    }
  });

  it("merge: leaves out predecessors without a value", () => {
    const { "ops-screening": _, ...rest } = baselineV1;
    const unanswered = score(m1, rest, { measuredOn: "2023-03-01" });
    for (const rule of ["min", "mean", "max"] as const) {
      const r = row(compareResults(unanswered, b, { crosswalk: walk(rule) }), "ops-people");
      expect(r.baseline?.level).toBe(2);
      expect(r.baseline?.score).toBeCloseTo(7 / 3, 12);
    }
  });

  it("added: status new, no baseline, never a decline", () => {
    const r = row(c, "rep-incidents");
    expect(r.status).toBe("new");
    expect(r.baseline).toBeNull();
    expect(r.current).toEqual({ level: 0, score: 0, target: 2 });
    expect([r.levelDelta, r.scoreDelta, r.progressToTarget]).toEqual([null, null, null]);
    expect(c.overall.newIndicators).toEqual(["rep-incidents"]);
    expect(c.overall.mostDeclined).not.toContain("rep-incidents");
    expect(c.overall.counts.new).toBe(1);
    expect(c.overall.counts.declined).toBe(
      c.indicators.filter((x) => x.status === "declined").length,
    );
    const reporting = c.domains.find((d) => d.id === "reporting");
    expect(reporting?.status).toBe("new");
    expect([reporting?.n, reporting?.declined, reporting?.scoreDelta]).toEqual([0, 0, null]);
  });

  it("retired: status retired, no current value", () => {
    const r = row(c, "ops-legacy");
    expect(r.status).toBe("retired");
    expect(r.current).toBeNull();
    expect(r.baseline).toEqual({ level: 3, score: 3, target: 2 });
    expect([r.levelDelta, r.scoreDelta]).toEqual([null, null]);
    expect(r.domain).toBe("operations");
    expect(c.overall.retiredIndicators).toEqual(["ops-legacy"]);
    expect(c.overall.counts.retired).toBe(1);
    // Domains are those of the current model and rest on current rows only.
    expect(c.domains.find((d) => d.id === "operations")?.n).toBe(1);
  });

  it("compatibility: rows with both sides over all rows", () => {
    expect(c.overall.compatibility).toBeCloseTo(4 / 6, 12);
    expect(c.overall.counts).toEqual({
      improved: 2,
      declined: 1,
      unchanged: 1,
      new: 1,
      retired: 1,
      notComparable: 0,
    });
    expect(c.overall.mostImproved).toEqual(["gov-policy", "ops-people"]);
    expect(c.overall.mostDeclined).toEqual(["gov-roles-assign"]);
    expect(c.current.modelRef).toEqual({ id: "mini", version: "2" });
    expect(isDeepFrozen(c)).toBe(true);
  });
});

function loadAssessment(model: Model, year: string, institution: string) {
  const json: unknown = JSON.parse(
    readFileSync(
      new URL(`../../docs/examples/panel/${year}/${institution}.json`, import.meta.url),
      "utf8",
    ),
  );
  const parsed = parseAssessment(json, model);
  if (!parsed.ok) throw new Error(formatIssues(parsed.issues));
  return parsed.value;
}

describe("status of a merged row whose mean level and mean score move apart", () => {
  it("follows the level: up from a mean of 1.5 to 2, though the score fell from 2.17 to 2", () => {
    const additive = (doc: ModelDocument): ModelDocument => ({ ...doc, levelRule: "additive" });
    const v1 = parsedModel(additive(miniModel()));
    const v2 = parsedModel(additive(renameId(miniModel({ version: "2" }), "gov-roles", "roles")));
    const cw = parsedCrosswalk(
      {
        from: { id: "mini", version: "1" },
        to: { id: "mini", version: "2" },
        mappings: [
          { type: "same", from: "gov-policy", to: "gov-policy" },
          { type: "same", from: "ops-screening", to: "ops-screening" },
          {
            type: "merge",
            from: ["gov-roles", "ops-training"],
            to: "ops-training",
            combine: "mean",
          },
          { type: "added", to: "roles" },
        ],
      },
      v1,
      v2,
    );
    // Additive sums: gov-roles 1 + 2/3 + 0 (level 1), ops-training 1 + 1 + 2/3 (level 2).
    const before = score(v1, {
      "gov-roles.1": "F",
      "gov-roles.2": "L",
      "gov-roles.3": "N",
      "ops-training.1": "F",
      "ops-training.2": "F",
      "ops-training.3": "L",
    });
    const after = score(v2, {
      "ops-training.1": "F",
      "ops-training.2": "F",
      "ops-training.3": "N",
    });
    const merged = row(compareResults(before, after, { crosswalk: cw }), "ops-training");
    expect(merged.baseline?.level).toBe(1.5);
    expect(merged.baseline?.score).toBeCloseTo(13 / 6, 12);
    expect(merged.levelDelta).toBe(0.5);
    expect(merged.scoreDelta).toBeCloseTo(-1 / 6, 12);
    expect(merged.status).toBe("improved");
  });
});

describe("end to end with the shipped models (Universiteit Duinhaven, fictitious)", () => {
  const r2023 = scoreAssessment(
    kennisveiligheid2023,
    loadAssessment(kennisveiligheid2023, "2023", "uni-duinhaven"),
  );
  const r2025 = scoreAssessment(
    kennisveiligheid2025,
    loadAssessment(kennisveiligheid2025, "2025", "uni-duinhaven"),
  );
  const c = compareResults(r2023, r2025, { crosswalk: crosswalk2023to2025 });
  const ids2025 = kennisveiligheid2025.domains.flatMap((d) => d.indicators.map((i) => i.id));

  it("compares 2023.2 with 2025.2 through the crosswalk", () => {
    expect(c.baseline.modelRef).toEqual({ id: "kennisveiligheid", version: "2023.2" });
    expect(c.current.modelRef).toEqual({ id: "kennisveiligheid", version: "2025.2" });
    expect(c.institution.id).toBe("uni-duinhaven");
    expect(isDeepFrozen(c)).toBe(true);
    expect(() => compareResults(r2023, r2025)).toThrow(KsmError);
  });

  it("has every 2025 indicator exactly once, in model order", () => {
    const current = c.indicators.filter((r) => r.mapping !== "retired").map((r) => r.id);
    expect(current).toEqual(ids2025);
    expect(new Set(current).size).toBe(ids2025.length);
    expect(c.domains.map((d) => d.id)).toEqual(kennisveiligheid2025.domains.map((d) => d.id));
  });

  it("marks added indicators new, including EXP-05", () => {
    expect(c.overall.newIndicators).toContain("EXP-05");
    const added = crosswalk2023to2025.mappings.flatMap((m) => (m.type === "added" ? [m.to] : []));
    expect([...c.overall.newIndicators].sort()).toEqual([...added].sort());
    for (const r of c.indicators.filter((x) => x.status === "new")) {
      expect(r.baseline).toBeNull();
      expect(r.scoreDelta).toBeNull();
    }
  });

  it("counts 23 months from 2023-04-14 to 2025-04-11", () => {
    expect(c.baseline.measuredOn).toBe("2023-04-14");
    expect(c.current.measuredOn).toBe("2025-04-11");
    expect(c.overall.months).toBe(23);
    expect(c.overall.pacePerYear).toBeCloseTo((c.overall.maturityIndex.delta * 12) / 23, 12);
  });

  it("has no row that is both new and declined", () => {
    const newIds = new Set(c.overall.newIndicators);
    for (const r of c.indicators) {
      if (newIds.has(r.id)) expect(r.status).toBe("new");
    }
    for (const id of c.overall.mostDeclined) expect(newIds.has(id)).toBe(false);
    expect(c.overall.counts.declined).toBe(
      c.indicators.filter((r) => r.status === "declined").length,
    );
    expect(c.overall.compatibility).toBeCloseTo(
      (ids2025.length - c.overall.newIndicators.length) / ids2025.length,
      12,
    );
  });

  it("copies each split theme's 2023 level to every successor", () => {
    for (const m of crosswalk2023to2025.mappings) {
      if (m.type !== "split") continue;
      const theme = indicator(r2023, m.from);
      for (const to of m.to) {
        expect(row(c, to).baseline).toEqual({
          level: theme.level,
          score: theme.score,
          target: theme.target,
        });
      }
    }
  });
});
