import type { Lang } from "../../issues/messages.js";
import type { IndicatorResult, Result } from "../../scoring/result.js";
import { warningMessage } from "../../scoring/warnings.js";
import { formatDate, formatNumber, formatPercent } from "../format.js";
import type { RenderOptions } from "../options.js";
import { closing } from "./closing.js";
import { escapeMarkdown as esc } from "./escape.js";
import { indicatorName, type Labels, modelLabels } from "./labels.js";
import { domainSection, indicatorSections } from "./resultDetails.js";
import { resultWords } from "./resultWords.js";
import { riskProfileSection } from "./riskProfileMarkdown.js";
import { markdownTable } from "./table.js";
import { tagSection } from "./tagSection.js";

/** How many of the largest gaps the lead lists. */
const TOP_GAPS = 5;

/**
 * Renders a result as a Markdown report: the answer first (overall level, maturity index, target
 * attainment, tier, largest and critical gaps), then domains, indicators per domain with their
 * blocking practices, the risk profile with the tier rule, the warnings and the model used.
 *
 * @param result - The result.
 * @param options - Language and the model the result was scored with.
 * @returns The Markdown report.
 */
export function resultMarkdown(result: Result, options: RenderOptions): string {
  const { lang, model } = options;
  const w = resultWords(lang);
  const labels = modelLabels(lang, [model]);
  const o = result.overall;
  const name = esc(result.institution.name ?? result.institution.id);
  const levelLabel = labels.level(o.level);
  const level = levelLabel ? `${o.level} (${esc(levelLabel)})` : String(o.level);
  const lead = [
    w.overall(
      level,
      result.maxLevel,
      formatNumber(o.maturityIndex, lang),
      formatPercent(o.targetAttainment, lang),
    ),
    ...(o.levelCap
      ? [w.capped(indicatorName(o.levelCap.indicator, labels), o.levelCap.level)]
      : []),
    w.tier(esc(labels.tier(result.riskProfile.tier).label)),
    w.counts(o.atTarget, o.applicable, o.notApplicable, formatPercent(o.coverage, lang)),
  ];
  const sections = [
    `# ${name} — ${formatDate(result.measuredOn, lang)}`,
    [
      w.subtitle(esc(model.title[lang]), esc(model.version), result.assessedBy),
      ...(result.asOf !== result.measuredOn ? [w.asOf(formatDate(result.asOf, lang))] : []),
    ].join(" · "),
    lead.join(" "),
    `## ${w.gapsHeading}`,
    gaps(result, lang, labels),
    criticalGaps(result, lang, labels),
    `## ${w.domainsHeading}`,
    domainSection(result, lang, labels),
    ...tagSection(result, model, lang),
    `## ${w.indicatorsHeading}`,
    ...indicatorSections(result, lang, labels),
    `## ${w.riskHeading}`,
    riskProfileSection(result, lang, labels, model),
    `## ${w.warningsHeading}`,
    result.warnings.length === 0
      ? w.noWarnings
      : result.warnings.map((x) => `- ${esc(warningMessage(x.code, x.params, lang))}`).join("\n"),
    closing(lang, [{ ref: result.modelRef, model }]),
  ];
  return `${sections.join("\n\n")}\n`;
}

/** An indicator below its target; only an applicable indicator (with a level) has a gap. */
type Gap = IndicatorResult & { readonly level: number; readonly gap: number };
const isGap = (i: IndicatorResult): i is Gap => i.level !== null && i.gap !== null && i.gap > 0;

/** The largest gaps by weight × gap; ties by id, so the order is stable. */
function gaps(result: Result, lang: Lang, labels: Labels): string {
  const w = resultWords(lang);
  const ranked = result.indicators
    .filter(isGap)
    .map((i) => ({ i, priority: i.weight.value * i.gap }))
    .sort((a, b) => b.priority - a.priority || (a.i.id < b.i.id ? -1 : 1))
    .slice(0, TOP_GAPS);
  if (ranked.length === 0) return w.noGaps;
  const rows = ranked.map(({ i, priority }, k) => [
    String(k + 1),
    esc(i.id),
    esc(labels.indicator(i.id)),
    String(i.level),
    String(i.target),
    formatNumber(i.weight.value, lang),
    formatNumber(priority, lang),
  ]);
  return `${w.gapsIntro}\n\n${markdownTable(w.gapsHeader, rows, "rllrrrr")}`;
}

/** The critical indicators below target, or a sentence saying there are none. */
function criticalGaps(result: Result, lang: Lang, labels: Labels): string {
  const w = resultWords(lang);
  const critical = new Set(result.overall.criticalGaps);
  const items = result.indicators
    .filter((i): i is Gap => critical.has(i.id) && isGap(i))
    .map((i) => `- ${indicatorName(i.id, labels)}: ${w.criticalItem(String(i.level), i.target)}`);
  if (items.length === 0) return w.noCritical;
  return `${w.critical}\n\n${items.join("\n")}`;
}
