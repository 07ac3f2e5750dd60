import type { Model } from "../../model/modelSchema.js";
import type { SectorView, Withheld } from "../../sector/types.js";
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
    "withheld",
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

/** CSV names of an item row's figures, for the `withheld` column. */
const FIGURE_COLUMNS: Readonly<Record<string, string>> = {
  levels: "levels",
  score: "score",
  shareAtTarget: "share_at_target",
  improved: "improved",
  declined: "declined",
  unchanged: "unchanged",
};

/**
 * The `withheld` column: each withheld figure of a shown row with its reason, e.g.
 * `levels:group;share_at_target:secondary`; empty when every figure is shown.
 *
 * @param withheld - The row's withheld figures (missing in a row read back from old JSON).
 * @returns The cell.
 */
export function withheldCell(withheld: Withheld<string> | undefined): string | null {
  const parts = Object.entries(withheld ?? {}).map(
    ([figure, reason]) => `${FIGURE_COLUMNS[figure] ?? figure}:${String(reason)}`,
  );
  return parts.length === 0 ? null : parts.join(";");
}

/**
 * One CSV row per group × indicator. A suppressed group still gets a row per indicator of the
 * model, so every group has the same rows; suppressed rows carry the reason and no numbers (not
 * even `n`); a shown row leaves a withheld figure empty and names it in `withheld`. No
 * institution id or name appears.
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
      if (s.suppressed !== null || s.n === null) {
        return { ...group, suppressed: s.suppressed ?? "size", ...item(s.id) };
      }
      const levels = Object.fromEntries((s.levels ?? []).map((count, k) => [`level_${k}`, count]));
      return {
        ...group,
        suppressed: null,
        withheld: withheldCell(s.withheld),
        ...item(s.id),
        n: s.n,
        ...levels,
        score_q1: s.score?.q1 ?? null,
        score_median: s.score?.median ?? null,
        score_q3: s.score?.q3 ?? null,
        share_at_target: s.shareAtTarget,
      };
    });
  });
}
