import type { Lang } from "../../issues/messages.js";
import type { Model } from "../../model/modelSchema.js";
import { describeConditions } from "../../scoring/explainWords.js";
import type { IndicatorResult, Result, TierCondition } from "../../scoring/result.js";
import { escapeMarkdown as esc } from "./escape.js";
import { indicatorName, type Labels } from "./labels.js";
import { type RiskWords, riskWords } from "./riskWords.js";
import { markdownTable } from "./table.js";

/**
 * The risk profile of a result: every factor's value with its label from the model, the
 * institution type, the tier with the rule that set it (each condition with its value) or the
 * default tier, and each indicator whose target a target rule raised, with that rule.
 *
 * @param result - The result.
 * @param lang - The language.
 * @param labels - Labels from the model.
 * @param model - The model, for the order of the factors and the number of tier and target rules.
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
  const tierText = `**${esc(tier.label)}**`;
  const description = tier.description ? ` ${esc(tier.description)}` : "";
  const type = rp.institutionType;
  const rules = model.riskProfile.tierRules.length;
  const tierSentence =
    rp.rule === null
      ? w.defaultTier(tierText)
      : rp.conditions.length === 0
        ? w.tierRuleAlways(tierText, rp.rule + 1, rules)
        : w.tierRule(tierText, rp.rule + 1, rules, conditions(rp.conditions, w, labels));
  return [
    markdownTable(w.riskHeader, rows, "ll"),
    ...(type === null ? [] : [w.institutionType(esc(labels.institutionType(type) ?? type))]),
    tierSentence + description,
    ...raisedTargets(result.indicators, w, labels, model),
  ].join("\n\n");
}

/** A list of the indicators whose target a target rule raised, each with the rule; or nothing. */
function raisedTargets(
  indicators: readonly IndicatorResult[],
  w: RiskWords,
  labels: Labels,
  model: Model,
): string[] {
  const counts = new Map<string, number>();
  for (const d of model.domains)
    for (const i of d.indicators) counts.set(i.id, i.targetRules?.length ?? 0);
  // A result from before target rules existed has no trace: nothing was raised.
  const raised = indicators.filter(
    (i) => i.targetTrace !== undefined && i.targetTrace.rule !== null,
  );
  if (raised.length === 0) return [];
  const items = raised.map((i) => {
    const t = i.targetTrace;
    const rule = (t.rule ?? 0) + 1;
    const of = Math.max(rule, counts.get(i.id) ?? 0);
    const why = w.targetRule(i.target, t.tierTarget, rule, of, conditions(t.conditions, w, labels));
    return `- ${indicatorName(i.id, labels)}: ${why}`;
  });
  return [w.raisedTargets(raised.length), items.join("\n")];
}

function conditions(list: readonly TierCondition[], w: RiskWords, labels: Labels): string {
  return describeConditions(list, w, {
    factor: (id) => esc(labels.factor(id)),
    institutionType: (id) => esc(labels.institutionType(id) ?? id),
  });
}
