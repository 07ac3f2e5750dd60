import { writeFileSync } from "node:fs";
import {
  type Comparison,
  type Lang,
  type Model,
  type Result,
  renderCsv,
  renderHeatmapSvg,
  renderMarkdown,
  renderRadarSvg,
  type SectorComparison,
  type SectorView,
} from "../index.js";
import type { Io } from "./io.js";

/** The output formats of `ksm score`, `ksm compare` and `ksm sector`. */
export const FORMATS = ["md", "csv", "json", "svg"] as const;
/** One output format. */
export type Format = (typeof FORMATS)[number];

/** What a command renders, with the models that give it titles. */
export interface Rendering {
  readonly input: Result | Comparison | SectorView | SectorComparison;
  readonly model: Model;
  readonly baselineModel?: Model;
}

/** Renders in a format; `svg` is the radar for results and comparisons, the heatmap for sectors. */
export function render(what: Rendering, format: Format, lang: Lang): string {
  const options = {
    lang,
    model: what.model,
    ...(what.baselineModel ? { baselineModel: what.baselineModel } : {}),
  };
  const { input } = what;
  switch (format) {
    case "json":
      return `${JSON.stringify(input, null, 2)}\n`;
    case "md":
      return renderMarkdown(input, options);
    case "csv":
      return renderCsv(input, options);
    case "svg":
      if (input.kind === "sectorView") return renderHeatmapSvg(input, options);
      if (input.kind === "sectorComparison") return renderHeatmapSvg(input.cohort.current, options);
      return renderRadarSvg(input, options);
  }
}

/** Writes to `--out` when given, else to standard output. */
export function emit(text: string, out: string | undefined, io: Io): void {
  if (out === undefined) io.out(text.replace(/\n$/, ""));
  else writeFileSync(out, text);
}
