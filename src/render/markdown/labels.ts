import type { Lang } from "../../issues/messages.js";
import type { Model } from "../../model/modelSchema.js";
import { escapeMarkdown } from "./escape.js";

/** Titles and labels from one or more models, in one language; unknown ids fall back to the id. */
export interface Labels {
  /** An indicator's title. */
  indicator(id: string): string;
  /** A domain's title. */
  domain(id: string): string;
  /** The domain an indicator belongs to, if a model knows the indicator. */
  domainOf(indicator: string): string | undefined;
  /** A practice's level and text, if a model knows the practice. */
  practice(id: string): { readonly level: number; readonly text: string } | undefined;
  /** A maturity level's label, e.g. "Repeatable". */
  level(level: number): string | undefined;
  /** A tier's label and description. */
  tier(id: string): { readonly label: string; readonly description?: string };
  /** An institution type's label, if a model defines the type. */
  institutionType(id: string): string | undefined;
  /** A risk factor's label. */
  factor(id: string): string;
  /** The label of one value of a risk factor. */
  factorValue(id: string, value: number): string | undefined;
}

/**
 * Collects titles and labels from models; the first model that knows an id wins, so pass the
 * current model before the baseline model.
 *
 * @param lang - The language of the labels.
 * @param models - The models, the current one first; `undefined` entries are skipped.
 * @returns Lookups that never fail: a title missing from every model falls back to the id.
 * @example
 * ```ts
 * modelLabels("en", [kennisveiligheid2025]).indicator("GOV-01");
 * //=> "Knowledge-security portfolio holder on the Executive Board"
 * ```
 */
export function modelLabels(lang: Lang, models: readonly (Model | undefined)[]): Labels {
  // Maps, not objects: ids come from data and may be "__proto__" or "constructor".
  const indicators = new Map<string, { title: string; domain: string }>();
  const domains = new Map<string, string>();
  const practices = new Map<string, { level: number; text: string }>();
  const levels = new Map<number, string>();
  const tiers = new Map<string, { label: string; description: string }>();
  const types = new Map<string, string>();
  const factors = new Map<string, string>();
  const factorValues = new Map<string, string>();
  const add = <K, V>(map: Map<K, V>, key: K, value: V): void => {
    if (!map.has(key)) map.set(key, value);
  };
  for (const model of models) {
    if (!model) continue;
    for (const d of model.domains) {
      add(domains, d.id, d.title[lang]);
      for (const i of d.indicators) {
        add(indicators, i.id, { title: i.title[lang], domain: d.id });
        for (const p of i.practices ?? [])
          add(practices, p.id, { level: p.level, text: p.text[lang] });
      }
    }
    for (const l of model.levels) add(levels, l.level, l.label[lang]);
    const rp = model.riskProfile;
    for (const t of rp.tiers)
      add(tiers, t.id, { label: t.label[lang], description: t.description[lang] });
    for (const t of rp.institutionTypes) add(types, t.id, t.label[lang]);
    for (const f of rp.factors) {
      add(factors, f.id, f.label[lang]);
      for (const v of f.values) add(factorValues, `${f.id}\u0000${v.value}`, v.label[lang]);
    }
  }
  return {
    indicator: (id) => indicators.get(id)?.title ?? id,
    domain: (id) => domains.get(id) ?? id,
    domainOf: (id) => indicators.get(id)?.domain,
    practice: (id) => practices.get(id),
    level: (level) => levels.get(level),
    tier: (id) => tiers.get(id) ?? { label: id },
    institutionType: (id) => types.get(id),
    factor: (id) => factors.get(id) ?? id,
    factorValue: (id, value) => factorValues.get(`${id}\u0000${value}`),
  };
}

/**
 * An indicator's id with its title, for running text: "GOV-01 (Portfolio holder …)", or just the id
 * when no model knows it. Escaped for Markdown.
 *
 * @param id - The indicator id.
 * @param labels - The labels to take the title from.
 * @returns Markdown.
 * @example
 * ```ts
 * indicatorName("GOV-01", labels); //=> "GOV-01 (Knowledge-security portfolio holder on the Executive Board)"
 * ```
 */
export function indicatorName(id: string, labels: Labels): string {
  const title = labels.indicator(id);
  return title === id ? escapeMarkdown(id) : `${escapeMarkdown(id)} (${escapeMarkdown(title)})`;
}
