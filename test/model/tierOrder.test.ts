// The structural monotonicity check: tier rules listed from the highest tier down (per institution
// type), with the default tier lowest, are monotone by construction. These properties prove the
// claim against an independent brute-force oracle, and check that rules in another order still get
// the exact enumeration.
import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { deriveRiskTier, type Model, parseModel } from "../../src/index.js";
import { tierDisorder } from "../../src/model/check/tierOrder.js";
import type { ModelDocument } from "../fixtures/miniModel.js";
import { miniModel } from "../fixtures/miniModel.js";

if (process.env.CI) fc.configureGlobal({ seed: 42 });

type RiskProfileDocument = ModelDocument["riskProfile"];
type RuleDocument = RiskProfileDocument["tierRules"][number];

const text = { nl: "x", en: "x" };
const TIERS = ["t0", "t1", "t2", "t3"];
const TYPES = ["ty0", "ty1", "ty2"];

/** A small risk profile: 1–3 factors of 2–4 values, 0–3 types, 2–4 tiers, no rules yet. */
const shapeArb = fc.record({
  sizes: fc.array(fc.integer({ min: 2, max: 4 }), { minLength: 1, maxLength: 3 }),
  types: fc.integer({ min: 0, max: 3 }),
  tiers: fc.integer({ min: 2, max: 4 }),
});
type Shape = typeof shapeArb extends fc.Arbitrary<infer T> ? T : never;

/** A condition as a tier rule has it: thresholds (0 included), a sum, institution types. */
function whenArb(shape: Shape): fc.Arbitrary<RuleDocument["when"]> {
  const sumMax = shape.sizes.reduce((a, b) => a + b - 1, 0);
  return fc
    .record({
      factors: fc.tuple(
        ...shape.sizes.map((size) =>
          fc.option(fc.integer({ min: 0, max: size - 1 }), { nil: undefined, freq: 2 }),
        ),
      ),
      sum: fc.option(fc.integer({ min: 0, max: sumMax + 1 }), { nil: undefined, freq: 3 }),
      types:
        shape.types === 0
          ? fc.constant(undefined)
          : fc.option(fc.subarray(TYPES.slice(0, shape.types), { minLength: 1 }), {
              nil: undefined,
              freq: 2,
            }),
    })
    .map(({ factors, sum, types }) => {
      const atLeast: Record<string, number> = {};
      factors.forEach((v, f) => {
        if (v !== undefined) atLeast[`f${f}`] = v;
      });
      return {
        ...(Object.keys(atLeast).length > 0 ? { factors: atLeast } : {}),
        ...(sum === undefined ? {} : { sumAtLeast: sum }),
        ...(types === undefined ? {} : { institutionTypes: types }),
      };
    });
}

/** Rules in any order, with any default tier. */
function anyProfileArb(shape: Shape): fc.Arbitrary<RiskProfileDocument> {
  return fc
    .record({
      rules: fc.array(
        fc.record({ tier: fc.integer({ min: 0, max: shape.tiers - 1 }), when: whenArb(shape) }),
        { maxLength: 6 },
      ),
      fallback: fc.integer({ min: 0, max: shape.tiers - 1 }),
    })
    .map(({ rules, fallback }) =>
      profile(
        shape,
        rules.map((r) => ({ tier: TIERS[r.tier] ?? "", when: r.when })),
        fallback,
      ),
    );
}

/**
 * Rules listed from the highest tier down and the default tier not above the lowest rule: either
 * for all types at once, or in one ordered block per institution type (each rule of a block
 * restricted to that type), which is ordered for every type but not as one list.
 */
function orderedProfileArb(shape: Shape): fc.Arbitrary<RiskProfileDocument> {
  const ruleArb = fc.record({
    tier: fc.integer({ min: 0, max: shape.tiers - 1 }),
    when: whenArb(shape),
  });
  const sorted = (rules: { tier: number; when: RuleDocument["when"] }[]) =>
    [...rules].sort((a, b) => b.tier - a.tier);
  const lowest = (rules: { tier: number }[]) =>
    Math.min(shape.tiers - 1, ...rules.map((r) => r.tier));
  const together = fc.array(ruleArb, { maxLength: 6 }).chain((rules) =>
    fc.integer({ min: 0, max: lowest(rules) }).map((fallback) =>
      profile(
        shape,
        sorted(rules).map((r) => ({ tier: TIERS[r.tier] ?? "", when: r.when })),
        fallback,
      ),
    ),
  );
  if (shape.types === 0) return together;
  const blocks = fc
    .tuple(
      ...TYPES.slice(0, shape.types).map((type) =>
        fc.array(ruleArb, { maxLength: 3 }).map((rules) =>
          sorted(rules).map((r) => ({
            tier: r.tier,
            when: { ...r.when, institutionTypes: [type] },
          })),
        ),
      ),
    )
    .chain((lists) => {
      const rules = lists.flat();
      return fc.integer({ min: 0, max: lowest(rules) }).map((fallback) =>
        profile(
          shape,
          rules.map((r) => ({ tier: TIERS[r.tier] ?? "", when: r.when })),
          fallback,
        ),
      );
    });
  return fc.oneof(together, blocks);
}

function profile(shape: Shape, rules: RuleDocument[], fallback: number): RiskProfileDocument {
  return {
    factors: shape.sizes.map((size, f) => ({
      id: `f${f}`,
      label: text,
      question: text,
      values: Array.from({ length: size }, (_, value) => ({ value, label: text })),
    })),
    institutionTypes: TYPES.slice(0, shape.types).map((id) => ({ id, label: text })),
    tiers: TIERS.slice(0, shape.tiers).map((id) => ({ id, label: text, description: text })),
    tierRules: rules,
    defaultTier: TIERS[fallback] ?? "",
  };
}

/** The mini model with another risk profile; every indicator gets target 1 in every tier. */
function withProfile(rp: RiskProfileDocument): ModelDocument {
  const doc = miniModel();
  doc.riskProfile = rp;
  for (const domain of doc.domains) {
    for (const ind of domain.indicators) {
      delete ind.riskWeights;
      ind.targets = Object.fromEntries(rp.tiers.map((t) => [t.id, 1]));
    }
  }
  return doc;
}

/** The tier by the decision list, evaluated independently of the library. */
function oracleTier(rp: RiskProfileDocument, values: number[], type: string | undefined): number {
  const sum = values.reduce((a, b) => a + b, 0);
  for (const rule of rp.tierRules) {
    const { factors = {}, sumAtLeast, institutionTypes } = rule.when;
    if (institutionTypes && (type === undefined || !institutionTypes.includes(type))) continue;
    if (Object.entries(factors).some(([id, v]) => (values[Number(id.slice(1))] ?? 0) < v)) continue;
    if (sumAtLeast !== undefined && sum < sumAtLeast) continue;
    return TIERS.indexOf(rule.tier);
  }
  return TIERS.indexOf(rp.defaultTier);
}

/** Whether raising one factor by one step ever lowers the tier, by trying every combination. */
function oracleMonotone(rp: RiskProfileDocument): boolean {
  const sizes = rp.factors.map((f) => f.values.length);
  const all: number[][] = [[]];
  for (const size of sizes) {
    const next: number[][] = [];
    for (const head of all) for (let v = 0; v < size; v++) next.push([...head, v]);
    all.splice(0, all.length, ...next);
  }
  for (const type of [undefined, ...rp.institutionTypes.map((t) => t.id)]) {
    for (const values of all) {
      const here = oracleTier(rp, values, type);
      for (const [f, size] of sizes.entries()) {
        const v = values[f] ?? 0;
        if (v + 1 >= size) continue;
        const up = [...values];
        up[f] = v + 1;
        if (oracleTier(rp, up, type) < here) return false;
      }
    }
  }
  return true;
}

function parsed(doc: ModelDocument): Model {
  const result = parseModel(doc);
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.value;
}

/** A model, a profile, a type and a factor that can be raised by one step. */
const raiseArb = shapeArb.chain((shape) =>
  fc.record({
    rp: orderedProfileArb(shape),
    values: fc.tuple(...shape.sizes.map((size) => fc.integer({ min: 0, max: size - 1 }))),
    factor: fc.integer({ min: 0, max: shape.sizes.length - 1 }),
    type: fc.option(fc.constantFrom(...TYPES.slice(0, Math.max(1, shape.types))), {
      nil: undefined,
    }),
    types: fc.constant(shape.types),
  }),
);

describe("tier rules listed from the highest tier down", () => {
  test.prop([raiseArb], { numRuns: 300 })(
    "are accepted, and raising any factor never lowers deriveRiskTier's tier",
    ({ rp, values, factor, type, types }) => {
      const model = parsed(withProfile(rp));
      const institutionType = types === 0 ? undefined : type;
      const profileOf = (vs: readonly number[]) =>
        Object.fromEntries(vs.map((v, f) => [`f${f}`, v]));
      const size = rp.factors[factor]?.values.length ?? 0;
      const raised = [...values];
      raised[factor] = Math.min(size - 1, (values[factor] ?? 0) + 1);
      const rank = (vs: readonly number[]) =>
        TIERS.indexOf(deriveRiskTier(model, profileOf(vs), institutionType).tier);
      expect(rank(raised)).toBeGreaterThanOrEqual(rank(values));
    },
  );

  test.prop([shapeArb.chain(orderedProfileArb)], { numRuns: 200 })(
    "need no enumeration: the order check finds nothing out of place",
    (rp) => {
      const model = parsed(withProfile(rp));
      const rank = new Map(model.riskProfile.tiers.map((t, i) => [t.id, i]));
      expect(tierDisorder(model.riskProfile, rank)).toBeNull();
    },
  );
});

describe("tier rules in any order", () => {
  const anyArb = shapeArb.chain(anyProfileArb);
  const rankOf = (rp: RiskProfileDocument) => new Map(rp.tiers.map((t, i) => [t.id, i]));

  test.prop([anyArb], { numRuns: 400 })(
    "are monotone whenever the order check finds nothing out of place",
    (rp) => {
      if (tierDisorder(rp, rankOf(rp)) === null) expect(oracleMonotone(rp)).toBe(true);
    },
  );

  test.prop([anyArb], { numRuns: 400 })(
    "are accepted by parseModel exactly when they are monotone (enumerated while small)",
    (rp) => {
      const result = parseModel(withProfile(rp));
      const codes = result.ok ? [] : result.issues.map((i) => i.code);
      expect(codes).toEqual(oracleMonotone(rp) ? [] : ["tier_rules_not_monotone"]);
    },
  );
});

describe("the order check", () => {
  const shape = { sizes: [3, 3], types: 2, tiers: 3 };
  const rp = (rules: RuleDocument[], fallback = 0) => profile(shape, rules, fallback);
  const disorder = (p: RiskProfileDocument) =>
    tierDisorder(p, new Map(TIERS.map((t, i) => [t, i])));

  it("names the type, the rule out of order and the rule before it", () => {
    const rules: RuleDocument[] = [
      { tier: "t2", when: { factors: { f0: 2 } } },
      { tier: "t1", when: { institutionTypes: ["ty1"], factors: { f1: 1 } } },
      { tier: "t2", when: { institutionTypes: ["ty0", "ty1"], sumAtLeast: 3 } },
    ];
    expect(disorder(rp(rules))).toEqual({ type: "ty1", at: 2, after: 1 });
  });

  it("names the default tier when it is above the last rule that can hold", () => {
    const rules: RuleDocument[] = [{ tier: "t1", when: { factors: { f0: 1 } } }];
    expect(disorder(rp(rules, 2))).toEqual({ type: undefined, at: "default", after: 0 });
    expect(disorder(rp(rules, 1))).toBeNull();
  });

  it("ignores what follows a rule that always holds for the type", () => {
    const rules: RuleDocument[] = [
      { tier: "t1", when: { institutionTypes: ["ty0"], factors: { f0: 0 }, sumAtLeast: 0 } },
      { tier: "t2", when: { institutionTypes: ["ty0"], factors: { f1: 1 } } },
    ];
    expect(disorder(rp(rules, 2))).toBeNull();
    // Without the catch-all's type, or with a threshold above 0, the rest is reachable.
    expect(disorder(rp([{ ...rules[1], tier: "t1" } as RuleDocument], 2))).toEqual({
      type: "ty0",
      at: "default",
      after: 0,
    });
    const threshold: RuleDocument = { tier: "t1", when: { factors: { f0: 1 } } };
    expect(disorder(rp([threshold, { tier: "t2", when: {} }]))).toEqual({
      type: undefined,
      at: 1,
      after: 0,
    });
  });
});
