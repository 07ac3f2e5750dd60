// Under all three level rules the level is the score's whole part: below the highest level
// `level === Math.floor(score)` (so level ≤ score < level + 1), at it `score === max`. Checked on
// random practice sets and random answer scales (values at least 0.01 apart, as parseModel
// requires), and on whole assessments scored by scoreAssessment.
import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { scoreAssessment } from "../../src/index.js";
import { ANSWER_VALUE_MARGIN } from "../../src/model/check/checkScales.js";
import {
  indicatorLevel,
  NOT_APPLICABLE,
  type PracticeValue,
  UNANSWERED,
} from "../../src/scoring/indicatorLevel.js";
import { modelWithAssessmentArb, parseValidAssessment } from "../fixtures/arbitraries.js";

if (process.env.CI) fc.configureGlobal({ seed: 42 });

const RULES = ["cumulative", "strict", "additive"] as const;

/** An ascending answer scale of 2–10 values in [0, 1], at least the margin apart. */
const scaleArb = fc
  .uniqueArray(fc.integer({ min: 0, max: 100 }), { minLength: 2, maxLength: 10 })
  .map((hundredths) => hundredths.sort((a, b) => a - b).map((h) => h * ANSWER_VALUE_MARGIN));

/** A level rule, a scale, the index of `achievedFrom`, the top level and random practices. */
const caseArb = fc
  .record({
    rule: fc.constantFrom(...RULES),
    scale: scaleArb,
    max: fc.integer({ min: 1, max: 6 }),
    pick: fc.nat(),
  })
  .chain(({ rule, scale, max, pick }) =>
    fc.record({
      rule: fc.constant(rule),
      scale: fc.constant(scale),
      max: fc.constant(max),
      achieved: fc.constant(scale[pick % scale.length] as number),
      practices: fc.array(
        fc.record({
          level: fc.integer({ min: 1, max }),
          value: fc.oneof(
            { weight: 8, arbitrary: fc.constantFrom(...scale) },
            { weight: 1, arbitrary: fc.constant(UNANSWERED) },
            { weight: 1, arbitrary: fc.constant(NOT_APPLICABLE) },
          ),
        }),
        { minLength: 1, maxLength: 40 },
      ),
    }),
  );

/** Why a level and score break the rule, or `undefined` when they keep it. */
function broken(level: number, score: number, max: number): string | undefined {
  if (level === max) return score === max ? undefined : `score ${score} at max ${max}`;
  if (level < 0 || level > max || !Number.isInteger(level)) return `level ${level}`;
  return Math.floor(score) === level ? undefined : `level ${level} with score ${score}`;
}

describe("the level is the score's whole part", () => {
  it("additive: 0.7 + 0.2 + 0.1 (0.9999999999999999 in floating point) is level 1, score 1", () => {
    expect(0.7 + 0.2 + 0.1).toBeLessThan(1);
    const levels = [1, 2, 3].map((level, i) => ({ id: `p${i}`, level, value: [0.7, 0.2, 0.1][i] }));
    const r = indicatorLevel("additive", levels as PracticeValue[], 3, 0.5, 1);
    expect(r).toMatchObject({ level: 1, score: 1 });
  });

  test.prop([caseArb], { numRuns: 1000 })(
    "for random practices and scales under every rule",
    ({ rule, scale, max, achieved, practices }) => {
      const values: PracticeValue[] = practices.map((p, i) => ({ id: `p${i}`, ...p }));
      const top = scale[scale.length - 1] as number;
      const { level, score } = indicatorLevel(rule, values, max, achieved, top);
      expect(broken(level, score, max)).toBeUndefined();
    },
  );

  test.prop([modelWithAssessmentArb({ partialNotApplicable: true })], { numRuns: 100 })(
    "for every indicator scored by scoreAssessment",
    ({ model, document }) => {
      const result = scoreAssessment(model, parseValidAssessment(document, model));
      for (const r of result.indicators) {
        if (r.level === null || r.score === null) continue;
        expect(broken(r.level, r.score, result.maxLevel), `${model.levelRule} ${r.id}`).toBe(
          undefined,
        );
      }
    },
  );
});
