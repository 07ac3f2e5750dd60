import type { Comparison, IndicatorChange, Side } from "../../compare/types.js";
import type { Lang } from "../../issues/messages.js";
import { formatNumber, formatPercent, formatSigned } from "../format.js";
import { comparisonWords } from "./comparisonWords.js";
import { escapeMarkdown as esc } from "./escape.js";
import type { Labels } from "./labels.js";
import { markdownTable } from "./table.js";
import { commonWords } from "./words.js";

const whole = (x: number | null | undefined): string => (x == null ? "–" : String(x));

/** Level and score of one side, or dashes. */
function side(s: Side | null, lang: Lang): [string, string] {
  return [whole(s?.level), formatNumber(s?.score ?? null, lang)];
}

const progress = (x: number | null, lang: Lang): string => formatPercent(x, lang);

/**
 * The domain table of a comparison: baseline and current level and score, score change, status
 * and progress to target.
 *
 * @param c - The comparison.
 * @param lang - The language.
 * @param labels - Titles from the models.
 * @returns A Markdown table.
 */
export function domainTable(c: Comparison, lang: Lang, labels: Labels): string {
  const status = commonWords(lang).changeStatus;
  const rows = c.domains.map((d) => [
    esc(d.id),
    esc(labels.domain(d.id)),
    String(d.n),
    ...side(d.baseline, lang),
    ...side(d.current, lang),
    formatSigned(d.scoreDelta, lang),
    status[d.status],
    progress(d.progressToTarget, lang),
  ]);
  return markdownTable(comparisonWords(lang).domainsHeader, rows, "llrrrrrrlr");
}

/**
 * The indicator table of a comparison: one row per comparison row, with the crosswalk mapping and
 * the baseline ids it draws on.
 *
 * @param c - The comparison.
 * @param lang - The language.
 * @param labels - Titles from the current and the baseline model.
 * @returns A Markdown table.
 */
export function indicatorTable(c: Comparison, lang: Lang, labels: Labels): string {
  const cw = commonWords(lang);
  const row = (r: IndicatorChange): string[] => [
    esc(r.id),
    esc(labels.indicator(r.id)),
    cw.mapping[r.mapping],
    r.from.length === 0 ? "–" : r.from.map(esc).join(", "),
    ...side(r.baseline, lang),
    ...side(r.current, lang),
    formatSigned(r.levelDelta, lang, 0),
    formatSigned(r.scoreDelta, lang),
    cw.changeStatus[r.status],
    progress(r.progressToTarget, lang),
  ];
  return markdownTable(
    comparisonWords(lang).indicatorsHeader,
    c.indicators.map(row),
    "llllrrrrrrlr",
  );
}
