import type { Lang } from "../../issues/messages.js";
import type { ItemStats, SectorGroup, SectorView, WithheldReason } from "../../sector/types.js";
import { formatNumber, formatPercent } from "../format.js";
import type { RenderOptions } from "../options.js";
import { closing } from "./closing.js";
import { escapeMarkdown as esc } from "./escape.js";
import { type Labels, modelLabels } from "./labels.js";
import { sectorWords, withheldLegend } from "./sectorWords.js";
import { markdownTable } from "./table.js";
import { commonWords, groupLabel } from "./words.js";

/**
 * Renders a sector view as a Markdown report: per group the quartiles of the maturity index and
 * target attainment, then a domain and an indicator table (n, level distribution, median score,
 * share at target). Suppressed groups and items show no figures; a withheld figure of a shown
 * row is marked with its reason. No institution is named.
 *
 * @param view - The sector view.
 * @param options - Language and the model the results were scored with.
 * @returns The Markdown report.
 */
export function sectorViewMarkdown(view: SectorView, options: RenderOptions): string {
  const { lang, model } = options;
  const w = sectorWords(lang);
  const labels = modelLabels(lang, [model]);
  return `${[
    `# ${w.viewHeading(esc(model.title[lang]), esc(view.modelRef.version))}`,
    `${commonWords(lang).noInstitution} ${w.suppression(view.minGroupSize)}`,
    withheldLegend(w, view.minGroupSize),
    ...view.groups.map((g) => groupSection(view, g, lang, labels)),
    closing(lang, [{ ref: view.modelRef, model }]),
  ].join("\n\n")}\n`;
}

/**
 * One group of a sector view: a suppressed group says why and shows no figures.
 *
 * @param view - The view the group belongs to (for `maxLevel`, `minGroupSize`, `groupBy`).
 * @param g - The group.
 * @param lang - The language.
 * @param labels - Titles from the model.
 * @returns Markdown.
 */
function groupSection(view: SectorView, g: SectorGroup, lang: Lang, labels: Labels): string {
  const w = sectorWords(lang);
  const cw = commonWords(lang);
  const title = esc(groupLabel(g.key, view.groupBy !== null, labels, cw));
  if (g.suppressed !== null || g.n === null) {
    return `## ${title}\n\n${cw.suppressed(g.suppressed ?? "size", view.minGroupSize)}`;
  }
  const n = (x: number) => formatNumber(x, lang, 1);
  const p = (x: number) => formatPercent(x, lang);
  const why = (reason: WithheldReason | undefined) =>
    w.because[reason ?? "size"](view.minGroupSize);
  const mi = g.maturityIndex;
  const ta = g.targetAttainment;
  const index = mi
    ? w.index(n(mi.median), n(mi.q1), n(mi.q3))
    : w.withheld(w.labels.maturityIndex, why(g.withheld?.maturityIndex));
  const attainment = ta
    ? w.attainment(p(ta.median), p(ta.q1), p(ta.q3))
    : w.withheld(w.labels.targetAttainment, why(g.withheld?.targetAttainment));
  const none = g.nothingApplicable ?? 0;
  return [
    `## ${title} (n = ${g.n})`,
    [index, attainment, ...(none > 0 ? [w.nothingApplicable(none)] : [])].join(" "),
    w.levelsNote(view.maxLevel),
    `### ${w.domains}`,
    itemTable(view, g.domains ?? [], w.domainColumn, labels.domain, lang),
    `### ${w.indicators}`,
    itemTable(view, g.indicators ?? [], w.indicatorColumn, labels.indicator, lang),
  ].join("\n\n");
}

function itemTable(
  view: SectorView,
  items: readonly ItemStats[],
  idHeader: string,
  title: (id: string) => string,
  lang: Lang,
): string {
  const w = sectorWords(lang);
  const levels = Array.from({ length: view.maxLevel + 1 }, (_, k) => String(k));
  const rows = items.map((s) => {
    const head = [esc(s.id), esc(title(s.id))];
    if (s.suppressed !== null || s.n === null) {
      return [...head, w.suppressedCell, ...levels.map(() => "–"), "–", "–"];
    }
    // A figure missing without a reason (edited JSON) is a dash: no figure, and no claim why.
    const mark = (figure: keyof ItemStats["withheld"]) => {
      const reason = s.withheld?.[figure];
      return reason ? w.mark[reason] : "–";
    };
    const counts = s.levels;
    return [
      ...head,
      String(s.n),
      ...levels.map((_, k) => (counts ? String(counts[k] ?? 0) : mark("levels"))),
      s.score ? formatNumber(s.score.median, lang, 1) : mark("score"),
      s.shareAtTarget === null ? mark("shareAtTarget") : formatPercent(s.shareAtTarget, lang),
    ];
  });
  const align = `ll${"r".repeat(levels.length + 3)}`;
  return markdownTable(w.itemHeader(idHeader, levels), rows, align);
}
