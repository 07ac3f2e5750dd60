import type { Lang } from "../../issues/messages.js";
import type { IndicatorResult, Result } from "../../scoring/result.js";
import { formatNumber } from "../format.js";
import { escapeMarkdown as esc } from "./escape.js";
import type { Labels } from "./labels.js";
import { resultWords } from "./resultWords.js";
import { markdownTable } from "./table.js";
import { commonWords } from "./words.js";

const whole = (x: number | null): string => (x === null ? "–" : String(x));

/**
 * The domain table of a result: level (weakest link), score, target, gap and how many indicators
 * are at target.
 *
 * @param result - The result.
 * @param lang - The language.
 * @param labels - Titles from the model.
 * @returns A Markdown table.
 */
export function domainSection(result: Result, lang: Lang, labels: Labels): string {
  const w = resultWords(lang);
  const n = (x: number | null) => formatNumber(x, lang);
  const rows = result.domains.map((d) => [
    esc(d.id),
    esc(labels.domain(d.id)),
    whole(d.level),
    n(d.score),
    n(d.target),
    n(d.gap),
    w.of(d.atTarget, d.applicable),
  ]);
  return markdownTable(w.domainsHeader, rows, "llrrrrr");
}

/**
 * One section per domain: a table of its indicators and the practices that block the next level,
 * with their text from the model.
 *
 * @param result - The result.
 * @param lang - The language.
 * @param labels - Titles and practice texts from the model.
 * @returns One Markdown section per domain.
 */
export function indicatorSections(result: Result, lang: Lang, labels: Labels): string[] {
  const w = resultWords(lang);
  const status = commonWords(lang).indicatorStatus;
  const n = (x: number | null) => formatNumber(x, lang);
  // One pass over the indicators, not one per domain: a model may have 100 domains of 200.
  const byDomain = new Map<string, IndicatorResult[]>();
  for (const i of result.indicators) {
    const list = byDomain.get(i.domain);
    if (list) list.push(i);
    else byDomain.set(i.domain, [i]);
  }
  return result.domains.map((d) => {
    const indicators = byDomain.get(d.id) ?? [];
    const rows = indicators.map((i) => [
      esc(i.id),
      esc(labels.indicator(i.id)),
      whole(i.level),
      n(i.score),
      String(i.target),
      whole(i.gap),
      weight(i, lang),
      i.critical ? commonWords(lang).yes : "",
      status[i.status],
    ]);
    // Only an applicable indicator (one with a level) has practices that block its next level.
    const blocked = indicators.filter(
      (i): i is Blocked => i.level !== null && i.blocking.length > 0,
    );
    return [
      `### ${esc(d.id)} ${esc(labels.domain(d.id))}`,
      markdownTable(w.indicatorsHeader, rows, "llrrrrrll"),
      ...(blocked.length > 0
        ? [w.blocking, blocked.map((i) => blocking(i, lang, labels)).join("\n")]
        : []),
    ].join("\n\n");
  });
}

/** The weight with its derivation when a risk rule raised it: `4,50 (3,00 × 1,50)`. */
function weight(i: IndicatorResult, lang: Lang): string {
  const n = (x: number) => formatNumber(x, lang);
  const value = n(i.weight.value);
  if (i.weight.multipliers.length === 0) return value;
  return `${value} (${[n(i.weight.base), ...i.weight.multipliers.map((m) => n(m.multiplier))].join(" × ")})`;
}

/** An indicator with a level whose next level some practices block. */
type Blocked = IndicatorResult & { readonly level: number };

/** A list item per blocked indicator, a sub-item per practice with its text. */
function blocking(i: Blocked, lang: Lang, labels: Labels): string {
  const w = resultWords(lang);
  const next = i.level + 1;
  const practices = i.blocking.map((id) => {
    // checkRenderArgs let only practices of the model through.
    const p = labels.practice(id) as { readonly level: number; readonly text: string };
    const level = p.level === next ? "" : ` (${w.atLevel(p.level)})`;
    return `  - ${esc(id)}${level}: ${esc(p.text)}`;
  });
  return [`- **${esc(i.id)}** ${w.toLevel(next)}:`, ...practices].join("\n");
}
