import type { ChangeStatus, Comparison, IndicatorChange } from "../../compare/types.js";
import type { Lang } from "../../issues/messages.js";
import { CHANGE_STATUSES } from "../check/checkComparison.js";
import { formatDate, formatNumber, formatPercent, formatSigned } from "../format.js";
import type { RenderOptions } from "../options.js";
import { closing, type ModelUsed } from "./closing.js";
import { domainTable, indicatorTable } from "./comparisonTables.js";
import { comparisonWords } from "./comparisonWords.js";
import { escapeMarkdown as esc } from "./escape.js";
import { type Labels, modelLabels } from "./labels.js";
import { markdownTable } from "./table.js";
import { commonWords } from "./words.js";

/** Every change status, in the order the report counts them. */
const STATUSES: readonly ChangeStatus[] = CHANGE_STATUSES;

/**
 * Renders a comparison as a Markdown report: the change first (maturity index with pace, target
 * attainment, counts per status, most improved and declined, new indicators), then the domain and
 * indicator tables and the model versions used.
 *
 * @param c - The comparison.
 * @param options - Language, the current model and, across versions, the baseline model.
 * @returns The Markdown report.
 */
export function comparisonMarkdown(c: Comparison, options: RenderOptions): string {
  const { lang, model, baselineModel } = options;
  const w = comparisonWords(lang);
  const cw = commonWords(lang);
  const labels = modelLabels(lang, [model, baselineModel]);
  const o = c.overall;
  const name = esc(c.institution.name ?? c.institution.id);
  const tier = (id: string) => esc(labels.tier(id).label);
  const lead = [
    w.index(
      formatNumber(o.maturityIndex.from, lang),
      formatNumber(o.maturityIndex.to, lang),
      formatSigned(o.maturityIndex.delta, lang),
      o.months,
      formatSigned(o.pacePerYear, lang),
    ),
    w.attainment(
      formatPercent(o.targetAttainment.from, lang),
      formatPercent(o.targetAttainment.to, lang),
    ),
    c.baseline.tier === c.current.tier
      ? w.sameTier(tier(c.current.tier))
      : w.tier(tier(c.baseline.tier), tier(c.current.tier)),
  ];
  const counts = STATUSES.map((s) => `${o.counts[s]} ${cw.changeStatus[s]}`).join(", ");
  const sameModel =
    c.baseline.modelRef.id === c.current.modelRef.id &&
    c.baseline.modelRef.version === c.current.modelRef.version;
  const used: ModelUsed[] = sameModel
    ? [{ ref: c.current.modelRef, model }]
    : [
        { ref: c.baseline.modelRef, model: baselineModel, role: w.baseline },
        { ref: c.current.modelRef, model, role: w.current },
      ];
  return `${[
    `# ${name}: ${formatDate(c.baseline.measuredOn, lang)} → ${formatDate(c.current.measuredOn, lang)}`,
    lead.join(" "),
    `${w.counts(counts)} ${w.compatibility(formatPercent(o.compatibility, lang))}`,
    `## ${w.improvedHeading}`,
    changeList(c, o.mostImproved, lang, labels),
    `## ${w.declinedHeading}`,
    changeList(c, o.mostDeclined, lang, labels),
    `## ${w.newHeading}`,
    idList(o.newIndicators, lang, labels),
    ...(o.retiredIndicators.length > 0
      ? [`## ${w.retiredHeading}`, idList(o.retiredIndicators, lang, labels)]
      : []),
    `## ${w.domainsHeading}`,
    domainTable(c, lang, labels),
    `## ${w.indicatorsHeading}`,
    indicatorTable(c, lang, labels),
    closing(lang, used),
  ].join("\n\n")}\n`;
}

/** A table of indicators with their score change, in the given order. */
function changeList(c: Comparison, ids: readonly string[], lang: Lang, labels: Labels): string {
  const w = comparisonWords(lang);
  if (ids.length === 0) return w.none;
  // One pass over the rows, not one per id; a stable sort keeps rows of one id in their order.
  const rank = new Map(ids.map((id, k) => [id, k]));
  const at = (r: IndicatorChange) => rank.get(r.id) as number;
  const rows = c.indicators
    .filter((r) => rank.has(r.id))
    .sort((a, b) => at(a) - at(b))
    .map((r) => [esc(r.id), esc(labels.indicator(r.id)), formatSigned(r.scoreDelta, lang)]);
  return markdownTable(w.changeHeader, rows, "llr");
}

function idList(ids: readonly string[], lang: Lang, labels: Labels): string {
  if (ids.length === 0) return comparisonWords(lang).none;
  return ids.map((id) => `- **${esc(id)}** ${esc(labels.indicator(id))}`).join("\n");
}
