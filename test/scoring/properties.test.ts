import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import {
  deriveRiskTier,
  type Indicator,
  type IndicatorResult,
  type Model,
  type Result,
  type ScoreOptions,
  scoreAssessment,
} from "../../src/index.js";
import {
  type AnswerDocument,
  type AssessmentDocument,
  assessmentDocumentArb,
  indicatorsOf,
  isoDateArb,
  modelArb,
  modelWithAssessmentArb,
  notApplicableAllowed,
  parseValidAssessment,
  parseValidModel,
  SCALE_CODES,
  uniformAssessmentDocument,
} from "../fixtures/arbitraries.js";
import { isDeepFrozen } from "../fixtures/deepFrozen.js";
import { miniModel } from "../fixtures/miniModel.js";

// Reproducible in CI, exploratory on a developer's machine.
if (process.env.CI) fc.configureGlobal({ seed: 42 });

const RUNS = { numRuns: 100 };

/**
 * The tolerance scoring itself uses when flooring sums of thirds (1/3 + 2/3 may come out as
 * 0.9999999999999999); the overall level is `floor(maturityIndex + 1e-9)`.
 */
const EPSILON = 1e-9;

function score(model: Model, document: unknown, options: ScoreOptions = {}): Result {
  return scoreAssessment(model, parseValidAssessment(document, model), options);
}

/** Collects violated expectations, so a failing property names every one of them at once. */
class Violations {
  readonly list: string[] = [];
  check(ok: boolean, message: string): void {
    if (!ok) this.list.push(message);
  }
  /** `after` is at least `before`; both `null` counts as unchanged. */
  notLower(before: number | null, after: number | null, what: string): void {
    if (before === null || after === null) {
      this.check(before === after, `${what}: applicability changed (${before} → ${after})`);
    } else this.check(after >= before, `${what} went down: ${before} → ${after}`);
  }
  /** `after` is at most `before`; both `null` counts as unchanged. */
  notHigher(before: number | null, after: number | null, what: string): void {
    if (before === null || after === null) {
      this.check(before === after, `${what}: applicability changed (${before} → ${after})`);
    } else this.check(after <= before, `${what} went up: ${before} → ${after}`);
  }
  expectNone(): void {
    expect(this.list).toEqual([]);
  }
}

const maxLevelOf = (model: Model): number => model.levels.length - 1;
const isInt = (x: number | null): boolean => x === null || Number.isInteger(x);

describe("bounds", () => {
  test.prop([modelWithAssessmentArb()], RUNS)(
    "every figure stays within its range",
    ({ model, document }) => {
      const r = score(model, document);
      const max = maxLevelOf(model);
      const v = new Violations();
      v.check(r.maxLevel === max, `maxLevel ${r.maxLevel} ≠ ${max}`);
      for (const i of r.indicators) {
        const at = `indicator ${i.id}`;
        v.check(i.items.answered <= i.items.applicable, `${at}: answered > applicable`);
        v.check(i.target >= 0 && i.target <= max, `${at}: target ${i.target}`);
        if (i.status === "notApplicable") {
          v.check(i.level === null && i.score === null && i.gap === null, `${at}: NA numbers`);
          continue;
        }
        const { level, score: s, gap } = i;
        if (level === null || s === null || gap === null) {
          v.check(false, `${at}: ${i.status} with a null number`);
          continue;
        }
        v.check(isInt(level) && level >= 0 && level <= max, `${at}: level ${level}`);
        v.check(s >= 0 && s <= max, `${at}: score ${s} outside [0, ${max}]`);
        v.check(s >= level - EPSILON && s <= level + 1, `${at}: score ${s} vs level ${level}`);
        v.check(gap === Math.max(0, i.target - level), `${at}: gap ${gap}`);
        v.check(i.weight.value >= i.weight.base && i.weight.base > 0, `${at}: weight`);
      }
      for (const d of r.domains) {
        const at = `domain ${d.id}`;
        if (d.applicable === 0) {
          v.check(d.level === null && d.score === null && d.gap === null, `${at}: empty numbers`);
          continue;
        }
        v.check(d.level !== null && isInt(d.level) && d.level >= 0 && d.level <= max, `${at}`);
        v.check(d.score !== null && d.score >= 0 && d.score <= max, `${at}: score ${d.score}`);
        v.check(d.gap !== null && d.gap >= 0, `${at}: gap ${d.gap}`);
        v.check(d.atTarget <= d.applicable, `${at}: atTarget > applicable`);
      }
      const o = r.overall;
      v.check(o.maturityIndex >= 0 && o.maturityIndex <= max, `maturityIndex ${o.maturityIndex}`);
      v.check(o.targetAttainment >= 0 && o.targetAttainment <= 1, `targetAttainment`);
      v.check(o.coverage >= 0 && o.coverage <= 1, `coverage ${o.coverage}`);
      v.check(isInt(o.level) && o.level >= 0, `overall level ${o.level}`);
      v.check(
        o.level <= Math.floor(o.maturityIndex + EPSILON),
        `overall level ${o.level} > floor(maturityIndex ${o.maturityIndex})`,
      );
      for (const i of r.indicators) {
        if (i.critical && i.level !== null) {
          v.check(o.level <= i.level, `overall level ${o.level} > critical ${i.id} at ${i.level}`);
        }
      }
      v.check(o.applicable + o.notApplicable === r.indicators.length, "applicable counts");
      const items = r.indicators.reduce(
        (sum, i) => ({
          applicable: sum.applicable + i.items.applicable,
          answered: sum.answered + i.items.answered,
        }),
        { applicable: 0, answered: 0 },
      );
      const coverage = items.applicable === 0 ? 0 : items.answered / items.applicable;
      v.check(o.coverage === coverage, `coverage ${o.coverage}, expected ${coverage}`);
      v.check(o.atTarget <= o.applicable, "atTarget > applicable");
      v.expectNone();
    },
  );

  it("keeps domain scores within 0..max when weights are not binary fractions", () => {
    // Found by the property above: 0.1 × 3 / 0.1 is 3.0000000000000004 in floating point.
    const doc = miniModel();
    for (const domain of doc.domains) {
      for (const indicator of domain.indicators) {
        indicator.weight = 0.1;
        delete indicator.riskWeights;
      }
    }
    const model = parseValidModel(doc);
    const r = score(model, uniformAssessmentDocument(model, { code: "F", level: 3 }));
    expect(r.indicators.map((i) => i.score)).toEqual([3, 3, 3, 3]);
    for (const d of r.domains) expect(d.score).toBeLessThanOrEqual(3);
  });
});

/** One way to raise one answer of a document by one step. */
interface Raise {
  readonly what: string;
  readonly apply: (answers: AnswerDocument[]) => void;
}

/**
 * Every single-step raise of an answer: N→P→L→F, level +1, an unanswered practice → N, an
 * unanswered level-rated indicator → level 0. (NA is outside the order and never raised.)
 */
function raises(model: Model, document: AssessmentDocument): Raise[] {
  const max = maxLevelOf(model);
  const out: Raise[] = [];
  const answered = new Set<string>();
  document.answers.forEach((a, i) => {
    answered.add(a.practice ?? a.indicator ?? "");
    const step = SCALE_CODES.indexOf(a.code as (typeof SCALE_CODES)[number]);
    const next = SCALE_CODES[step + 1];
    if (step >= 0 && next !== undefined) {
      out.push({
        what: `${a.practice}: ${a.code} → ${next}`,
        apply: (answers) => {
          answers[i] = { ...a, code: next };
        },
      });
    }
    if (a.level !== undefined && a.level < max) {
      out.push({
        what: `${a.indicator}: level ${a.level} → ${a.level + 1}`,
        apply: (answers) => {
          answers[i] = { ...a, level: (a.level ?? 0) + 1 };
        },
      });
    }
  });
  for (const indicator of indicatorsOf(model)) {
    if (indicator.rating === "level") {
      if (!answered.has(indicator.id)) {
        out.push({
          what: `${indicator.id}: unanswered → level 0`,
          apply: (answers) => answers.push({ indicator: indicator.id, level: 0 }),
        });
      }
      continue;
    }
    for (const p of indicator.practices ?? []) {
      if (!answered.has(p.id)) {
        out.push({
          what: `${p.id}: unanswered → N`,
          apply: (answers) => answers.push({ practice: p.id, code: "N" }),
        });
      }
    }
  }
  return out;
}

function compareIndicators(
  v: Violations,
  before: readonly IndicatorResult[],
  after: readonly IndicatorResult[],
): void {
  for (const [k, b] of before.entries()) {
    const a = after[k];
    if (a === undefined) {
      v.check(false, `indicator ${b.id} missing`);
      continue;
    }
    v.notLower(b.level, a.level, `indicator ${b.id} level`);
    v.notLower(b.score, a.score, `indicator ${b.id} score`);
    v.notHigher(b.gap, a.gap, `indicator ${b.id} gap`);
  }
}

/** What the design says one indicator comes to, computed from the answers directly. */
function expectedIndicator(model: Model, document: AssessmentDocument, indicator: Indicator) {
  const answers = new Map(document.answers.map((a) => [a.practice ?? a.indicator, a]));
  if (indicator.rating === "level") {
    const a = answers.get(indicator.id);
    if (a?.code === "NA") return { status: "notApplicable", level: null, score: null };
    if (a?.level === undefined) return { status: "unanswered", level: 0, score: 0 };
    return { status: "scored", level: a.level, score: a.level };
  }
  const max = maxLevelOf(model);
  const scale = model.answerScale.codes;
  const value = (code: string) => scale.find((c) => c.code === code)?.value ?? Number.NaN;
  const top = value(SCALE_CODES[SCALE_CODES.length - 1] ?? "F");
  const achieved = value(model.answerScale.achievedFrom);
  // Per level 1..max, the values of its applicable practices (null = unanswered).
  const byLevel: (number | null)[][] = Array.from({ length: max + 1 }, () => []);
  for (const p of indicator.practices ?? []) {
    const code = answers.get(p.id)?.code;
    if (code !== "NA") byLevel[p.level]?.push(code === undefined ? null : value(code));
  }
  const applicable = byLevel.flat();
  const answered = applicable.filter((x) => x !== null).length;
  if (applicable.length === 0) return { status: "notApplicable", level: null, score: null };
  const status =
    answered === 0 ? "unanswered" : answered < applicable.length ? "incomplete" : "scored";
  const levelValues = (k: number) => byLevel[k] ?? [];
  const all = (k: number, atLeast: number) =>
    levelValues(k).every((x) => x !== null && x >= atLeast - EPSILON);
  const mean = (k: number) => {
    const xs = levelValues(k);
    return xs.length === 0 ? 0 : xs.reduce((s: number, x) => s + (x ?? 0), 0) / xs.length / top;
  };
  if (model.levelRule === "additive") {
    let sum = 0;
    for (let k = 1; k <= max; k++) sum += levelValues(k).length === 0 ? 1 : mean(k);
    const score = Math.min(max, sum);
    return { status, level: Math.floor(score + EPSILON), score };
  }
  // Level k is achieved when every level j ≤ k is achieved (strict: and every j < k at top).
  const reaches = (k: number) => {
    for (let j = 1; j <= k; j++) {
      if (!all(j, achieved)) return false;
      if (model.levelRule === "strict" && j < k && !all(j, top)) return false;
    }
    return true;
  };
  let level = 0;
  for (let k = 1; k <= max; k++) if (reaches(k)) level = k;
  return { status, level, score: level === max ? max : level + mean(level + 1) };
}

describe("the level rules", () => {
  // With single practices declared NA too: a level whose practices are all NA does not block.
  test.prop([modelWithAssessmentArb({ partialNotApplicable: true })], RUNS)(
    "status, level and score of every indicator follow the model's level rule",
    ({ model, document }) => {
      const r = score(model, document);
      const v = new Violations();
      indicatorsOf(model).forEach((indicator, k) => {
        const actual = r.indicators[k];
        const expected = expectedIndicator(model, document, indicator);
        const at = `${model.levelRule} ${indicator.rating} indicator ${indicator.id}`;
        v.check(actual?.status === expected.status, `${at}: status ${actual?.status}`);
        v.check(
          actual?.level === expected.level,
          `${at}: level ${actual?.level} ≠ ${expected.level}`,
        );
        const ok =
          expected.score === null
            ? actual?.score === null
            : Math.abs((actual?.score ?? Number.NaN) - expected.score) < 1e-12;
        v.check(ok, `${at}: score ${actual?.score} ≠ ${expected.score}`);
      });
      v.expectNone();
    },
  );
});

describe("monotonicity in answers", () => {
  test.prop([modelWithAssessmentArb({ partialNotApplicable: true }), fc.nat()], RUNS)(
    "raising one answer by one step lowers no level, score, attainment or coverage, raises no gap",
    ({ model, document }, pick) => {
      const options = raises(model, document);
      fc.pre(options.length > 0);
      const raise = options[pick % options.length] as Raise;
      const answers = [...document.answers];
      raise.apply(answers);
      const before = score(model, document);
      const after = score(model, { ...document, answers });

      const v = new Violations();
      compareIndicators(v, before.indicators, after.indicators);
      for (const [k, b] of before.domains.entries()) {
        const a = after.domains[k];
        if (a === undefined) {
          v.check(false, `domain ${b.id} missing`);
          continue;
        }
        v.notLower(b.level, a.level, `domain ${b.id} level`);
        v.notLower(b.score, a.score, `domain ${b.id} score`);
        v.notHigher(b.gap, a.gap, `domain ${b.id} gap`);
      }
      const [o, p] = [before.overall, after.overall];
      v.notLower(o.maturityIndex, p.maturityIndex, "maturityIndex");
      v.notLower(o.targetAttainment, p.targetAttainment, "targetAttainment");
      v.notLower(o.level, p.level, "overall level");
      v.notLower(o.coverage, p.coverage, "coverage");
      v.notLower(o.atTarget, p.atTarget, "atTarget");
      if (v.list.length > 0) v.list.unshift(`after raising ${raise.what}:`);
      v.expectNone();
    },
  );
});

/** The position of a tier in the model's list (lowest exposure first). */
const tierRank = (model: Model, tier: string): number =>
  model.riskProfile.tiers.findIndex((t) => t.id === tier);

describe("monotonicity in risk", () => {
  test.prop([modelWithAssessmentArb(), fc.nat()], RUNS)(
    "raising one risk factor by one step lowers no tier, weight or target",
    ({ model, document }, pick) => {
      const raisable = model.riskProfile.factors.filter(
        (f) => (document.riskProfile[f.id] ?? 0) < f.values.length - 1,
      );
      fc.pre(raisable.length > 0);
      const factor = (raisable[pick % raisable.length] as (typeof raisable)[number]).id;
      const riskProfile = { ...document.riskProfile };
      riskProfile[factor] = (riskProfile[factor] ?? 0) + 1;
      const type = document.institution.type;

      const tierBefore = deriveRiskTier(model, document.riskProfile, type);
      const tierAfter = deriveRiskTier(model, riskProfile, type);
      expect(tierRank(model, tierAfter.tier)).toBeGreaterThanOrEqual(
        tierRank(model, tierBefore.tier),
      );

      const before = score(model, document);
      const after = score(model, { ...document, riskProfile });
      expect(before.riskProfile).toEqual(tierBefore);
      expect(after.riskProfile).toEqual(tierAfter);
      const v = new Violations();
      for (const [k, b] of before.indicators.entries()) {
        const a = after.indicators[k];
        if (a === undefined) {
          v.check(false, `indicator ${b.id} missing`);
          continue;
        }
        v.notLower(b.weight.value, a.weight.value, `indicator ${b.id} weight`);
        v.notLower(b.target, a.target, `indicator ${b.id} target`);
      }
      if (v.list.length > 0) v.list.unshift(`after raising ${factor}:`);
      v.expectNone();
    },
  );

  test.prop([modelWithAssessmentArb()], RUNS)(
    "weights and the tier are explained by their traces",
    ({ model, document }) => {
      const r = score(model, document);
      const values = r.riskProfile.factors;
      expect(values).toEqual(document.riskProfile);
      const rules = model.riskProfile.tierRules;
      if (r.riskProfile.rule === null)
        expect(r.riskProfile.tier).toBe(model.riskProfile.defaultTier);
      else expect(r.riskProfile.tier).toBe(rules[r.riskProfile.rule]?.tier);
      for (const c of r.riskProfile.conditions) {
        if (c.kind === "institutionType") expect(c.allowed).toContain(c.value);
        else expect(c.value).toBeGreaterThanOrEqual(c.atLeast);
      }
      const byId = new Map(indicatorsOf(model).map((i) => [i.id, i]));
      const type = r.riskProfile.institutionType;
      for (const i of r.indicators) {
        const indicator = byId.get(i.id);
        const matching = (indicator?.riskWeights ?? []).filter(
          (rw) =>
            (values[rw.factor] ?? 0) >= rw.atLeast &&
            (rw.institutionTypes === undefined ||
              (type !== null && rw.institutionTypes.includes(type))),
        );
        expect(i.weight.base).toBe(indicator?.weight);
        expect(i.weight.multipliers.map((m) => m.multiplier)).toEqual(
          matching.map((rw) => rw.multiplier),
        );
        expect(i.weight.value).toBe(
          i.weight.multipliers.reduce((w, m) => w * m.multiplier, i.weight.base),
        );
        for (const m of i.weight.multipliers) {
          if (m.institutionType) expect(m.institutionType.allowed).toContain(type);
        }
        expect(i.tags).toEqual(indicator?.tags ?? []);
      }
    },
  );

  test.prop([modelWithAssessmentArb()], RUNS)(
    "every target is reproduced by its trace: the tier's target or the first highest rule that holds",
    ({ model, document }) => {
      const r = score(model, document);
      const values = r.riskProfile.factors;
      const type = r.riskProfile.institutionType;
      const sum = Object.values(values).reduce((a, b) => a + b, 0);
      // Evaluated here from the model, independently of the library's compiled rules.
      const holds = (when: NonNullable<Indicator["targetRules"]>[number]["when"]): boolean =>
        Object.entries(when.factors ?? {}).every(([f, atLeast]) => (values[f] ?? 0) >= atLeast) &&
        (when.sumAtLeast === undefined || sum >= when.sumAtLeast) &&
        (when.institutionTypes === undefined ||
          (type !== null && when.institutionTypes.includes(type)));
      const byId = new Map(indicatorsOf(model).map((i) => [i.id, i]));
      for (const i of r.indicators) {
        const indicator = byId.get(i.id) as Indicator;
        const trace = i.targetTrace;
        const targets = indicator.targets as Readonly<Record<string, number>>;
        expect(trace.tier).toBe(r.riskProfile.tier);
        expect(trace.tierTarget).toBe(targets[r.riskProfile.tier]);
        const rules = indicator.targetRules ?? [];
        const best = Math.max(
          trace.tierTarget,
          ...rules.filter((t) => holds(t.when)).map((t) => t.target),
        );
        expect(i.target).toBe(best);
        if (trace.rule === null) {
          expect(i.target).toBe(trace.tierTarget);
          expect(trace.conditions).toEqual([]);
        } else {
          const rule = rules[trace.rule];
          expect(rule && holds(rule.when)).toBe(true);
          expect(i.target).toBe(rule?.target);
          expect(i.target).toBeGreaterThan(trace.tierTarget);
          // The first of the highest: no earlier rule that holds reaches the same target.
          const earlier = rules.slice(0, trace.rule).filter((t) => holds(t.when));
          expect(earlier.every((t) => t.target < i.target)).toBe(true);
          for (const c of trace.conditions) {
            if (c.kind === "institutionType") expect(c.allowed).toContain(c.value);
            else expect(c.value).toBeGreaterThanOrEqual(c.atLeast);
          }
        }
      }
    },
  );

  test.prop([modelArb()], RUNS)("the tier never drops along any single-factor raise", (model) => {
    // Exhaustive over the (small) factor space: a cheap cross-check of parseModel's own check.
    const sizes = model.riskProfile.factors.map((f) => f.values.length);
    const types = [undefined, ...model.riskProfile.institutionTypes.map((t) => t.id)];
    const total = sizes.reduce((a, b) => a * b, 1);
    const profile = (n: number): Record<string, number> => {
      const out: Record<string, number> = {};
      let rest = n;
      model.riskProfile.factors.forEach((f, i) => {
        const size = sizes[i] ?? 1;
        out[f.id] = rest % size;
        rest = Math.floor(rest / size);
      });
      return out;
    };
    for (const type of types) {
      for (let n = 0; n < total; n++) {
        const from = profile(n);
        const rank = tierRank(model, deriveRiskTier(model, from, type).tier);
        for (const f of model.riskProfile.factors) {
          if ((from[f.id] ?? 0) + 1 >= f.values.length) continue;
          const to = { ...from, [f.id]: (from[f.id] ?? 0) + 1 };
          expect(tierRank(model, deriveRiskTier(model, to, type).tier)).toBeGreaterThanOrEqual(
            rank,
          );
        }
      }
    }
  });
});

/**
 * A result's warnings with each `stale_evidence` path keyed by the answer's id instead of its
 * position, in a canonical order: the one part of a result that legitimately follows answer order.
 */
function warningsByAnswerId(result: Result, document: AssessmentDocument): unknown[] {
  return result.warnings
    .map((w) => {
      if (w.code !== "stale_evidence") return w;
      const at = w.path[1];
      const answer = typeof at === "number" ? document.answers[at] : undefined;
      // The path must point at the answer the warning is about.
      expect(answer?.practice ?? answer?.indicator).toBe(w.params.id);
      return { ...w, path: ["answers", w.params.id, "evidencedOn"] };
    })
    .sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
}

describe("order independence", () => {
  const shuffled = modelWithAssessmentArb().chain(({ model, document }) =>
    fc
      .shuffledSubarray(document.answers, {
        minLength: document.answers.length,
        maxLength: document.answers.length,
      })
      .map((answers) => ({ model, document, shuffled: { ...document, answers } })),
  );

  test.prop([shuffled, fc.option(isoDateArb, { nil: undefined })], RUNS)(
    "shuffling the answers gives a deep-equal result",
    ({ model, document, shuffled }, asOf) => {
      const options = asOf === undefined ? {} : { asOf };
      const { warnings: w1, ...r1 } = score(model, document, options);
      const { warnings: w2, ...r2 } = score(model, shuffled, options);
      expect(r2).toEqual(r1);
      expect(warningsByAnswerId({ ...r2, warnings: w2 }, shuffled)).toEqual(
        warningsByAnswerId({ ...r1, warnings: w1 }, document),
      );
    },
  );

  it("is exactly deep-equal when no answer carries a date", () => {
    const model = parseValidModel(miniModel());
    const document = uniformAssessmentDocument(model, { code: "P", level: 2 });
    const reversed = { ...document, answers: [...document.answers].reverse() };
    expect(score(model, reversed)).toEqual(score(model, document));
  });
});

describe("determinism and purity", () => {
  test.prop([modelWithAssessmentArb(), fc.option(isoDateArb, { nil: undefined })], RUNS)(
    "the same input gives the same deep-frozen result and leaves the input untouched",
    ({ model, document }, asOf) => {
      const documentBefore = structuredClone(document);
      const modelBefore = structuredClone(model);
      const options = asOf === undefined ? {} : { asOf };
      const assessment = parseValidAssessment(document, model);
      const assessmentBefore = structuredClone(assessment);

      const first = scoreAssessment(model, assessment, options);
      const second = scoreAssessment(model, assessment, options);
      const third = score(model, document, options);
      expect(second).toEqual(first);
      expect(third).toEqual(first);
      expect(JSON.stringify(second)).toBe(JSON.stringify(first));
      expect(JSON.stringify(third)).toBe(JSON.stringify(first));
      expect(isDeepFrozen(first)).toBe(true);
      expect(document).toEqual(documentBefore);
      expect(model).toEqual(modelBefore);
      expect(assessment).toEqual(assessmentBefore);
    },
  );
});

/** Domain and overall figures recomputed from the indicator results: the aggregation oracle. */
function aggregateOracle(result: Result) {
  const sums = (indicators: readonly IndicatorResult[]) => {
    let w = 0;
    let s = 0;
    let level: number | null = null;
    for (const i of indicators) {
      if (i.score === null || i.level === null) continue;
      w += i.weight.value;
      s += i.weight.value * i.score;
      level = level === null ? i.level : Math.min(level, i.level);
    }
    return { score: w === 0 ? null : s / w, level };
  };
  return {
    domains: result.domains.map((d) => {
      const own = result.indicators.filter((i) => i.domain === d.id);
      const s = sums(own);
      return { id: d.id, level: s.level, score: s.score, applicable: count(own) };
    }),
    maturityIndex: sums(result.indicators).score ?? 0,
    applicable: count(result.indicators),
  };
}

const count = (indicators: readonly IndicatorResult[]): number =>
  indicators.filter((i) => i.status !== "notApplicable").length;

function expectAggregatesMatch(result: Result): void {
  const oracle = aggregateOracle(result);
  result.domains.forEach((d, k) => {
    const o = oracle.domains[k];
    expect(d.applicable).toBe(o?.applicable);
    expect(d.level).toBe(o?.level);
    if (o?.score === null || d.score === null) expect(d.score).toBe(o?.score);
    else expect(d.score).toBeCloseTo(o?.score ?? Number.NaN, 12);
  });
  expect(result.overall.applicable).toBe(oracle.applicable);
  expect(result.overall.maturityIndex).toBeCloseTo(oracle.maturityIndex, 12);
}

/** The three kinds of nothing for one indicator, on the same model and otherwise same answers. */
function threeKinds(model: Model, document: AssessmentDocument, id: string) {
  const indicator = indicatorsOf(model).find((i) => i.id === id);
  if (indicator === undefined) throw new Error(`no indicator ${id}`);
  const own = new Set([id, ...(indicator.practices ?? []).map((p) => p.id)]);
  const others = document.answers.filter((a) => !own.has(a.practice ?? a.indicator ?? ""));
  const every = (answer: (practice: string) => AnswerDocument): AnswerDocument[] =>
    indicator.rating === "level"
      ? [answer(id)]
      : (indicator.practices ?? []).map((p) => answer(p.id));
  const target = (key: string) =>
    indicator.rating === "level" ? { indicator: key } : { practice: key };
  const variant = (answers: AnswerDocument[]) => score(model, { ...document, answers });
  return {
    notApplicable: variant([
      ...others,
      ...every((key) => ({ ...target(key), code: "NA", rationale: "We do not do this." })),
    ]),
    unanswered: variant(others),
    zero: variant([
      ...others,
      ...every((key) =>
        indicator.rating === "level" ? { indicator: key, level: 0 } : { practice: key, code: "N" },
      ),
    ]),
    items: indicator.rating === "level" ? 1 : (indicator.practices ?? []).length,
  };
}

function expectThreeKinds(model: Model, document: AssessmentDocument, id: string): void {
  const { notApplicable, unanswered, zero, items } = threeKinds(model, document, id);
  const find = (r: Result) => {
    const k = r.indicators.findIndex((i) => i.id === id);
    return { k, i: r.indicators[k] as IndicatorResult };
  };
  const na = find(notApplicable).i;
  const un = find(unanswered).i;
  const { k, i: zr } = find(zero);

  // Not applicable: no numbers, no items, left out of the domain and overall figures.
  expect(na).toMatchObject({ status: "notApplicable", level: null, score: null, gap: null });
  expect(na.items).toEqual({ applicable: 0, answered: 0 });
  expectAggregatesMatch(notApplicable);
  expect(notApplicable.overall.applicable).toBe(zero.overall.applicable - 1);
  expect(notApplicable.overall.notApplicable).toBe(zero.overall.notApplicable + 1);
  const domainOf = (r: Result) => r.domains.find((d) => d.id === na.domain);
  expect(domainOf(notApplicable)?.applicable).toBe((domainOf(zero)?.applicable ?? 0) - 1);

  // Not answered: counts as not achieved, but is flagged and lowers coverage.
  expect(un).toMatchObject({ status: "unanswered", level: 0, score: 0, gap: un.target });
  expect(un.items).toEqual({ applicable: items, answered: 0 });
  expect(unanswered.warnings).toContainEqual(
    expect.objectContaining({ code: "unanswered_indicator", path: ["indicators", k] }),
  );
  expect(unanswered.overall.coverage).toBeLessThan(1);

  // Level 0: answered, scored, fully covered for this indicator, no warning about it.
  expect(zr).toMatchObject({ status: "scored", level: 0, score: 0, gap: zr.target });
  expect(zr.items).toEqual({ applicable: items, answered: items });
  expect(zero.warnings.filter((w) => w.params.id === id)).toEqual([]);
  expect(zero.overall.coverage).toBeGreaterThan(unanswered.overall.coverage);

  expect(new Set([na.status, un.status, zr.status]).size).toBe(3);
  // Unanswered and level 0 weigh the same in the figures; only the coverage tells them apart.
  expect(unanswered.overall.maturityIndex).toBe(zero.overall.maturityIndex);
  expect(unanswered.domains).toEqual(zero.domains);
  expectAggregatesMatch(unanswered);
  expectAggregatesMatch(zero);
}

describe("the three kinds of nothing", () => {
  it("not applicable, not answered and level 0 differ for gov-roles of the mini model", () => {
    const model = parseValidModel(miniModel());
    expectThreeKinds(model, uniformAssessmentDocument(model, { code: "F", level: 3 }), "gov-roles");
  });

  const withOptionalIndicator = modelArb()
    .filter((model) => notApplicableAllowed(model).length > 0)
    .chain((model) =>
      fc.record({
        model: fc.constant(model),
        document: assessmentDocumentArb(model),
        id: fc.constantFrom(...notApplicableAllowed(model).map((i) => i.id)),
      }),
    );

  test.prop([withOptionalIndicator], RUNS)(
    "not applicable, not answered and level 0 are three different outcomes",
    ({ model, document, id }) => {
      expectThreeKinds(model, document, id);
    },
  );
});
