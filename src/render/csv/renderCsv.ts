import { checkRenderArgs, type RenderInput } from "../checkArgs.js";
import { modelLabels } from "../markdown/labels.js";
import type { RenderOptions } from "../options.js";
import { COMPARISON_COLUMNS, comparisonRows } from "./comparisonCsv.js";
import { csvDocument } from "./csvText.js";
import { RESULT_COLUMNS, resultRows } from "./resultCsv.js";
import { SECTOR_COMPARISON_COLUMNS, sectorComparisonRows } from "./sectorComparisonCsv.js";
import { sectorViewColumns, sectorViewRows } from "./sectorViewCsv.js";

const KINDS = ["result", "comparison", "sectorView", "sectorComparison"] as const;

export { COMPARISON_COLUMNS } from "./comparisonCsv.js";
export { RESULT_COLUMNS } from "./resultCsv.js";
export { SECTOR_COMPARISON_COLUMNS } from "./sectorComparisonCsv.js";
export { sectorViewColumns } from "./sectorViewCsv.js";

/** Options for {@link renderCsv}. */
export interface CsvOptions extends RenderOptions {
  /** Start with a UTF-8 byte order mark, so Excel opens the file as UTF-8; default `false`. */
  readonly bom?: boolean;
}

/**
 * Renders a result, comparison, sector view or sector comparison (its panel) as CSV for pandas,
 * R or a spreadsheet: RFC 4180 (comma separator, CRLF line ends, fields quoted when they hold a
 * comma, quote, CR or LF, quotes doubled), a header row of stable snake_case columns, one row per
 * indicator (sector: per group × indicator). Numbers always use a `.` decimal point, no thousands
 * separator and at most four decimals, whatever the language; only the `title` column follows
 * `lang`. Codes (status, mapping, tier) are not translated. An empty field means "no value". Sector
 * output names no institution. Pure.
 *
 * @param input - What to render; its `kind` says which columns (see docs/output-formats.md).
 * @param options - The language of the titles, the model the input was made with (for a
 *   comparison the current model), the baseline model for comparisons across versions, and `bom`.
 * @returns The CSV text, every line ending in CRLF.
 * @throws {KsmError} `model_mismatch` when `options.model` (or `options.baselineModel`) is not the
 *   model version of the input.
 * @throws {KsmError} `invalid_argument` for an input of unknown kind, or one (read back from JSON)
 *   with a field missing, of the wrong type or out of range, or an id the model does not have; for
 *   options that are not as documented; for a revoked proxy or a throwing getter anywhere in the
 *   arguments. Its `issues` hold one issue whose path names the value (see `checkRenderArgs`).
 * @example
 * ```ts
 * const csv = renderCsv(result, { lang: "en", model: kennisveiligheid2025 });
 * csv.split("\r\n")[0];
 * //=> "model_id,model_version,institution_id,measured_on,tier,domain,indicator,title,status,level,score,target,gap,weight,critical,blocking"
 * ```
 */
export function renderCsv(input: RenderInput, options: CsvOptions): string {
  // From here on only the checked copy is read: what was checked is what is rendered.
  const checked = checkRenderArgs(input, options, KINDS);
  const value = checked.input;
  const { lang, model, baselineModel } = checked.options;
  const labels = modelLabels(lang, [model, baselineModel]);
  const bom = checked.options.bom === true;
  switch (value.kind) {
    case "result":
      return csvDocument(RESULT_COLUMNS, resultRows(value, labels), bom);
    case "comparison":
      return csvDocument(COMPARISON_COLUMNS, comparisonRows(value, labels), bom);
    case "sectorView":
      return csvDocument(
        sectorViewColumns(value.maxLevel),
        sectorViewRows(value, model, labels),
        bom,
      );
  }
  const shown = value.panel.find((g) => g.indicators !== null)?.indicators;
  const ids = shown
    ? shown.map((c) => c.id)
    : model.domains.flatMap((d) => d.indicators.map((i) => i.id));
  return csvDocument(SECTOR_COMPARISON_COLUMNS, sectorComparisonRows(value, ids, labels), bom);
}
