/**
 * The hostile-input harness. Each case builds a malformed or adversarial input and calls one
 * public function with it; the harness then asserts what the library promises for any input:
 *
 * 1. It ends in a structured issue list (`ok: false`, every issue with a code in `ISSUE_CODES`, an
 *    array path and a string message) or, for misuse APIs, a `KsmError` with a documented code, or
 *    (for inputs that are hostile but valid) a value the case checks. Never a `TypeError`,
 *    `RangeError`, `SyntaxError` or any other error. Each case names the code and path it expects.
 * 2. It is fast: after one warm-up call, one call measured with `performance.now()` takes less
 *    than {@link BUDGET_MS} ms for inputs up to 1 MB. A call over the bound but under twice it is
 *    tried again, up to 3 times in all, and the best time counts, so a GC pause or a busy
 *    neighbour does not fail it. Cases over 1 MB state their own bound and why.
 * 3. The input is not mutated: equal to a `structuredClone` taken before (for inputs over 1 MB and
 *    10,000-level nesting: to a {@link fingerprint} taken before), or, where the input
 *    cannot be cloned (proxies, functions, symbols), no set / defineProperty / deleteProperty trap
 *    of its tracking proxies fired. Cases marked `readOnce` also check that no property is read
 *    twice.
 * 4. `Object.prototype`, `Array.prototype` and `Function.prototype` are not polluted: the same
 *    own properties with the same values after the case as before, and `({}).polluted` undefined.
 *
 * Cases are counted per file in {@link HOSTILE_CASE_COUNTS}; each file checks its own count.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  type Assessment,
  formatIssues,
  ISSUE_CODES,
  type Issue,
  type IssueCode,
  type IssuePath,
  KsmError,
  type KsmErrorCode,
  type Model,
  parseAssessment,
  type Result,
  scoreAssessment,
} from "../../src/index.js";
import {
  crosswalk2023to2025,
  kennisveiligheid2023,
  kennisveiligheid2025,
} from "../../src/models.js";
import {
  type AssessmentDocument,
  parseValidAssessment,
  parseValidModel,
  uniformAssessmentDocument,
} from "../fixtures/arbitraries.js";
import { isDeepFrozen } from "../fixtures/deepFrozen.js";
import { miniModel } from "../fixtures/miniModel.js";

// ---------------------------------------------------------------------------------------------
// Counts

/** Cases per file of `test/hostile/`; each file asserts that it has exactly its count. */
export const HOSTILE_CASE_COUNTS = {
  models: 56,
  crosswalks: 19,
  assessments: 54,
  builders: 25,
  scoring: 31,
  sector: 54,
  render: 60,
  renderLarge: 2,
  arguments: 30,
  comparisons: 8,
} as const;

/** How many hostile inputs the suite runs, for the README. */
export const HOSTILE_CASES: number = Object.values(HOSTILE_CASE_COUNTS).reduce((a, b) => a + b, 0);

/** The time bound for one call with an input of at most 1 MB. */
export const BUDGET_MS = 100;

/** One mebibyte: the size up to which {@link BUDGET_MS} applies. */
export const ONE_MB = 1024 * 1024;

// ---------------------------------------------------------------------------------------------
// Cases

/** An issue a case expects: its code and, where meaningful, its path. */
export interface ExpectedIssue {
  readonly code: IssueCode;
  readonly path?: IssuePath;
}

/** An expected issue; `path` omitted means "any path". */
export const issue = (code: IssueCode, path?: IssuePath): ExpectedIssue =>
  path === undefined ? { code } : { code, path };

/** Every `KsmError` code the documentation names (see `src/errors.ts`). */
export const KSM_ERROR_CODES = [
  "model_mismatch",
  "not_parsed",
  "invalid_argument",
  "invalid_answer",
  "crosswalk_required",
  "crosswalk_mismatch",
  "institution_mismatch",
  "mixed_models",
  "duplicate_institution",
] as const satisfies readonly KsmErrorCode[];

// Fails to compile when a code is added to KsmErrorCode but not to the list above.
type Undocumented = Exclude<KsmErrorCode, (typeof KSM_ERROR_CODES)[number]>;
const everyCodeListed: [Undocumented] extends [never] ? true : false = true;
void everyCodeListed;

/** What a case must end in. */
export type Expected =
  /**
   * A `ParseResult` with `ok: false`. `match`: `exact` (default) — these issues, in this order;
   * `prefix` — the issues start with these; `contains` — each of these is among the issues.
   * `count`: how many issues there are in all.
   */
  | {
      readonly issues: readonly ExpectedIssue[];
      readonly match?: "exact" | "prefix" | "contains";
      readonly count?: number;
    }
  /**
   * A thrown `KsmError` with this code (or one of these, where the contract leaves the choice to
   * the owner), optionally carrying these issues (exact, in order) and passing `check`.
   */
  | {
      readonly throws: KsmErrorCode | readonly KsmErrorCode[];
      readonly issues?: readonly ExpectedIssue[];
      readonly check?: (error: KsmError) => void;
    }
  /** A `ParseResult` with `ok: true`; the function inspects its value. */
  | { readonly parsed: (value: unknown) => void }
  /** Any other return value (a builder's assessment, a rendered string, …), which it inspects. */
  | { readonly returns: (value: unknown) => void };

/** One hostile input and the call that receives it. */
export interface HostileCase<I = unknown> {
  readonly name: string;
  /** Builds a fresh input; called for each run (size, warm-up, measured), never timed. */
  readonly input: () => I;
  /** Calls the library with the input. */
  readonly call: (input: I) => unknown;
  readonly expect: Expected;
  /** A looser time bound, required for inputs over 1 MB: the bound and why it applies. */
  readonly budget?: { readonly ms: number; readonly why: string };
  /**
   * How the "not mutated" check compares: `clone` (default) `structuredClone` + `toStrictEqual`;
   * `iterative` compares a {@link fingerprint} (for 10,000-level nesting, which `structuredClone`
   * and `toStrictEqual` cannot recurse through, and for null-prototype objects, which
   * `structuredClone` gives `Object.prototype`). Inputs over 1 MB always compare fingerprints.
   * Inputs that cannot be cloned must be built with {@link tracked} or {@link hostile}.
   */
  readonly compare?: "clone" | "iterative";
  /**
   * Whether the {@link tracked} proxies must see each property (`true`) or each of the listed
   * keys read at most once: a value read twice can change in between (a getter, a proxy), so what
   * was checked need not be what is used.
   */
  readonly readOnce?: true | readonly PropertyKey[];
}

/** Identity helper that keeps a case's input type for its `call`. */
export function hostileCase<I>(c: HostileCase<I>): HostileCase {
  return c as unknown as HostileCase;
}

// ---------------------------------------------------------------------------------------------
// Tracking and hostile proxies

/** What the proxies made for one input saw. */
interface Tracker {
  mutations: number;
  readonly reads: Map<object, Map<PropertyKey, number>>;
  readonly checkRereads: boolean;
}

/** Trackers created since the last {@link startTracking}. */
let trackers: Tracker[] = [];

function startTracking(): Tracker[] {
  trackers = [];
  return trackers;
}

function newTracker(checkRereads: boolean): Tracker {
  const tracker: Tracker = { mutations: 0, reads: new Map(), checkRereads };
  trackers.push(tracker);
  return tracker;
}

function countRead(tracker: Tracker, target: object, key: PropertyKey): void {
  let perTarget = tracker.reads.get(target);
  if (!perTarget) {
    perTarget = new Map();
    tracker.reads.set(target, perTarget);
  }
  perTarget.set(key, (perTarget.get(key) ?? 0) + 1);
}

function mutationTraps(tracker: Tracker): ProxyHandler<object> {
  return {
    set() {
      tracker.mutations++;
      return false;
    },
    defineProperty() {
      tracker.mutations++;
      return false;
    },
    deleteProperty() {
      tracker.mutations++;
      return false;
    },
    setPrototypeOf() {
      tracker.mutations++;
      return false;
    },
    preventExtensions() {
      tracker.mutations++;
      return false;
    },
  };
}

/** Options for {@link tracked}. */
export interface TrackedOptions {
  /**
   * Replaces what a read returns: called with the object read (the real one, not its proxy), the
   * key, the real value and how many times this key of this object has been read, this time
   * included.
   */
  readonly read?: (target: object, key: PropertyKey, value: unknown, nth: number) => unknown;
}

/**
 * Wraps a value, deeply, in proxies that count every property read and every attempted mutation
 * (which they refuse). The same object always gets the same proxy, so cycles stay cycles.
 * Frozen properties are returned unwrapped (a proxy must return their own value), so only the
 * unfrozen parts of a value are tracked.
 */
export function tracked<T>(value: T, options: TrackedOptions = {}): T {
  const tracker = newTracker(true);
  const proxies = new WeakMap<object, object>();
  const wrap = (v: unknown): unknown => {
    // Functions (methods from prototypes, or hostile values) are passed through as they are.
    if (typeof v !== "object" || v === null) return v;
    const known = proxies.get(v);
    if (known) return known;
    const proxy = new Proxy(v, {
      ...mutationTraps(tracker),
      get(target, key, receiver) {
        countRead(tracker, target, key);
        const real = Reflect.get(target, key, receiver);
        // A proxy must return a frozen property's own value: such values are not wrapped.
        const own = Object.getOwnPropertyDescriptor(target, key);
        if (own && !own.configurable && own.writable === false) return real;
        const nth = tracker.reads.get(target)?.get(key) ?? 1;
        return wrap(options.read ? options.read(target, key, real, nth) : real);
      },
    });
    proxies.set(v, proxy);
    return proxy;
  };
  return wrap(value) as T;
}

/** Proxy traps that can be made to throw by {@link hostile}. */
export type ReadTrap = "get" | "ownKeys" | "getOwnPropertyDescriptor" | "getPrototypeOf" | "has";

/**
 * A proxy of `target` whose listed read traps throw `new Error("hostile")` (not a TypeError, so a
 * leak is recognisable); mutation attempts are counted and refused.
 */
export function hostile<T extends object>(target: T, throwing: readonly ReadTrap[]): T {
  const tracker = newTracker(false);
  const handler: ProxyHandler<T> = { ...(mutationTraps(tracker) as ProxyHandler<T>) };
  for (const trap of throwing) {
    handler[trap] = () => {
      throw new Error(`hostile ${trap} trap`);
    };
  }
  return new Proxy(target, handler);
}

// ---------------------------------------------------------------------------------------------
// Running a case

type Outcome = { kind: "returned"; value: unknown } | { kind: "threw"; error: unknown };

function invoke(c: HostileCase, input: unknown): Outcome {
  try {
    return { kind: "returned", value: c.call(input) };
  } catch (error) {
    return { kind: "threw", error };
  }
}

/** A description of a thrown value for a failure message. */
function describeThrown(error: unknown): string {
  if (error instanceof KsmError) return `KsmError ${error.code}: ${error.message}`;
  if (error instanceof Error) return `${error.name}: ${error.message}`;
  return `a thrown ${typeof error}`;
}

/** What a case expects, in words, for a failure message. */
function describeExpected(want: Expected): string {
  if ("throws" in want) return `KsmError ${[want.throws].flat().join(" or ")}`;
  if ("issues" in want) return `issues ${want.issues.map((i) => i.code).join(", ")}`;
  return "parsed" in want ? "ok: true" : "a return value";
}

const NOT_CLONEABLE = Symbol("not cloneable");

function cloneOf(input: unknown): unknown {
  try {
    return structuredClone(input);
  } catch {
    return NOT_CLONEABLE;
  }
}

/** The own properties of the prototypes that `__proto__` payloads aim at, by identity. */
function prototypeState(): Map<string, unknown> {
  const state = new Map<string, unknown>();
  for (const [name, proto] of [
    ["Object", Object.prototype],
    ["Array", Array.prototype],
    ["Function", Function.prototype],
  ] as const) {
    for (const key of Reflect.ownKeys(proto)) {
      const d = Object.getOwnPropertyDescriptor(proto, key);
      state.set(`${name}.${String(key)}`, d && ("value" in d ? d.value : [d.get, d.set]));
    }
    state.set(`${name} prototype`, Object.getPrototypeOf(proto));
  }
  return state;
}

/** Roughly how many bytes an input holds (strings count their length), stopping at 2 MB. */
function approxBytes(value: unknown): number {
  let total = 0;
  const seen = new Set<object>();
  const stack: unknown[] = [value];
  while (stack.length > 0 && total <= 2 * ONE_MB) {
    const v = stack.pop();
    if (typeof v === "string") total += v.length + 2;
    else if (typeof v === "object" && v !== null && !seen.has(v)) {
      seen.add(v);
      let keys: string[];
      try {
        keys = Object.keys(v);
      } catch {
        continue;
      }
      total += 2;
      for (const key of keys) {
        total += key.length + 3;
        try {
          stack.push((v as Record<string, unknown>)[key]);
        } catch {
          // A hostile getter: its value is not counted.
        }
      }
    } else total += 8;
  }
  return total;
}

/** Plain checks, one `expect` at the end: a case may carry 100,000 issues. */
function checkIssueShape(issues: readonly Issue[]): void {
  const bad = issues.filter(
    (i) =>
      !Object.hasOwn(ISSUE_CODES, i.code) ||
      !Array.isArray(i.path) ||
      !i.path.every((step) => typeof step === "string" || typeof step === "number") ||
      typeof i.message !== "string" ||
      i.message.length === 0,
  );
  expect(bad.slice(0, 3), "issues without a known code, an array path and a message").toEqual([]);
}

const pairs = (issues: readonly Issue[], like: readonly ExpectedIssue[]) =>
  issues.map((i, n) => {
    const want = like[n];
    return want?.path === undefined ? { code: i.code } : { code: i.code, path: i.path };
  });

function checkIssues(
  issues: readonly Issue[],
  expected: readonly ExpectedIssue[],
  match: "exact" | "prefix" | "contains",
): void {
  const context = `issues:\n${formatIssues(issues.slice(0, 20))}`;
  if (match === "contains") {
    for (const want of expected) {
      const found = issues.some(
        (i) => i.code === want.code && (want.path === undefined || equalPath(i.path, want.path)),
      );
      expect(found, `expected ${JSON.stringify(want)} among the ${context}`).toBe(true);
    }
    return;
  }
  const actual = match === "prefix" ? issues.slice(0, expected.length) : issues;
  expect(pairs(actual, expected), context).toEqual(expected.map((e) => ({ ...e })));
}

function equalPath(a: IssuePath, b: IssuePath): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

/**
 * Whether a returned value is deep-frozen. Over 1 MB of input only its first levels and the first
 * and last items of its arrays are walked: the full walk takes most of a second.
 */
function frozenOutput(value: unknown, large: boolean): boolean {
  if (!large) return isDeepFrozen(value);
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length > 0) {
    const [v, depth] = stack.pop() as [unknown, number];
    if (typeof v !== "object" || v === null) continue;
    if (!Object.isFrozen(v)) return false;
    if (depth > 6) continue;
    const items = Array.isArray(v) ? [v[0], v[v.length - 1]] : Object.values(v);
    for (const item of items) stack.push([item, depth + 1]);
  }
  return true;
}

function checkOutcome(c: HostileCase, outcome: Outcome, large: boolean): void {
  const want = c.expect;
  if (outcome.kind === "threw" && !(outcome.error instanceof KsmError)) {
    expect.fail(`threw ${describeThrown(outcome.error)}; expected ${describeExpected(want)}`);
  }
  if ("throws" in want) {
    if (outcome.kind !== "threw") {
      expect.fail(`returned instead of throwing ${describeExpected(want)}`);
    }
    const error = outcome.error as KsmError;
    expect(KSM_ERROR_CODES as readonly string[]).toContain(error.code);
    const codes: readonly KsmErrorCode[] =
      typeof want.throws === "string" ? [want.throws] : want.throws;
    expect(codes, describeThrown(error)).toContain(error.code);
    expect(typeof error.message).toBe("string");
    checkIssueShape(error.issues);
    if (want.issues) checkIssues(error.issues, want.issues, "exact");
    want.check?.(error);
    return;
  }
  if (outcome.kind === "threw") {
    expect.fail(`threw ${describeThrown(outcome.error)}; expected ${describeExpected(want)}`);
  }
  const value = outcome.value;
  if ("returns" in want) {
    want.returns(value);
    expect(frozenOutput(value, large), "the returned value is deep-frozen").toBe(true);
    return;
  }
  expect(typeof value === "object" && value !== null && "ok" in value, "a ParseResult").toBe(true);
  expect(frozenOutput(value, large), "the ParseResult is deep-frozen").toBe(true);
  const result = value as { ok: true; value: unknown } | { ok: false; issues: readonly Issue[] };
  if ("parsed" in want) {
    if (!result.ok) {
      const shown = formatIssues(result.issues.slice(0, 10));
      expect.fail(`expected ok: true, got ${result.issues.length} issues:\n${shown}`);
    }
    want.parsed(result.value);
    return;
  }
  if (result.ok) expect.fail(`expected ${describeExpected(want)}, got ok: true`);
  expect(result.issues.length).toBeGreaterThan(0);
  checkIssueShape(result.issues);
  checkIssues(result.issues, want.issues, want.match ?? "exact");
  if (want.count !== undefined) expect(result.issues.length).toBe(want.count);
}

/** Runs one case with every check; throws (fails the test) on the first broken promise. */
export function runHostileCase(c: HostileCase): void {
  const size = approxBytes(c.input());
  if (size > ONE_MB && c.budget === undefined) {
    expect.fail(`the input is about ${size} bytes: over 1 MB, the case must state its budget`);
  }
  const limit = c.budget?.ms ?? BUDGET_MS;
  const large = size > ONE_MB;
  const protoBefore = prototypeState();

  invoke(c, c.input()); // warm-up

  // Up to 3 tries, but only while the overrun could be noise (under twice the bound).
  let best = Number.POSITIVE_INFINITY;
  for (
    let attempt = 0;
    attempt < 3 && (attempt === 0 || (best >= limit && best < 2 * limit));
    attempt++
  ) {
    const made = startTracking();
    const input = c.input();
    const before = made.length > 0 ? NOT_CLONEABLE : snapshotOf(c, input, large);
    const start = performance.now();
    const outcome = invoke(c, input);
    best = Math.min(best, performance.now() - start);
    if (attempt === 0) {
      checkOutcome(c, outcome, large);
      checkUnmutated(c, input, before, made, large);
    }
  }
  expect(best, `took ${best.toFixed(1)} ms; the bound is ${limit} ms`).toBeLessThan(limit);

  expect(prototypeState()).toEqual(protoBefore);
  const probe = {} as Record<string, unknown>;
  for (const key of ["polluted", "isAdmin", "admin", "x"]) expect(probe[key]).toBeUndefined();
  expect(Object.getPrototypeOf(probe)).toBe(Object.prototype);
}

/** A fingerprint for `iterative` cases and inputs over 1 MB, else a structured clone. */
function snapshotOf(c: HostileCase, input: unknown, large: boolean): unknown {
  return c.compare === "iterative" || large ? fingerprint(input) : cloneOf(input);
}

/**
 * A flat, iterative description of a value: every primitive, and every object with its kind
 * and own enumerable keys, in depth-first order; objects seen before appear as references. Two
 * equal fingerprints mean the same data, however deep, also with cycles.
 */
export function fingerprint(value: unknown): unknown[] {
  const out: unknown[] = [];
  const ids = new Map<object, number>();
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const v = stack.pop();
    if (typeof v !== "object" || v === null) {
      out.push(typeof v, v);
      continue;
    }
    const id = ids.get(v);
    if (id !== undefined) {
      out.push("ref", id);
      continue;
    }
    ids.set(v, ids.size);
    const keys = Object.keys(v);
    out.push(Array.isArray(v) ? `array:${v.length}` : "object", keys.length);
    for (const key of keys) out.push(key);
    for (let i = keys.length - 1; i >= 0; i--) {
      stack.push((v as Record<string, unknown>)[keys[i] as string]);
    }
  }
  return out;
}

function sameFingerprint(a: readonly unknown[], b: readonly unknown[]): boolean {
  return a.length === b.length && a.every((x, i) => Object.is(x, b[i]));
}

function checkUnmutated(
  c: HostileCase,
  input: unknown,
  before: unknown,
  made: readonly Tracker[],
  large: boolean,
): void {
  if (made.length > 0) {
    for (const t of made) {
      expect(t.mutations, "mutations attempted on a proxied input").toBe(0);
      const once = c.readOnce;
      if (t.checkRereads && once !== undefined) {
        for (const perTarget of t.reads.values()) {
          for (const [key, n] of perTarget) {
            if (once !== true && !once.includes(key)) continue;
            expect(n, `property ${String(key)} read ${n} times`).toBeLessThanOrEqual(1);
          }
        }
      }
    }
    return;
  }
  if (before === NOT_CLONEABLE) {
    expect.fail("the input cannot be cloned: build it with tracked() or hostile()");
  }
  if (c.compare === "iterative" || large) {
    // structuredClone + toStrictEqual take seconds over 100,000 objects and overflow the stack
    // at 10,000 levels; a fingerprint says the same, iteratively.
    const same = sameFingerprint(fingerprint(input), before as unknown[]);
    expect(same, "the input changed").toBe(true);
  } else expect(input).toStrictEqual(before);
}

/**
 * Declares the cases of one file: checks the file's count and the suite's total, then one test per
 * case.
 */
export function hostileSuite(
  file: keyof typeof HOSTILE_CASE_COUNTS,
  cases: readonly HostileCase[],
): void {
  describe(`hostile ${file}`, () => {
    it(`has the ${HOSTILE_CASE_COUNTS[file]} cases HOSTILE_CASE_COUNTS names`, () => {
      expect(cases.length).toBe(HOSTILE_CASE_COUNTS[file]);
      expect(HOSTILE_CASES).toBeGreaterThanOrEqual(60);
      expect(new Set(cases.map((c) => c.name)).size).toBe(cases.length);
    });
    for (const c of cases) it(c.name, () => runHostileCase(c));
  });
}

// ---------------------------------------------------------------------------------------------
// Shared inputs

/** The mini model (version 1) and its second version, parsed. */
export const mini: Model = parseValidModel(miniModel());
export const miniV2: Model = parseValidModel(miniModel({ version: "2" }));

/** A fresh, valid assessment document of the mini model that tests may mutate. */
export function miniAssessmentDoc(): AssessmentDocument {
  return uniformAssessmentDocument(mini, { riskProfile: { exposure: 1, partnerships: 0 } });
}

/** A parsed assessment of the mini model. */
export const miniAssessment: Assessment = parseValidAssessment(miniAssessmentDoc(), mini);

/** The mini assessment scored. */
export const miniResult: Result = scoreAssessment(mini, miniAssessment);

/** A result of the mini model for another institution (id and type given). */
export function miniResultFor(id: string, type?: string): Result {
  const doc = miniAssessmentDoc();
  doc.institution = type === undefined ? { id } : { id, type };
  return scoreAssessment(mini, parseValidAssessment(doc, mini));
}

function readJson(relative: string): unknown {
  return JSON.parse(readFileSync(new URL(`../../${relative}`, import.meta.url), "utf8"));
}

/** The example university's 2023 assessment document (for the 2023.1 model), fresh each call. */
export function duinhaven2023Doc(): AssessmentDocument {
  return readJson("docs/examples/uni-duinhaven-2023.json") as AssessmentDocument;
}

/** The example university's 2025 assessment document (for the 2025.1 model), fresh each call. */
export function duinhaven2025Doc(): AssessmentDocument {
  return readJson("docs/examples/uni-duinhaven-2025.json") as AssessmentDocument;
}

function parsedOrThrow(doc: unknown, model: Model): Assessment {
  const parsed = parseAssessment(doc, model);
  if (!parsed.ok) throw new Error(formatIssues(parsed.issues));
  return parsed.value;
}

/** The example university's parsed 2023 assessment. */
export const duinhaven2023: Assessment = parsedOrThrow(duinhaven2023Doc(), kennisveiligheid2023);
/** The example university's parsed 2025 assessment. */
export const duinhaven2025: Assessment = parsedOrThrow(duinhaven2025Doc(), kennisveiligheid2025);
/** Its 2023 result (the bundled baseline model). */
export const result2023: Result = scoreAssessment(kennisveiligheid2023, duinhaven2023);
/** Its 2025 result (the bundled default model). */
export const result2025: Result = scoreAssessment(kennisveiligheid2025, duinhaven2025);

/** The bundled default model document (2025.2) as written, fresh each call. */
export function model2025Doc(): unknown {
  return readJson("models/kennisveiligheid-2025.2.json");
}

export { crosswalk2023to2025, kennisveiligheid2023, kennisveiligheid2025 };

/** A string of `n` characters. */
export const longString = (n: number): string => "x".repeat(n);

/** Ten mebibytes of text. */
export const TEN_MB = 10 * ONE_MB;

/** An object nested `depth` levels deep, built without recursion: `{ a: { a: … 1 } }`. */
export function nested(depth: number): unknown {
  let value: unknown = 1;
  for (let i = 0; i < depth; i++) value = { a: value };
  return value;
}

/** `JSON.parse` of `{"__proto__": …}`-style text: `__proto__` becomes an own key. */
export const fromJson = <T = Record<string, unknown>>(text: string): T => JSON.parse(text) as T;
