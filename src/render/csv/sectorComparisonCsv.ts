import type { SectorComparison } from "../../sector/types.js";
import type { Labels } from "../markdown/labels.js";
import type { Cell } from "./csvText.js";
import { withheldCell } from "./sectorViewCsv.js";

/** The columns of a sector comparison's CSV (the panel), in order; see docs/output-formats.md. */
export const SECTOR_COMPARISON_COLUMNS = [
  "baseline_model_id",
  "baseline_model_version",
  "current_model_id",
  "current_model_version",
  "group",
  "group_n",
  "suppressed",
  "withheld",
  "domain",
  "indicator",
  "title",
  "n",
  "improved",
  "declined",
  "unchanged",
  "not_comparable",
] as const;

type Row = Record<(typeof SECTOR_COMPARISON_COLUMNS)[number], Cell>;

/**
 * One CSV row per panel group × indicator row: how many institutions measured both times
 * improved, declined, stayed the same or could not be compared. Suppressed rows carry the reason
 * and no numbers; a shown row leaves withheld counts empty and names them in `withheld`. The cohort views are sector views: export them with `renderCsv` on their own.
 *
 * @param sc - The sector comparison.
 * @param indicators - The indicator rows to give a suppressed group (those of another group, or
 *   the current model's indicators).
 * @param labels - Titles and domains, from the current and the baseline model.
 * @returns The rows, keyed by column.
 */
export function sectorComparisonRows(
  sc: SectorComparison,
  indicators: readonly string[],
  labels: Labels,
): Row[] {
  return sc.panel.flatMap((g) => {
    const empty = {
      n: null,
      improved: null,
      declined: null,
      unchanged: null,
      not_comparable: null,
    };
    const head = (id: string) => ({
      baseline_model_id: sc.baseline.id,
      baseline_model_version: sc.baseline.version,
      current_model_id: sc.current.id,
      current_model_version: sc.current.version,
      group: g.key,
      group_n: g.suppressed === null ? g.n : null,
      withheld: null,
      domain: labels.domainOf(id) ?? null,
      indicator: id,
      title: labels.indicator(id),
    });
    if (g.suppressed !== null || g.indicators === null) {
      return indicators.map((id) => ({
        ...head(id),
        suppressed: g.suppressed ?? "size",
        ...empty,
      }));
    }
    return g.indicators.map((c) =>
      c.suppressed !== null
        ? { ...head(c.id), suppressed: c.suppressed, ...empty }
        : {
            ...head(c.id),
            suppressed: null,
            withheld: withheldCell(c.withheld),
            n: c.n,
            improved: c.improved,
            declined: c.declined,
            unchanged: c.unchanged,
            not_comparable: c.notComparable,
          },
    );
  });
}
