import type { Lang, Model, Result } from "../index.js";
import { formatNumber, formatPercent } from "../render/format.js";
import { oneLine } from "./oneLine.js";
import { textTable } from "./table.js";

const words = {
  en: {
    header: ["Domain", "Level", "Score", "Target", "Gap"],
    gaps: "Largest gaps (weight × gap)",
    gapHeader: ["Indicator", "Level", "Target", "Weight", "Weight×gap"],
    summary:
      "maturity index {index}, level {level}, target attainment {attainment}, coverage {coverage}, tier {tier}",
    capped: "capped by critical indicator {id} at level {level}",
  },
  nl: {
    header: ["Domein", "Niveau", "Score", "Doel", "Gat"],
    gaps: "Grootste gaten (gewicht × gat)",
    gapHeader: ["Indicator", "Titel", "Niveau", "Doel", "Gewicht", "Gewicht×gat"],
    summary:
      "volwassenheidsindex {index}, niveau {level}, doelbereik {attainment}, dekking {coverage}, risiconiveau {tier}",
    capped: "begrensd door kritieke indicator {id} op niveau {level}",
  },
} as const;

const fill = (template: string, values: Record<string, string | number>): string =>
  template.replace(/\{(\w+)\}/g, (_, key: string) => String(values[key] ?? ""));

/** A compact terminal summary of a result: overall line, domain table, largest gaps. */
export function scoreSummary(model: Model, result: Result, lang: Lang, top = 5): string {
  const w = words[lang];
  const n = (x: number | null) => formatNumber(x, lang);
  const o = result.overall;
  const lines = [
    `${oneLine(result.institution.name ?? result.institution.id)} — ${result.measuredOn} (${oneLine(model.id)} ${oneLine(model.version)})`,
    fill(w.summary, {
      index: n(o.maturityIndex),
      level: o.level,
      attainment: formatPercent(o.targetAttainment, lang),
      coverage: formatPercent(o.coverage, lang),
      tier: oneLine(result.riskProfile.tier),
    }),
  ];
  if (o.levelCap) {
    lines.push(fill(w.capped, { id: oneLine(o.levelCap.indicator), level: o.levelCap.level }));
  }
  const titles = new Map(model.domains.map((d) => [d.id, d.title[lang]]));
  lines.push(
    "",
    textTable(
      w.header,
      result.domains.map((d) => [
        oneLine(`${d.id} ${titles.get(d.id) ?? ""}`),
        d.level === null ? "–" : String(d.level),
        n(d.score),
        n(d.target),
        n(d.gap),
      ]),
    ),
  );
  const indicatorTitles = new Map(
    model.domains.flatMap((d) => d.indicators.map((i) => [i.id, i.title[lang]] as const)),
  );
  const ranked = result.indicators
    .filter((i) => (i.gap ?? 0) > 0)
    .map((i) => ({ i, priority: i.weight.value * (i.gap ?? 0) }))
    .sort((a, b) => b.priority - a.priority || (a.i.id < b.i.id ? -1 : 1))
    .slice(0, top);
  if (ranked.length > 0) {
    lines.push(
      "",
      w.gaps,
      textTable(
        w.gapHeader,
        ranked.map(({ i, priority }) => [
          oneLine(i.id),
          clip(oneLine(indicatorTitles.get(i.id) ?? ""), 48),
          String(i.level ?? "–"),
          String(i.target),
          n(i.weight.value),
          n(priority),
        ]),
      ),
    );
  }
  return lines.join("\n");
}

function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}
