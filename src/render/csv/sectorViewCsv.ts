import type { Model } from "../../model/modelSchema.js";
import type { SectorView } from "../../sector/types.js";
import type { Labels } from "../markdown/labels.js";
import type { Cell } from "./csvText.js";

/**
 * The columns of a sector view's CSV, in order: `level_0` … `level_<max>` follow the model's
 * levels (0..5 for the bundled models). Documented in docs/output-formats.md.
 *
 * @param maxLevel - The model's highest level.
 * @returns The column names.
 */
export function sectorViewColumns(maxLevel: number): string[] {
  return [
    "model_id",
    "model_version",
    "group",
    "group_n",
    "suppressed",
    "domain",
    "indicator",
    "title",
    "n",
    ...Array.from({ length: maxLevel + 1 }, (_, k) => `level_${k}`),
    "score_q1",
    "score_median",
    "score_q3",
    "share_at_target",
  ];
}

/**
 * One CSV row per group × indicator. A suppressed group still gets a row per indicator of the
 * model, so every group has the same rows; suppressed rows carry the reason and no numbers (not
 * even `n`). No institution id or name appears.
 *
 * @param view - The sector view.
 * @param model - The model, for the indicators of suppressed groups.
 * @param labels - Titles in the report language.
 * @returns The rows, keyed by column.
 */
export function sectorViewRows(
  view: SectorView,
  model: Model,
  labels: Labels,
): Record<string, Cell>[] {
  const all = model.domains.flatMap((d) => d.indicators.map((i) => i.id));
  return view.groups.flatMap((g) => {
    const group = {
      model_id: view.modelRef.id,
      model_version: view.modelRef.version,
      group: g.key,
      group_n: g.suppressed === null ? g.n : null,
    };
    const item = (id: string) => ({
      domain: labels.domainOf(id) ?? null,
      indicator: id,
      title: labels.indicator(id),
    });
    if (g.suppressed !== null || g.indicators === null) {
      return all.map((id) => ({ ...group, suppressed: g.suppressed ?? "size", ...item(id) }));
    }
    return g.indicators.map((s): Record<string, Cell> => {
      if (s.suppressed !== null || !s.levels || !s.score) {
        return { ...group, suppressed: s.suppressed ?? "size", ...item(s.id) };
      }
      const levels = Object.fromEntries(s.levels.map((count, k) => [`level_${k}`, count]));
      return {
        ...group,
        suppressed: null,
        ...item(s.id),
        n: s.n,
        ...levels,
        score_q1: s.score.q1,
        score_median: s.score.median,
        score_q3: s.score.q3,
        share_at_target: s.shareAtTarget,
      };
    });
  });
}
