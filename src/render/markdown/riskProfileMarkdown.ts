import type { Lang } from "../../issues/messages.js";
import type { Model } from "../../model/modelSchema.js";
import type { Result, TierCondition } from "../../scoring/result.js";
import { escapeMarkdown as esc } from "./escape.js";
import type { Labels } from "./labels.js";
import { riskWords } from "./riskWords.js";
import { markdownTable } from "./table.js";

/**
 * The risk profile of a result: every factor's value with its label from the model, the
 * institution type, and the tier with the rule that set it (each condition with its value) or the
 * default tier.
 *
 * @param result - The result.
 * @param lang - The language.
 * @param labels - Labels from the model.
 * @param model - The model, for the order of the factors and the number of tier rules.
 * @returns Markdown.
 */
export function riskProfileSection(
  result: Result,
  lang: Lang,
  labels: Labels,
  model: Model,
): string {
  const w = riskWords(lang);
  const rp = result.riskProfile;
  // The model's order first; any factor the model does not know after it, by id.
  const known = model.riskProfile.factors.map((f) => f.id);
  const extra = Object.keys(rp.factors)
    .filter((id) => !known.includes(id))
    .sort();
  const order = [...known, ...extra];
  const rows = Object.entries(rp.factors)
    .sort(([a], [b]) => order.indexOf(a) - order.indexOf(b))
    .map(([id, value]) => {
      const label = labels.factorValue(id, value);
      return [esc(labels.factor(id)), label ? `${value} – ${esc(label)}` : String(value)];
    });
  const tier = labels.tier(rp.tier);
  const tierText = esc(tier.label);
  const description = tier.description ? ` ${esc(tier.description)}` : "";
  const type = rp.institutionType;
  return [
    markdownTable(w.riskHeader, rows, "ll"),
    ...(type === null ? [] : [w.institutionType(esc(labels.institutionType(type) ?? type))]),
    (rp.rule === null
      ? w.defaultTier(tierText)
      : w.tierRule(
          tierText,
          rp.rule + 1,
          model.riskProfile.tierRules.length,
          rp.conditions.map((c) => condition(c, lang, labels)).join(` ${w.and} `),
        )) + description,
  ].join("\n\n");
}

function condition(c: TierCondition, lang: Lang, labels: Labels): string {
  const w = riskWords(lang);
  switch (c.kind) {
    case "factor":
      return w.factorCondition(esc(labels.factor(c.factor)), c.atLeast, c.value);
    case "sum":
      return w.sumCondition(c.atLeast, c.value);
    case "institutionType": {
      const name = (id: string) => esc(labels.institutionType(id) ?? id);
      return w.typeCondition(c.allowed.map(name).join(` ${w.or} `), name(c.value));
    }
  }
}
