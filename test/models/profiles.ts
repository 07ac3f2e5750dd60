// The worked profiles of docs/model-kennisveiligheid.md, rendered from what `ksm score -f json`
// prints for the example files in docs/examples/profiles/. test/models/docCoverage.test.ts checks
// that the doc's blocks are exactly these.
import type { Model, Result } from "../../src/index.js";

/** The example profile files, in the order the doc shows them. */
export const PROFILE_FILES = [
  "hogeschool-lerarenopleiding",
  "brede-universiteit",
  "technische-universiteit",
] as const;

const two = (x: number): string => x.toFixed(2);
const list = (ids: readonly string[]): string =>
  ids.length === 0 ? "none" : ids.map((id) => `\`${id}\``).join(", ");

/** A worked profile in Markdown: tier, the rule that set it, and the targets it raised. */
export function workedProfile(model: Model, result: Result): string {
  const rules = new Map(
    model.domains.flatMap((d) => d.indicators).map((i) => [i.id, i.targetRules ?? []]),
  );
  const { riskProfile: rp, indicators } = result;
  const factors = Object.entries(rp.factors)
    .map(([id, v]) => `${id} ${v}`)
    .join(", ");
  const mean = indicators.reduce((s, i) => s + i.target, 0) / indicators.length;
  const high = indicators.filter((i) => i.target >= 4).map((i) => i.id);
  const raised = indicators.flatMap((i) => {
    const k = i.targetTrace.rule;
    if (k === null) return [];
    const when = i.targetTrace.conditions
      .map((c) =>
        c.kind === "factor"
          ? `${c.factor} ≥ ${c.atLeast}`
          : c.kind === "sum"
            ? `sum ≥ ${c.atLeast}`
            : `type ${c.value}`,
      )
      .join(" and ");
    return [`\`${i.id}\` ${i.targetTrace.tierTarget} → ${rules.get(i.id)?.[k]?.target} (${when})`];
  });
  const heavier = indicators.filter((i) => i.weight.value >= 2 * i.weight.base).map((i) => i.id);
  return [
    `**${result.institution.name ?? result.institution.id}** (type \`${rp.institutionType}\`; ${factors})`,
    "",
    `- ${rp.explanation.en}`,
    `- ${rp.explanation.nl}`,
    `- mean target ${two(mean)} over ${indicators.length} indicators; target 4 on ${high.length}: ${list(high)}`,
    `- targets raised by target rules (${raised.length}): ${raised.length === 0 ? "none" : raised.join("; ")}`,
    `- weights at least doubled by risk weights (${heavier.length}): ${list(heavier)}`,
  ].join("\n");
}
