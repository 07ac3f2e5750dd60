import type { Comparison } from "../../compare/types.js";
import type { Labels } from "../markdown/labels.js";
import type { Cell } from "./csvText.js";

/** The columns of a comparison's CSV, in order; documented in docs/output-formats.md. */
export const COMPARISON_COLUMNS = [
  "baseline_model_id",
  "baseline_model_version",
  "current_model_id",
  "current_model_version",
  "institution_id",
  "baseline_measured_on",
  "current_measured_on",
  "domain",
  "indicator",
  "title",
  "mapping",
  "from",
  "status",
  "baseline_level",
  "baseline_score",
  "baseline_target",
  "current_level",
  "current_score",
  "current_target",
  "level_delta",
  "score_delta",
  "progress_to_target",
] as const;

type Row = Record<(typeof COMPARISON_COLUMNS)[number], Cell>;

/**
 * One CSV row per indicator row of a comparison (after the crosswalk), in the comparison's order.
 *
 * @param c - The comparison.
 * @param labels - Titles in the report language, from the current and the baseline model.
 * @returns The rows, keyed by column.
 */
export function comparisonRows(c: Comparison, labels: Labels): Row[] {
  return c.indicators.map((r) => ({
    baseline_model_id: c.baseline.modelRef.id,
    baseline_model_version: c.baseline.modelRef.version,
    current_model_id: c.current.modelRef.id,
    current_model_version: c.current.modelRef.version,
    institution_id: c.institution.id,
    baseline_measured_on: c.baseline.measuredOn,
    current_measured_on: c.current.measuredOn,
    domain: r.domain,
    indicator: r.id,
    title: labels.indicator(r.id),
    mapping: r.mapping,
    from: r.from.join(" "),
    status: r.status,
    baseline_level: r.baseline?.level ?? null,
    baseline_score: r.baseline?.score ?? null,
    baseline_target: r.baseline?.target ?? null,
    current_level: r.current?.level ?? null,
    current_score: r.current?.score ?? null,
    current_target: r.current?.target ?? null,
    level_delta: r.levelDelta,
    score_delta: r.scoreDelta,
    progress_to_target: r.progressToTarget,
  }));
}
