import type { Comparison, Lang, Model } from "../index.js";
import { formatNumber, formatPercent } from "../render/format.js";
import { oneLine } from "./oneLine.js";

const words = {
  en: {
    title: "Change {from} → {to} ({months} months)",
    index: "maturity index {from} → {to} ({delta}, {pace} per year)",
    attainment: "target attainment {from} → {to}",
    counts:
      "{improved} improved, {declined} declined, {unchanged} unchanged, {new} new, {notComparable} not comparable",
    improved: "Most improved",
    declined: "Most declined",
    added: "New indicators",
    compatibility: "compatibility of the two measurements: {share} of indicators shared",
  },
  nl: {
    title: "Verandering {from} → {to} ({months} maanden)",
    index: "volwassenheidsindex {from} → {to} ({delta}, {pace} per jaar)",
    attainment: "doelbereik {from} → {to}",
    counts:
      "{improved} verbeterd, {declined} verslechterd, {unchanged} gelijk, {new} nieuw, {notComparable} niet vergelijkbaar",
    improved: "Meest verbeterd",
    declined: "Meest verslechterd",
    added: "Nieuwe indicatoren",
    compatibility: "vergelijkbaarheid van de twee metingen: {share} van de indicatoren gedeeld",
  },
} as const;

const fill = (template: string, values: Record<string, string | number>): string =>
  template.replace(/\{(\w+)\}/g, (_, key: string) => String(values[key] ?? ""));

/** A compact terminal summary of a comparison. */
export function compareSummary(model: Model, c: Comparison, lang: Lang): string {
  const w = words[lang];
  const n = (x: number | null) => formatNumber(x, lang);
  const signed = (x: number) => (x > 0 ? "+" : "") + n(x);
  const o = c.overall;
  const titles = new Map(
    model.domains.flatMap((d) => d.indicators.map((i) => [i.id, i.title[lang]] as const)),
  );
  const deltas = new Map(c.indicators.map((r) => [r.id, r.scoreDelta ?? 0]));
  const list = (ids: readonly string[]) =>
    ids.map(
      (id) =>
        `  ${oneLine(id).padEnd(8)} ${signed(deltas.get(id) ?? 0).padStart(6)}  ${oneLine(titles.get(id) ?? "")}`,
    );
  return [
    fill(w.title, { from: c.baseline.measuredOn, to: c.current.measuredOn, months: o.months }),
    fill(w.index, {
      from: n(o.maturityIndex.from),
      to: n(o.maturityIndex.to),
      delta: signed(o.maturityIndex.delta),
      pace: o.pacePerYear === null ? "–" : signed(o.pacePerYear),
    }),
    fill(w.attainment, {
      from: formatPercent(o.targetAttainment.from, lang),
      to: formatPercent(o.targetAttainment.to, lang),
    }),
    fill(w.counts, o.counts),
    fill(w.compatibility, { share: formatPercent(o.compatibility, lang) }),
    "",
    `${w.improved}:`,
    ...list(o.mostImproved),
    `${w.declined}:`,
    ...list(o.mostDeclined),
    `${w.added} (${o.newIndicators.length}): ${o.newIndicators.map(oneLine).join(", ")}`,
  ].join("\n");
}
