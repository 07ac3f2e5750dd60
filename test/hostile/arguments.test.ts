// Hostile arguments that are not documents: revoked proxies (every operation on one throws a
// TypeError) as a top-level argument, as options, as an option's value and inside values the
// library made, and models frozen by hand with a field missing, for the parsers, scoreAssessment,
// deriveRiskTier, compareResults and the builders. Each ends in a KsmError with a documented code,
// never a raw TypeError. (A revoked proxy inside a parsed document is already a `not_json` issue.)
import {
  type Answer,
  type Assessment,
  type CompareOptions,
  type Crosswalk,
  compareResults,
  deriveRiskTier,
  type Model,
  parseAssessment,
  parseCrosswalk,
  type Result,
  removeAnswer,
  type ScoreOptions,
  scoreAssessment,
  setAnswer,
  setRiskProfile,
} from "../../src/index.js";
import { miniCrosswalk } from "../fixtures/miniModel.js";
import {
  type HostileCase,
  hostileCase,
  hostileSuite,
  mini,
  miniAssessment,
  miniAssessmentDoc,
  miniResult,
  miniV2,
} from "./harness.js";

/** A proxy that has been revoked: reading, testing or freezing it throws a TypeError. */
function revoked<T = never>(): T {
  const { proxy, revoke } = Proxy.revocable({}, {});
  revoke();
  return proxy as T;
}

/** Freezes a value deeply, passing over revoked proxies (freezing one throws). */
function freezeAround(value: unknown): void {
  if (typeof value !== "object" || value === null) return;
  try {
    if (Object.isFrozen(value)) return;
  } catch {
    return;
  }
  Object.freeze(value);
  for (const item of Object.values(value)) freezeAround(item);
}

/** A frozen copy of a value the library made, with `edit` applied: what a caller could forge. */
function forged<T>(value: T, edit: (copy: Record<string, unknown>) => void): T {
  const copy = structuredClone(value) as Record<string, unknown>;
  edit(copy);
  freezeAround(copy);
  return copy as T;
}

/** Sets a value at a path of plain objects and arrays. */
function put(root: Record<string, unknown>, path: readonly (string | number)[], value: unknown) {
  let at = root as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) at = at[key] as Record<string | number, unknown>;
  at[path[path.length - 1] as string | number] = value;
}

/** The mini model forged with a revoked proxy or a missing field at `path`. */
const miniWith = (path: readonly (string | number)[], value: unknown): Model =>
  forged(mini, (m) => put(m, path, value));

const without = (key: string): Model =>
  forged(mini, (m) => {
    delete m[key];
  });

const parse = (doc: unknown, model: Model) => parseAssessment(doc, model);
const walk = (from?: Model, to?: Model) => (doc: unknown) => parseCrosswalk(doc, from, to);
const score = (model: Model, assessment: Assessment, options?: unknown) =>
  scoreAssessment(model, assessment, options as ScoreOptions);
const compare = (baseline: Result, current: Result, options?: unknown) =>
  compareResults(baseline, current, options as CompareOptions);
const profile = { exposure: 1, partnerships: 0 };
const answer: Answer = { practice: "gov-policy.1a", code: "F" };

const cases: HostileCase[] = [
  // parseAssessment: the model argument
  hostileCase({
    name: "parseAssessment with a revoked proxy for the model",
    input: miniAssessmentDoc,
    call: (doc) => parse(doc, revoked()),
    expect: { throws: "not_parsed" },
  }),
  hostileCase({
    name: "parseAssessment with a hand-frozen model without its answer scale",
    input: miniAssessmentDoc,
    call: (doc) => parse(doc, without("answerScale")),
    expect: { throws: "not_parsed" },
  }),
  hostileCase({
    name: "parseAssessment with a hand-frozen fake model: { domains: [] }",
    input: miniAssessmentDoc,
    call: (doc) => parse(doc, Object.freeze({ domains: Object.freeze([]) }) as unknown as Model),
    expect: { throws: "not_parsed" },
  }),
  hostileCase({
    name: "parseAssessment with a model whose first domain is a revoked proxy",
    input: miniAssessmentDoc,
    call: (doc) => parse(doc, miniWith(["domains", 0], revoked())),
    expect: { throws: "not_parsed" },
  }),
  hostileCase({
    name: "parseAssessment with a model whose risk profile is a revoked proxy",
    input: miniAssessmentDoc,
    call: (doc) => parse(doc, miniWith(["riskProfile"], revoked())),
    expect: { throws: "not_parsed" },
  }),

  // parseCrosswalk: the model arguments
  hostileCase({
    name: "parseCrosswalk with a revoked proxy for the from model",
    input: () => miniCrosswalk(),
    call: walk(revoked(), miniV2),
    expect: { throws: "not_parsed" },
  }),
  hostileCase({
    name: "parseCrosswalk with a revoked proxy for the to model",
    input: () => miniCrosswalk(),
    call: walk(mini, revoked()),
    expect: { throws: "not_parsed" },
  }),
  hostileCase({
    name: "parseCrosswalk with a hand-frozen from model whose first domain is null",
    input: () => miniCrosswalk(),
    call: walk(miniWith(["domains", 0], null), miniV2),
    expect: { throws: "not_parsed" },
  }),
  hostileCase({
    name: "parseCrosswalk with a to model whose indicators are a revoked proxy",
    input: () => miniCrosswalk(),
    call: walk(
      mini,
      forged(miniV2, (m) => put(m, ["domains", 1, "indicators"], revoked())),
    ),
    expect: { throws: "not_parsed" },
  }),

  // scoreAssessment
  hostileCase({
    name: "scoreAssessment with a revoked proxy for the model",
    input: () => miniAssessment,
    call: (a) => score(revoked(), a),
    expect: { throws: "not_parsed" },
  }),
  hostileCase({
    name: "scoreAssessment with a revoked proxy for the assessment",
    input: () => mini,
    call: (m) => score(m, revoked()),
    expect: { throws: "not_parsed" },
  }),
  hostileCase({
    name: "scoreAssessment with a revoked proxy for the options",
    input: () => miniAssessment,
    call: (a) => score(mini, a, revoked()),
    expect: { throws: "invalid_argument" },
  }),
  hostileCase({
    name: "scoreAssessment with a revoked proxy for asOf",
    input: () => miniAssessment,
    call: (a) => score(mini, a, { asOf: revoked() }),
    expect: { throws: "invalid_argument" },
  }),
  hostileCase({
    name: "scoreAssessment with a hand-frozen model without its answer scale",
    input: () => miniAssessment,
    call: (a) => score(without("answerScale"), a),
    expect: { throws: "not_parsed" },
  }),
  hostileCase({
    name: "scoreAssessment with a model whose first indicator is a revoked proxy",
    input: () => miniAssessment,
    call: (a) => score(miniWith(["domains", 0, "indicators", 0], revoked()), a),
    expect: { throws: "not_parsed" },
  }),
  hostileCase({
    name: "scoreAssessment with an assessment whose answers hold a revoked proxy",
    input: () => mini,
    call: (m) =>
      score(
        m,
        forged(miniAssessment, (a) => put(a, ["answers", 0], revoked())),
      ),
    expect: { throws: "not_parsed" },
  }),

  // deriveRiskTier
  hostileCase({
    name: "deriveRiskTier with a revoked proxy for the model",
    input: () => profile,
    call: (p) => deriveRiskTier(revoked(), p),
    expect: { throws: "not_parsed" },
  }),
  hostileCase({
    name: "deriveRiskTier with a revoked proxy for the risk profile",
    input: () => mini,
    call: (m) => deriveRiskTier(m, revoked()),
    expect: { throws: "invalid_argument" },
  }),
  hostileCase({
    name: "deriveRiskTier with a revoked proxy for the institution type",
    input: () => profile,
    call: (p) => deriveRiskTier(mini, p, revoked()),
    expect: { throws: "invalid_argument" },
  }),

  // compareResults
  hostileCase({
    name: "compareResults with a revoked proxy for the baseline",
    input: () => miniResult,
    call: (r) => compare(revoked(), r),
    expect: { throws: "not_parsed" },
  }),
  hostileCase({
    name: "compareResults with a revoked proxy for the options",
    input: () => miniResult,
    call: (r) => compare(r, r, revoked()),
    expect: { throws: "invalid_argument" },
  }),
  hostileCase({
    name: "compareResults with a revoked proxy for the crosswalk",
    input: () => miniResult,
    call: (r) => compare(r, r, { crosswalk: revoked() }),
    expect: { throws: "not_parsed" },
  }),
  hostileCase({
    name: "compareResults with a result whose overall figures are a revoked proxy",
    input: () => miniResult,
    call: (r) =>
      compare(
        forged(r, (c) => put(c, ["overall"], revoked())),
        r,
      ),
    expect: { throws: "not_parsed" },
  }),
  hostileCase({
    name: "compareResults with a result whose first indicator's weight is a revoked proxy",
    input: () => miniResult,
    call: (r) =>
      compare(
        r,
        forged(r, (c) => put(c, ["indicators", 0, "weight"], revoked())),
      ),
    expect: { throws: "not_parsed" },
  }),
  hostileCase({
    name: "compareResults with a result whose indicator has no domain (hand-made)",
    input: () => miniResult,
    call: (r) =>
      compare(
        r,
        forged(r, (c) => put(c, ["indicators", 0, "domain"], undefined)),
      ),
    expect: { throws: "not_parsed" },
  }),
  hostileCase({
    name: "compareResults with a frozen crosswalk whose first mapping is a revoked proxy",
    input: () => miniResult,
    call: (r) => {
      const cw = parseCrosswalk(miniCrosswalk());
      if (!cw.ok) throw new Error("the mini crosswalk parses");
      const bad = forged(cw.value, (c) => put(c, ["mappings", 0], revoked())) as Crosswalk;
      return compare(r, r, { crosswalk: bad });
    },
    expect: { throws: "not_parsed" },
  }),
  hostileCase({
    name: "compareResults with a frozen crosswalk whose first mapping is null",
    input: () => miniResult,
    call: (r) => {
      const cw = parseCrosswalk(miniCrosswalk());
      if (!cw.ok) throw new Error("the mini crosswalk parses");
      return compare(r, r, { crosswalk: forged(cw.value, (c) => put(c, ["mappings", 0], null)) });
    },
    expect: { throws: "not_parsed" },
  }),

  // The builders
  hostileCase({
    name: "setAnswer with a revoked proxy for the assessment",
    input: () => answer,
    call: (a) => setAnswer(revoked(), a),
    expect: { throws: "not_parsed" },
  }),
  hostileCase({
    name: "removeAnswer with a revoked proxy for the id",
    input: () => miniAssessment,
    call: (a) => removeAnswer(a, revoked()),
    expect: { throws: "invalid_argument" },
  }),
  hostileCase({
    name: "setRiskProfile with a revoked proxy for the institution type",
    input: () => miniAssessment,
    call: (a) => setRiskProfile(a, profile, revoked()),
    expect: { throws: "invalid_argument" },
  }),
];

hostileSuite("arguments", cases);
