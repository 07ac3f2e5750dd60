import type { Result } from "../../scoring/result.js";
import type { Labels } from "../markdown/labels.js";
import type { Cell } from "./csvText.js";

/** The columns of a result's CSV, in order; documented in docs/output-formats.md. */
export const RESULT_COLUMNS = [
  "model_id",
  "model_version",
  "institution_id",
  "measured_on",
  "tier",
  "domain",
  "indicator",
  "title",
  "status",
  "level",
  "score",
  "target",
  "gap",
  "weight",
  "critical",
  "blocking",
  "tags",
] as const;

type Row = Record<(typeof RESULT_COLUMNS)[number], Cell>;

/**
 * One CSV row per indicator of a result, in model order.
 *
 * @param result - The result.
 * @param labels - Titles in the report language.
 * @returns The rows, keyed by column.
 */
export function resultRows(result: Result, labels: Labels): Row[] {
  return result.indicators.map((i) => ({
    model_id: result.modelRef.id,
    model_version: result.modelRef.version,
    institution_id: result.institution.id,
    measured_on: result.measuredOn,
    tier: result.riskProfile.tier,
    domain: i.domain,
    indicator: i.id,
    title: labels.indicator(i.id),
    status: i.status,
    level: i.level,
    score: i.score,
    target: i.target,
    gap: i.gap,
    weight: i.weight.value,
    critical: i.critical,
    blocking: i.blocking.join(" "),
    tags: i.tags.join(" "),
  }));
}
