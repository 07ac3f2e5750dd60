// Hostile arguments for the renderers and formatIssues: options.model (or baselineModel) of
// another version, inputs that are no library output, missing options and a language the library
// does not have, and issue codes that are names of Object.prototype members.
import { describe, expect, it } from "vitest";
import {
  aggregateSector,
  compareResults,
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
} from "../../src/index.js";
import {
  crosswalk2023to2025,
  type HostileCase,
  hostileCase,
  hostileSuite,
  kennisveiligheid2023,
  kennisveiligheid2025,
  result2023,
  result2025,
} from "./harness.js";

const view2025: SectorView = aggregateSector([result2025]);
const comparison = compareResults(result2023, result2025, { crosswalk: crosswalk2023to2025 });

const en2025: RenderOptions = { lang: "en", model: kennisveiligheid2025 };
const en2023: RenderOptions = { lang: "en", model: kennisveiligheid2023 };

const markdown = (input: unknown) => renderMarkdown(input as RenderInput, en2025);
const markdownWith = (options: unknown) => renderMarkdown(result2025, options as RenderOptions);

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
