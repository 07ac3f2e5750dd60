/**
 * Large, valid inputs for the render benchmark and the hostile render cases: models at the
 * documented limits (100 domains × 100 indicators; titles of 20,000 characters made of 10,000 short
 * words, the input that made text wrapping quadratic), with every output the renderers accept.
 */
import {
  aggregateSector,
  type Comparison,
  compareResults,
  compareSectors,
  type Model,
  type RenderOptions,
  type Result,
  renderCsv,
  renderHeatmapSvg,
  renderMarkdown,
  renderRadarSvg,
  type SectorComparison,
  type SectorView,
  scoreAssessment,
} from "../../src/index.js";
import { parseValidAssessment, parseValidModel } from "../fixtures/arbitraries.js";
import { miniModel } from "../fixtures/miniModel.js";

/** A model with everything the renderers take, made from it. */
export interface RenderSet {
  readonly model: Model;
  readonly result: Result;
  readonly comparison: Comparison;
  readonly view: SectorView;
  readonly grouped: SectorView;
  readonly sectorComparison: SectorComparison;
}

/** Options for {@link bigModel}. */
export interface BigModelOptions {
  readonly domains: number;
  readonly indicators: number;
  /** Text of every domain title (both languages); default `"Domain <k>"`. */
  readonly domainTitle?: (k: number) => string;
  /** Text of every indicator title (both languages); default `"Indicator <k>.<j>"`. */
  readonly indicatorTitle?: (k: number, j: number) => string;
}

/** `n` one-letter words: 2n − 1 characters. */
export const words = (n: number): string =>
  Array.from({ length: n }, (_, k) => String.fromCharCode(97 + (k % 26))).join(" ");

/** 10,000 one-letter words: 19,999 characters, within the 20,000 a title may have. */
export const TEN_THOUSAND_WORDS: string = words(10_000);

/**
 * A valid model of `domains` × `indicators` level-rated indicators, on the mini model's levels
 * (0..3), risk profile and sources.
 */
export function bigModel(options: BigModelOptions): Model {
  const doc = miniModel({ version: "big" });
  const title = (t: string) => ({ nl: t, en: t });
  doc.domains = Array.from({ length: options.domains }, (_, k) => ({
    id: `d${k}`,
    title: title(options.domainTitle?.(k) ?? `Domain ${k}`),
    description: title("D"),
    indicators: Array.from({ length: options.indicators }, (_, j) => ({
      id: `d${k}-i${j}`,
      title: title(options.indicatorTitle?.(k, j) ?? `Indicator ${k}.${j}`),
      description: title("D"),
      sources: [{ source: "guide", ref: "1" }],
      rating: "level" as const,
      weight: 1,
      targets: { low: 1, high: 2 },
    })),
  }));
  return parseValidModel(doc);
}

function resultOf(model: Model, id: string, type: string, measuredOn: string, seed: number) {
  const answers = model.domains.flatMap((d, k) =>
    d.indicators.map((i, j) => ({ indicator: i.id, level: (k + j + seed) % 4 })),
  );
  const doc = {
    modelRef: { id: model.id, version: model.version },
    institution: { id, name: `Institution ${id}`, type },
    measuredOn,
    assessedBy: "self" as const,
    riskProfile: { exposure: seed % 3, partnerships: 0 },
    answers,
  };
  return scoreAssessment(model, parseValidAssessment(doc, model));
}

/** Every output of a model the renderers accept: six institutions measured in 2023 and 2025. */
export function renderSet(model: Model): RenderSet {
  const types = ["university", "university", "university", "college", "college", "college"];
  const before = types.map((t, k) => resultOf(model, `inst-${k}`, t, "2023-03-01", k));
  const after = types.map((t, k) => resultOf(model, `inst-${k}`, t, "2025-03-01", k + 1));
  const [baseline, result] = [before[0], after[0]] as [Result, Result];
  return {
    model,
    result,
    comparison: compareResults(baseline, result),
    view: aggregateSector(after, { minGroupSize: 3 }),
    grouped: aggregateSector(after, { minGroupSize: 3, groupBy: "institutionType" }),
    sectorComparison: compareSectors(before, after, { minGroupSize: 3 }),
  };
}

/** Every chart and report of a set: four Markdown reports, four CSV files, two radars, a heatmap. */
export function renderAll(set: RenderSet): readonly string[] {
  const options: RenderOptions = { lang: "en", model: set.model };
  return Object.freeze([
    renderMarkdown(set.result, options),
    renderMarkdown(set.comparison, options),
    renderMarkdown(set.view, options),
    renderMarkdown(set.sectorComparison, options),
    renderCsv(set.result, options),
    renderCsv(set.comparison, options),
    renderCsv(set.view, options),
    renderCsv(set.sectorComparison, options),
    renderRadarSvg(set.result, options),
    renderRadarSvg(set.comparison, options),
    renderHeatmapSvg(set.view, options),
  ]);
}
