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
import type { Terminal } from "./io.js";
import { outTarget } from "./output/outTarget.js";
import { writeAllOrNothing } from "./output/writeAllOrNothing.js";

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
      return jsonText(input);
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

// JSON.stringify escapes C0 controls but leaves DEL, C1 controls (U+009B is a terminal's CSI) and
// bidirectional controls raw; as \u escapes they are the same JSON value, harmless on a terminal.
const RAW = /[\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g;

/** JSON text of a value, with every character a terminal could act on escaped. */
export function jsonText(value: unknown): string {
  const text = JSON.stringify(value, null, 2).replace(
    RAW,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`,
  );
  return `${text}\n`;
}

/** Writes to `--out` when given (all or nothing: a temporary, then renamed), else to stdout. */
export function emit(text: string, out: string | undefined, terminal: Terminal): void {
  if (out === undefined) terminal.document(text.replace(/\n$/, ""));
  else writeAllOrNothing([outTarget(out, text)]);
}
