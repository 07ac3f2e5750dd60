// Hostile model documents for parseModel: wrong types at every level, missing and extra fields,
// duplicate and unknown ids, prototype names as ids and keys, non-JSON numbers and values,
// impossible dates, huge and empty strings, deep nesting, cycles, frozen and proxied inputs, and
// risk profiles built to make the monotonicity check slow.
import { expect } from "vitest";
import { type Model, parseModel } from "../../src/index.js";
import { deepFreezeInput } from "../fixtures/deepFrozen.js";
import { removeAt, renameId, setAt } from "../fixtures/jsonEdit.js";
import { miniModel } from "../fixtures/miniModel.js";
import {
  fromJson,
  type HostileCase,
  hostile,
  hostileCase,
  hostileSuite,
  issue,
  longString,
  nested,
  TEN_MB,
  tracked,
} from "./harness.js";

/** The path of `gov-policy`, the first indicator of the mini model. */
const IND = ["domains", 0, "indicators", 0] as const;

/** A mini model document changed at one path. */
const withValue = (path: readonly (string | number)[], value: unknown) => () =>
  setAt(miniModel(), path, value);

const parse = (input: unknown) => parseModel(input);

const text = { nl: "t", en: "t" };

/** A mini model with `n` level-rated indicators, each depending on the one before, in a cycle. */
function chainModel(n: number): unknown {
  const doc = miniModel() as unknown as Record<string, unknown>;
  const domains: unknown[] = [];
  for (let d = 0; d * 200 < n; d++) {
    const indicators: unknown[] = [];
    for (let i = d * 200; i < Math.min(n, (d + 1) * 200); i++) {
      indicators.push({
        id: `c${i}`,
        title: text,
        description: text,
        sources: [{ source: "guide", ref: "1" }],
        rating: "level",
        weight: 1,
        targets: { low: 1, high: 1 },
        dependsOn: [`c${(i + n - 1) % n}`],
      });
    }
    domains.push({ id: `d${d}`, title: text, description: text, indicators });
  }
  doc.domains = domains;
  return doc;
}

/**
 * A mini model whose risk profile has `factors` factors of `values` values each, one institution
 * type and 50 tier rules that each sum every factor: the monotonicity check enumerates every
 * combination for both "no type" and the one type.
 */
function heavyRiskProfile(
  factors: number,
  values: number,
  { types = 1, unordered = false }: { types?: number; unordered?: boolean } = {},
): unknown {
  const doc = miniModel();
  const rp = doc.riskProfile;
  rp.factors = Array.from({ length: factors }, (_, f) => ({
    id: `f${f}`,
    label: text,
    question: text,
    values: Array.from({ length: values }, (_, value) => ({ value, label: text })),
  }));
  rp.institutionTypes = Array.from({ length: types }, (_, t) => ({ id: `type${t}`, label: text }));
  rp.tierRules = Array.from({ length: 50 }, (_, r) => ({
    tier: "high",
    when: { factors: { f0: 1 }, sumAtLeast: 1000 - r },
  }));
  // A rule of the lower tier first: the rules are then no longer ordered from the highest down.
  if (unordered) rp.tierRules[0] = { tier: "low", when: { sumAtLeast: 1000 } };
  for (const domain of doc.domains) {
    for (const ind of domain.indicators) {
      delete ind.riskWeights;
      delete ind.targetRules;
    }
  }
  return doc;
}

const impossibleDates = ["2025-02-30", "2025-13-01", "2025-1-1", "2025-02-29"];

const cases: HostileCase[] = [
  // The whole input
  hostileCase({
    name: "the whole input is null",
    input: () => null,
    call: parse,
    expect: { issues: [issue("invalid_type", [])] },
  }),
  hostileCase({
    name: "the whole input is an array",
    input: () => [miniModel()],
    call: parse,
    expect: { issues: [issue("invalid_type", [])] },
  }),
  hostileCase({
    name: "the whole input is the JSON text, not parsed",
    input: () => JSON.stringify(miniModel()),
    call: parse,
    expect: { issues: [issue("invalid_type", [])] },
  }),
  hostileCase({
    name: "the whole input is undefined",
    input: () => undefined,
    call: parse,
    expect: { issues: [issue("not_json", [])] },
  }),
  hostileCase({
    name: "an empty object: every required field reported at its own path",
    input: () => ({}),
    call: parse,
    expect: {
      issues: [
        "id",
        "version",
        "releasedOn",
        "title",
        "description",
        "sources",
        "levels",
        "answerScale",
        "levelRule",
        "riskProfile",
        "domains",
      ].map((field) => issue("required", [field])),
    },
  }),

  // Wrong types and non-JSON numbers
  hostileCase({
    name: 'a weight given as the string "2"',
    input: withValue([...IND, "weight"], "2"),
    call: parse,
    expect: { issues: [issue("invalid_type", [...IND, "weight"])] },
  }),
  hostileCase({
    name: 'a level number given as the string "1"',
    input: withValue(["levels", 1, "level"], "1"),
    call: parse,
    expect: { issues: [issue("invalid_type", ["levels", 1, "level"])] },
  }),
  hostileCase({
    name: "a fractional level number 2.5",
    input: withValue(["levels", 1, "level"], 2.5),
    call: parse,
    expect: { issues: [issue("invalid_type", ["levels", 1, "level"])] },
  }),
  hostileCase({
    name: "a weight of NaN",
    input: withValue([...IND, "weight"], Number.NaN),
    call: parse,
    expect: { issues: [issue("not_json", [...IND, "weight"])] },
  }),
  hostileCase({
    name: "a weight of Infinity",
    input: withValue([...IND, "weight"], Number.POSITIVE_INFINITY),
    call: parse,
    expect: { issues: [issue("not_json", [...IND, "weight"])] },
  }),
  hostileCase({
    name: "a risk-weight multiplier of -Infinity",
    input: withValue([...IND, "riskWeights", 0, "multiplier"], Number.NEGATIVE_INFINITY),
    call: parse,
    expect: { issues: [issue("not_json", [...IND, "riskWeights", 0, "multiplier"])] },
  }),
  hostileCase({
    name: "a weight of -0 reads as 0, which is too small",
    input: withValue([...IND, "weight"], -0),
    call: parse,
    expect: { issues: [issue("too_small", [...IND, "weight"])] },
  }),
  hostileCase({
    name: "a BigInt weight",
    input: withValue([...IND, "weight"], 2n),
    call: parse,
    expect: { issues: [issue("not_json", [...IND, "weight"])] },
  }),

  // Impossible dates, and the one leap day that exists
  ...impossibleDates.map((date) =>
    hostileCase({
      name: `releasedOn "${date}"`,
      input: withValue(["releasedOn"], date),
      call: parse,
      expect: { issues: [issue("invalid_format", ["releasedOn"])] },
    }),
  ),
  hostileCase({
    name: 'releasedOn "2024-02-29", a real leap day, is accepted',
    input: withValue(["releasedOn"], "2024-02-29"),
    call: parse,
    expect: { parsed: (m) => expect((m as Model).releasedOn).toBe("2024-02-29") },
  }),

  // Missing, extra, duplicate and unknown
  hostileCase({
    name: "an extra field at the root",
    input: withValue(["extra"], true),
    call: parse,
    expect: { issues: [issue("unknown_key", ["extra"])] },
  }),
  hostileCase({
    name: "a misspelt field in an indicator",
    input: withValue([...IND, "wieght"], 2),
    call: parse,
    expect: { issues: [issue("unknown_key", [...IND, "wieght"])] },
  }),
  hostileCase({
    name: "an indicator without targets",
    input: () => removeAt(miniModel(), [...IND, "targets"]),
    call: parse,
    expect: { issues: [issue("required", [...IND, "targets"])] },
  }),
  hostileCase({
    name: "two indicators with the same id",
    input: withValue(["domains", 1, "indicators", 0, "id"], "gov-policy"),
    call: parse,
    expect: { issues: [issue("duplicate_id", ["domains", 1, "indicators", 0, "id"])] },
  }),
  hostileCase({
    name: "a dependency on an indicator that does not exist",
    input: withValue([...IND, "dependsOn"], ["nowhere"]),
    call: parse,
    expect: { issues: [issue("unknown_indicator", [...IND, "dependsOn", 0])] },
  }),

  // Prototype names
  hostileCase({
    name: "__proto__ as an own key of the root (JSON.parse), carrying a pollution payload",
    input: () => {
      const doc = fromJson('{"__proto__": {"polluted": "yes", "isAdmin": true}}');
      return Object.assign(doc, miniModel());
    },
    call: parse,
    expect: { issues: [issue("forbidden_key", ["__proto__"])] },
  }),
  hostileCase({
    name: "__proto__ as an own key of an indicator's targets (JSON.parse)",
    input: withValue([...IND, "targets"], fromJson('{"low":2,"high":3,"__proto__":{"x":1}}')),
    call: parse,
    expect: { issues: [issue("forbidden_key", [...IND, "targets", "__proto__"])] },
  }),
  hostileCase({
    name: "__proto__ as a tier id",
    input: withValue(["riskProfile", "tiers", 0, "id"], "__proto__"),
    call: parse,
    expect: { issues: [issue("invalid_format", ["riskProfile", "tiers", 0, "id"])] },
  }),
  hostileCase({
    name: "constructor, toString and hasOwnProperty as tier and factor ids (and target keys)",
    input: () =>
      renameId(
        renameId(renameId(miniModel(), "low", "constructor"), "high", "toString"),
        "exposure",
        "hasOwnProperty",
      ),
    call: parse,
    expect: {
      parsed: (value) => {
        const m = value as Model;
        expect(m.riskProfile.tiers.map((t) => t.id)).toEqual(["constructor", "toString"]);
        expect(m.riskProfile.defaultTier).toBe("constructor");
        expect(m.domains[0]?.indicators[0]?.targets).toEqual({ constructor: 2, toString: 3 });
        expect(m.riskProfile.factors[0]?.id).toBe("hasOwnProperty");
      },
    },
  }),
  hostileCase({
    name: "toString as a target key when no tier has that id",
    input: withValue([...IND, "targets"], { low: 2, high: 3, toString: 2 }),
    call: parse,
    expect: { issues: [issue("unknown_tier", [...IND, "targets", "toString"])] },
  }),
  hostileCase({
    name: "hasOwnProperty as a tier-rule factor when no factor has that id",
    input: withValue(["riskProfile", "tierRules", 0, "when", "factors"], { hasOwnProperty: 1 }),
    call: parse,
    expect: {
      issues: [
        issue("unknown_factor", [
          "riskProfile",
          "tierRules",
          0,
          "when",
          "factors",
          "hasOwnProperty",
        ]),
      ],
    },
  }),

  // Sizes and shapes
  hostileCase({
    name: "a 10 MB title",
    input: withValue(["title", "en"], longString(TEN_MB)),
    call: parse,
    expect: { issues: [issue("too_big", ["title", "en"])] },
    budget: { ms: 2000, why: "10 MB of text, above the 1 MB of the 100 ms budget" },
  }),
  hostileCase({
    name: "an empty title",
    input: withValue(["title", "en"], ""),
    call: parse,
    expect: { issues: [issue("too_small", ["title", "en"])] },
  }),
  hostileCase({
    name: "a description nested 10,000 objects deep",
    input: withValue(["description"], nested(10_000)),
    call: parse,
    expect: { issues: [issue("not_json", ["description", ...Array<string>(63).fill("a")])] },
    compare: "iterative",
  }),
  hostileCase({
    name: "a root of 10,000 nested arrays (JSON.parse)",
    input: () => JSON.parse(`${"[".repeat(10_000)}${"]".repeat(10_000)}`),
    call: parse,
    expect: { issues: [issue("not_json", Array<number>(64).fill(0))] },
    compare: "iterative",
  }),
  hostileCase({
    name: "a cycle: a domain that contains the model",
    input: () => {
      const doc = miniModel();
      (doc.domains[0] as Record<string, unknown>).self = doc;
      return doc;
    },
    call: parse,
    expect: { issues: [issue("not_json", ["domains", 0, "self"])] },
  }),
  hostileCase({
    name: "a cycle through an array: sources contains itself",
    input: () => {
      const doc = miniModel();
      (doc.sources as unknown[]).push(doc.sources);
      return doc;
    },
    call: parse,
    expect: { issues: [issue("not_json", ["sources", 2])] },
  }),
  hostileCase({
    name: "a sparse domains array (a hole between two domains)",
    input: () => {
      const doc = miniModel();
      const [a, b] = doc.domains;
      const holey: unknown[] = [a];
      holey[2] = b;
      (doc as { domains: unknown }).domains = holey;
      return doc;
    },
    call: parse,
    expect: { issues: [issue("not_json", ["domains", 1])] },
  }),

  // Values that are not plain data
  hostileCase({
    name: "a Date where the ISO date string belongs",
    input: withValue(["releasedOn"], new Date("2024-06-01")),
    call: parse,
    expect: { issues: [issue("not_json", ["releasedOn"])] },
  }),
  hostileCase({
    name: "a Map where the sources array belongs",
    input: withValue(["sources"], new Map([["guide", {}]])),
    call: parse,
    expect: { issues: [issue("not_json", ["sources"])] },
  }),
  hostileCase({
    name: "a symbol as the model id",
    input: () => tracked(setAt(miniModel(), ["id"], Symbol("mini"))),
    call: parse,
    expect: { issues: [issue("not_json", ["id"])] },
  }),
  hostileCase({
    name: "a function as a weight",
    input: () => tracked(setAt(miniModel(), [...IND, "weight"], () => 2)),
    call: parse,
    expect: { issues: [issue("not_json", [...IND, "weight"])] },
  }),
  hostileCase({
    name: "a getter that throws, on an indicator's weight",
    input: () => {
      const doc = miniModel();
      Object.defineProperty(doc.domains[0]?.indicators[0], "weight", {
        enumerable: true,
        get() {
          throw new Error("hostile getter");
        },
      });
      return tracked(doc);
    },
    call: parse,
    expect: { issues: [issue("not_json", [...IND])] },
  }),

  // Frozen and proxied inputs
  hostileCase({
    name: 'deep-frozen, with a weight given as "2"',
    input: () => deepFreezeInput(setAt(miniModel(), [...IND, "weight"], "2")),
    call: parse,
    expect: { issues: [issue("invalid_type", [...IND, "weight"])] },
  }),
  hostileCase({
    name: "deep-frozen and valid",
    input: () => deepFreezeInput(miniModel()),
    call: parse,
    expect: { parsed: (m) => expect(m).toEqual(miniModel()) },
  }),
  hostileCase({
    name: "valid, behind proxies that count reads: each property read once, nothing written",
    input: () => tracked(miniModel()),
    call: parse,
    expect: { parsed: (m) => expect(m).toEqual(miniModel()) },
    readOnce: true,
  }),
  hostileCase({
    // Unbounded, a loop that re-reads the length never ends; the cap keeps a failure finite.
    name: "a sources array whose length grows by one each time it is read (capped at 20,000)",
    input: () => {
      const doc = miniModel();
      const sources = doc.sources;
      return tracked(doc, {
        read: (target, key, value, nth) =>
          target === sources && key === "length"
            ? Math.min(sources.length + nth - 1, 20_000)
            : value,
      });
    },
    call: parse,
    expect: { parsed: (m) => expect((m as Model).sources).toHaveLength(2) },
    readOnce: true,
  }),
  hostileCase({
    name: "a proxy whose ownKeys trap throws, as the whole input",
    input: () => hostile(miniModel(), ["ownKeys"]),
    call: parse,
    expect: { issues: [issue("not_json", [])] },
  }),
  hostileCase({
    name: "a proxy whose get trap throws, as a domain",
    input: () => {
      const doc = miniModel();
      const domains = doc.domains as unknown[];
      domains[0] = hostile(domains[0] as object, ["get"]);
      return doc;
    },
    call: parse,
    expect: { issues: [issue("not_json", ["domains", 0])] },
  }),
  hostileCase({
    name: "a proxy whose getPrototypeOf trap throws, as the risk profile",
    input: () => {
      const doc = miniModel();
      (doc as Record<string, unknown>).riskProfile = hostile(doc.riskProfile, ["getPrototypeOf"]);
      return doc;
    },
    call: parse,
    expect: { issues: [issue("not_json", ["riskProfile"])] },
  }),

  // Work that grows with the input
  hostileCase({
    name: "a dependsOn chain through 2,000 indicators that closes in a cycle",
    input: () => chainModel(2000),
    call: parse,
    expect: { issues: [issue("dependency_cycle")] },
  }),
  hostileCase({
    // 11^12 combinations × 21: far too many to enumerate, and no need to, in this order.
    name: "12 risk factors of 11 values, 20 types, 50 ordered tier rules: monotone by construction",
    input: () => heavyRiskProfile(12, 11, { types: 20 }),
    call: parse,
    expect: { parsed: (m) => expect((m as Model).riskProfile.factors).toHaveLength(12) },
  }),
  hostileCase({
    name: "12 risk factors of 11 values with a rule out of order: tier_rules_unordered, said at once",
    input: () => heavyRiskProfile(12, 11, { unordered: true }),
    call: parse,
    expect: { issues: [issue("tier_rules_unordered", ["riskProfile", "tierRules", 1])] },
  }),
  hostileCase({
    // 3^8 = 6,561 combinations, for no type and one type: 13,122 of the 20,000 allowed.
    name: "8 risk factors of 3 values and 50 tier rules out of order, enumerated under the limit",
    input: () => heavyRiskProfile(8, 3, { unordered: true }),
    call: parse,
    expect: { parsed: (m) => expect((m as Model).riskProfile.tierRules).toHaveLength(50) },
  }),
];

hostileSuite("models", cases);
