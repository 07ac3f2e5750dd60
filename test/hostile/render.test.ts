// Hostile arguments for the renderers and formatIssues: options.model (or baselineModel) of
// another version, inputs that are no library output, missing options and a language the library
// does not have, issue codes that are names of Object.prototype members; outputs read back from
// JSON with fields missing, null, of the wrong type, NaN or ids the model does not have; revoked
// proxies; lists of things that are not issues; escape sequences, C1 and bidi controls and
// spreadsheet formulas in text from data. (Large inputs: renderLarge.test.ts.)
import { describe, expect, it } from "vitest";
import {
  aggregateSector,
  compareResults,
  compareSectors,
  formatIssues,
  type HeatmapOptions,
  type Issue,
  type RenderInput,
  type RenderOptions,
  renderCsv,
  renderHeatmapSvg,
  renderMarkdown,
  renderRadarSvg,
  type SectorView,
  scoreAssessment,
} from "../../src/index.js";
import { parseValidAssessment, parseValidModel } from "../fixtures/arbitraries.js";
import { results2023, results2025 } from "../fixtures/examplePanel.js";
import { type JsonPath, setAt } from "../fixtures/jsonEdit.js";
import {
  crosswalk2023to2025,
  duinhaven2025Doc,
  type Expected,
  type HostileCase,
  hostileCase,
  hostileSuite,
  issue,
  kennisveiligheid2023,
  kennisveiligheid2025,
  model2025Doc,
  result2023,
  result2025,
  tracked,
} from "./harness.js";

// The 18 example institutions: enough for the default minimum group size.
const view2025: SectorView = aggregateSector(results2025);
const comparison = compareResults(result2023, result2025, { crosswalk: crosswalk2023to2025 });

const en2025: RenderOptions = { lang: "en", model: kennisveiligheid2025 };
const en2023: RenderOptions = { lang: "en", model: kennisveiligheid2023 };

const markdown = (input: unknown) => renderMarkdown(input as RenderInput, en2025);
const markdownWith = (options: unknown) => renderMarkdown(result2025, options as RenderOptions);

const sectorComparison = compareSectors(results2023, results2025, {
  crosswalk: crosswalk2023to2025,
});

/** An output as read back from JSON, with one value set (NaN too, which JSON cannot carry). */
function edited<T>(value: T, path: JsonPath, to: unknown): T {
  return setAt(JSON.parse(JSON.stringify(value)) as T, path, to);
}

/** An output as read back from JSON, without one top-level field. */
function without<T>(value: T, key: string): T {
  const copy = JSON.parse(JSON.stringify(value)) as Record<string, unknown>;
  delete copy[key];
  return copy as T;
}

/** What a refused render ends in: invalid_argument with one issue naming the place. */
const refused = (code: Parameters<typeof issue>[0], path: JsonPath): Expected => ({
  throws: "invalid_argument",
  issues: [issue(code, path)],
});

/** A revoked proxy: every operation on it throws a TypeError. */
function revoked(): object {
  const { proxy, revoke } = Proxy.revocable({}, {});
  revoke();
  return proxy;
}

/** An object whose toString throws: nothing may call it. */
const throwingToString = () => ({
  toString() {
    throw new Error("toString called");
  },
});

/** An empty array behind a proxy that claims `length` entries. */
const claimsLength = (length: number): unknown[] =>
  new Proxy([], { get: (target, key) => (key === "length" ? length : Reflect.get(target, key)) });

/** The first entry's line says it is not an issue: it names the entry and has no path arrow. */
const notAnIssueLine = (text: unknown): void => {
  expect(text).toMatch(/^✖ \S+ 0 /);
  expect(text).not.toContain(" → ");
};

/** What may not reach a report, chart or message: C0 but tab and LF, DEL, C1, bidi controls. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
const UNSAFE = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/;
/** Clear screen (ESC [ 2 J), a C1 control and an unclosed right-to-left override. */
const DIRTY_NAME = "Uni\u001b[2J Duinhaven\u009b\u202E";

/** The 2025 model with escape and bidi controls in its domain titles and a formula as a title. */
const dirtyModel = (() => {
  let doc = model2025Doc() as { domains: { title: { en: string } }[] };
  doc.domains.forEach((d, k) => {
    doc = setAt(doc, ["domains", k, "title", "en"], `${d.title.en}\u001b]0;x\u0007\u202E`);
  });
  doc = setAt(doc, ["domains", 0, "indicators", 0, "title", "en"], "=HYPERLINK(1)");
  return parseValidModel(doc);
})();
const dirtyResults = ["a", "b", "c"].map((id) => {
  const doc = duinhaven2025Doc();
  doc.institution = { id, name: DIRTY_NAME };
  return scoreAssessment(dirtyModel, parseValidAssessment(doc, dirtyModel));
});
const [dirtyResult] = dirtyResults as [(typeof dirtyResults)[number]];
const dirtyView = aggregateSector(dirtyResults);

/** One issue with a forged code, as a deserialized issue list could carry. */
const forged = (code: string): Issue[] => [
  { code, path: [code], message: "forged", params: {} } as unknown as Issue,
];

const cases: HostileCase[] = [
  // options.model of another version
  hostileCase({
    name: "renderMarkdown of a 2025 result with options.model 2023",
    input: () => result2025,
    call: (r) => renderMarkdown(r as RenderInput, en2023),
    expect: { throws: "model_mismatch" },
  }),
  hostileCase({
    name: "renderCsv of a 2025 result with options.model 2023",
    input: () => result2025,
    call: (r) => renderCsv(r as RenderInput, en2023),
    expect: { throws: "model_mismatch" },
  }),
  hostileCase({
    name: "renderRadarSvg of a 2025 result with options.model 2023",
    input: () => result2025,
    call: (r) => renderRadarSvg(r as typeof result2025, en2023),
    expect: { throws: "model_mismatch" },
  }),
  hostileCase({
    name: "renderHeatmapSvg of a 2025 sector view with options.model 2023",
    input: () => view2025,
    call: (v) => renderHeatmapSvg(v as SectorView, en2023),
    expect: { throws: "model_mismatch" },
  }),
  hostileCase({
    name: "renderMarkdown of a 2023 → 2025 comparison with baselineModel 2025",
    input: () => comparison,
    call: (c) =>
      renderMarkdown(c as RenderInput, { ...en2025, baselineModel: kennisveiligheid2025 }),
    expect: { throws: "model_mismatch" },
  }),

  // Inputs that are no library output
  hostileCase({
    name: "renderMarkdown of null",
    input: () => null,
    call: markdown,
    expect: { throws: "invalid_argument" },
  }),
  hostileCase({
    name: 'renderMarkdown of an object whose kind is "toString"',
    input: () => ({ kind: "toString" }),
    call: markdown,
    expect: { throws: "invalid_argument" },
  }),
  hostileCase({
    name: 'renderRadarSvg of an object whose kind is "bogus"',
    input: () => ({ kind: "bogus" }),
    call: (input) => renderRadarSvg(input as typeof result2025, en2025),
    expect: { throws: "invalid_argument" },
  }),
  hostileCase({
    name: "renderHeatmapSvg of a result instead of a sector view",
    input: () => result2025,
    call: (r) => renderHeatmapSvg(r as unknown as SectorView, en2025),
    expect: { throws: "invalid_argument" },
  }),
  // A maxLevel read back from edited JSON sizes the level columns: it must not build huge arrays.
  ...[1e9, 2 ** 32, -1, 2.5, Number.NaN, "3"].flatMap((maxLevel) => [
    hostileCase({
      name: `renderHeatmapSvg of a sector view read back with maxLevel ${String(maxLevel)}`,
      input: () => ({ ...view2025, maxLevel }),
      call: (view) => renderHeatmapSvg(view as SectorView, en2025),
      expect: { throws: "invalid_argument" },
    }),
    hostileCase({
      name: `renderCsv of a sector view read back with maxLevel ${String(maxLevel)}`,
      input: () => ({ ...view2025, maxLevel }),
      call: (view) => renderCsv(view as SectorView, en2025),
      expect: { throws: "invalid_argument" },
    }),
    hostileCase({
      name: `renderMarkdown of a result read back with maxLevel ${String(maxLevel)}`,
      input: () => ({ ...result2025, maxLevel }),
      call: markdown,
      expect: { throws: "invalid_argument" },
    }),
  ]),
  hostileCase({
    name: "renderHeatmapSvg of a group named constructor, which the view does not have",
    input: () => ({ ...en2025, group: "constructor" }),
    call: (options) => renderHeatmapSvg(view2025, options as HeatmapOptions),
    expect: { throws: "invalid_argument" },
  }),

  // Options
  hostileCase({
    name: "renderMarkdown with null for the options",
    input: () => null,
    call: markdownWith,
    expect: { throws: "invalid_argument" },
  }),
  hostileCase({
    name: "renderMarkdown with options that name no model",
    input: () => ({ lang: "en" }),
    call: markdownWith,
    expect: { throws: "invalid_argument" },
  }),
  hostileCase({
    name: 'renderMarkdown with lang "fr"',
    input: () => ({ lang: "fr", model: kennisveiligheid2025 }),
    call: markdownWith,
    expect: { throws: "invalid_argument" },
  }),
  hostileCase({
    name: 'renderCsv with lang "fr"',
    input: () => ({ lang: "fr", model: kennisveiligheid2025 }),
    call: (options) => renderCsv(result2025, options as RenderOptions),
    expect: { throws: "invalid_argument" },
  }),

  // formatIssues with forged codes
  hostileCase({
    name: "formatIssues of an issue whose code is __proto__",
    input: () => forged("__proto__"),
    call: (issues) => formatIssues(issues),
    expect: { returns: (text) => expect(text).toContain("[__proto__]") },
  }),
  hostileCase({
    name: "formatIssues of an issue whose code is toString",
    input: () => forged("toString"),
    call: (issues) => formatIssues(issues, { lang: "nl" }),
    expect: {
      returns: (text) => {
        expect(text).toContain("[toString]");
        expect(text).not.toContain("[object");
      },
    },
  }),
  // Read back from JSON and edited: each ends in invalid_argument naming the path (not a
  // TypeError, not NaN in a chart, not an id shown as if the model had it).
  hostileCase({
    name: "renderMarkdown of a result read back without its overall figures",
    input: () => without(result2025, "overall"),
    call: markdown,
    expect: refused("required", ["input", "overall"]),
  }),
  hostileCase({
    name: "renderCsv of a result read back with an indicator's weight null",
    input: () => edited(result2025, ["indicators", 0, "weight"], null),
    call: (r) => renderCsv(r as RenderInput, en2025),
    expect: refused("invalid_type", ["input", "indicators", 0, "weight"]),
  }),
  hostileCase({
    name: "renderRadarSvg of a result read back with a domain score that is an object",
    input: () => edited(result2025, ["domains", 1, "score"], { value: 2 }),
    call: (r) => renderRadarSvg(r as typeof result2025, en2025),
    expect: refused("invalid_type", ["input", "domains", 1, "score"]),
  }),
  hostileCase({
    name: "renderRadarSvg of a comparison with NaN as a domain's current score",
    input: () => edited(comparison, ["domains", 0, "current", "score"], Number.NaN),
    call: (c) =>
      renderRadarSvg(c as typeof comparison, { ...en2025, baselineModel: kennisveiligheid2023 }),
    expect: refused("not_json", ["input", "domains", 0, "current", "score"]),
  }),
  hostileCase({
    name: "renderMarkdown of a comparison read back with the maturity-index change null",
    input: () => edited(comparison, ["overall", "maturityIndex"], null),
    call: (c) =>
      renderMarkdown(c as RenderInput, { ...en2025, baselineModel: kennisveiligheid2023 }),
    expect: refused("invalid_type", ["input", "overall", "maturityIndex"]),
  }),
  hostileCase({
    name: "renderHeatmapSvg of a sector view whose group's domains are an object, not an array",
    input: () => edited(view2025, ["groups", 0, "domains"], { GOV: {} }),
    call: (v) => renderHeatmapSvg(v as SectorView, en2025),
    expect: refused("invalid_type", ["input", "groups", 0, "domains"]),
  }),
  hostileCase({
    name: "renderMarkdown of a sector comparison read back without its cohorts",
    input: () => without(sectorComparison, "cohort"),
    call: markdown,
    expect: refused("required", ["input", "cohort"]),
  }),
  hostileCase({
    name: "renderCsv of a result read back with an indicator id the model does not have",
    input: () => edited(result2025, ["indicators", 2, "id"], "GOV-99"),
    call: (r) => renderCsv(r as RenderInput, en2025),
    expect: refused("unknown_indicator", ["input", "indicators", 2, "id"]),
  }),
  hostileCase({
    name: "renderMarkdown reads each field of a read-back result once (a getter cannot change it)",
    input: () => tracked(structuredClone(result2025)),
    call: markdown,
    expect: { returns: (md) => expect(md).toMatch(/^# Universiteit Duinhaven/) },
    readOnce: true,
  }),

  // Shared objects: a graph of 40 arrays each holding the next twice unfolds into 2^40 paths.
  hostileCase({
    name: "renderMarkdown of a result carrying a graph of shared arrays with 2^40 paths",
    input: () => {
      let shared: unknown[] = [];
      for (let i = 0; i < 40; i++) shared = [shared, shared];
      return { ...structuredClone(result2025), extra: shared };
    },
    call: markdown,
    expect: { returns: (md) => expect(md).toMatch(/^# Universiteit Duinhaven/) },
    compare: "iterative",
  }),

  // Arrays that claim billions of items must be refused before they are read, not looped over.
  hostileCase({
    name: "renderMarkdown of a result whose indicators are a sparse array of 4 billion items",
    input: () => ({ ...result2025, indicators: new Array(2 ** 32 - 1) }),
    call: markdown,
    expect: refused("too_big", ["input", "indicators"]),
    compare: "iterative",
  }),
  hostileCase({
    name: "renderRadarSvg with a model whose domains are a sparse array of 4 billion items",
    input: () => ({
      lang: "en",
      model: { ...kennisveiligheid2025, domains: new Array(2 ** 32 - 1) },
    }),
    call: (options) => renderRadarSvg(result2025, options as RenderOptions),
    expect: refused("too_big", ["options", "model", "domains"]),
    compare: "iterative",
  }),

  // Revoked proxies: as the input, inside it, as the options, as the model.
  hostileCase({
    name: "renderMarkdown of a revoked proxy",
    input: () => tracked({ value: revoked() }),
    call: (box) => renderMarkdown((box as { value: RenderInput }).value, en2025),
    expect: refused("not_json", ["input"]),
  }),
  hostileCase({
    name: "renderCsv of a result with a revoked proxy for an indicator",
    input: () => tracked(edited(result2025, ["indicators", 3], revoked())),
    call: (r) => renderCsv(r as RenderInput, en2025),
    expect: refused("not_json", ["input", "indicators", 3]),
  }),
  hostileCase({
    name: "renderRadarSvg with a revoked proxy as options.model",
    input: () => tracked({ lang: "en", model: revoked() }),
    call: (options) => renderRadarSvg(result2025, options as RenderOptions),
    expect: refused("not_json", ["options", "model"]),
  }),
  hostileCase({
    name: "renderHeatmapSvg with revoked options",
    input: () => tracked({ value: revoked() }),
    call: (box) => renderHeatmapSvg(view2025, (box as { value: HeatmapOptions }).value),
    expect: refused("not_json", ["options"]),
  }),

  // formatIssues of lists with entries that are not issues
  hostileCase({
    name: "formatIssues of [null]",
    input: () => [null],
    call: (issues) => formatIssues(issues as unknown as Issue[]),
    expect: { returns: notAnIssueLine },
  }),
  hostileCase({
    name: "formatIssues of [42] in Dutch",
    input: () => [42],
    call: (issues) => formatIssues(issues as unknown as Issue[], { lang: "nl" }),
    expect: { returns: notAnIssueLine },
  }),
  hostileCase({
    name: "formatIssues of a list holding a revoked proxy",
    input: () => tracked({ value: [revoked()] }),
    call: (box) => formatIssues((box as { value: Issue[] }).value),
    expect: { returns: notAnIssueLine },
  }),
  hostileCase({
    name: "formatIssues of an issue whose params have a toString that throws",
    input: () =>
      tracked([
        { code: "unknown_tier", path: ["tier"], message: "m", params: { id: throwingToString() } },
      ]),
    call: (issues) => formatIssues(issues as unknown as Issue[]),
    expect: {
      returns: (text) => expect(text).toBe('✖ Unknown risk tier "?". → at tier  [unknown_tier]'),
    },
  }),
  hostileCase({
    name: "formatIssues of a proxied list that claims 4 billion entries",
    input: () => tracked({ value: claimsLength(4_000_000_000) }),
    call: (box) => formatIssues((box as { value: Issue[] }).value),
    expect: {
      returns: (text) => expect((text as string).split("\n")).toHaveLength(10_001),
    },
  }),

  // Terminal and text injection from data
  hostileCase({
    name: "renderMarkdown of a result whose institution name clears the screen and opens a U+202E",
    input: () => edited(result2025, ["institution", "name"], DIRTY_NAME),
    call: markdown,
    expect: {
      returns: (md) => {
        expect(md).not.toMatch(UNSAFE);
        expect((md as string).split("\n")[0]).toBe("# Uni\\[2J Duinhaven — 11 April 2025");
      },
    },
  }),
  hostileCase({
    name: "renderRadarSvg of a result whose institution name has C1 and bidi controls",
    input: () => edited(result2025, ["institution", "name"], DIRTY_NAME),
    call: (r) => renderRadarSvg(r as typeof result2025, en2025),
    expect: { returns: (svg) => expect(svg).not.toMatch(UNSAFE) },
  }),
  hostileCase({
    name: "renderHeatmapSvg with a model whose domain titles carry escape and bidi controls",
    input: () => ({ lang: "en", model: dirtyModel }),
    call: (options) => renderHeatmapSvg(dirtyView, options as RenderOptions),
    expect: { returns: (svg) => expect(svg).not.toMatch(UNSAFE) },
  }),
  hostileCase({
    name: "renderCsv of a result whose titles start spreadsheet formulas",
    input: () => ({ lang: "en", model: dirtyModel }),
    call: (options) => renderCsv(dirtyResult, options as RenderOptions),
    expect: {
      returns: (csv) => {
        expect(csv).not.toMatch(/,[=+\-@]/);
        expect(csv).toContain(",'=HYPERLINK(1),");
      },
    },
  }),
  hostileCase({
    name: "formatIssues of an issue whose message, code and path carry escape sequences",
    input: () => [{ code: DIRTY_NAME, path: [DIRTY_NAME], message: DIRTY_NAME, params: {} }],
    call: (issues) => formatIssues(issues as unknown as Issue[]),
    expect: { returns: (text) => expect(text).not.toMatch(UNSAFE) },
  }),
];

hostileSuite("render", cases);

// Controls: with their own model the same inputs render, so the cases fail for their hostility.
describe("hostile render controls", () => {
  it("renders the 2025 result, the comparison and the sector view with their own models", () => {
    expect(renderMarkdown(result2025, en2025)).toMatch(/^# /);
    expect(renderCsv(result2025, en2025)).toMatch(/^model_id,/);
    expect(renderRadarSvg(result2025, en2025)).toMatch(/^<svg /);
    expect(renderHeatmapSvg(view2025, en2025)).toMatch(/^<svg /);
    const both = { ...en2025, baselineModel: kennisveiligheid2023 };
    expect(renderMarkdown(comparison, both)).toMatch(/^# /);
    expect(formatIssues(forged("required"))).toContain("[required]");
  });
});
