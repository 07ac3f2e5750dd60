// Coverage tables of the knowledge-security model, computed from the parsed model and crosswalk.
// docs/model-kennisveiligheid.md embeds exactly these tables between generated markers, and
// test/models/docCoverage.test.ts checks that the doc still says what the model says.
import type { Crosswalk, Model } from "../../src/index.js";

type Indicator = Model["domains"][number]["indicators"][number];

const indicatorsOf = (model: Model): Indicator[] => model.domains.flatMap((d) => d.indicators);

const cell = (text: string): string => text.replace(/\|/g, "\\|").replace(/\s+/g, " ").trim();
const ids = (list: readonly string[]): string =>
  list.length === 0 ? "—" : list.map((id) => `\`${id}\``).join(", ");

/** Indicator ids per tag: those that lead with it (main concern) and those that also carry it. */
export function byTag(model: Model): { tag: string; leads: string[]; also: string[] }[] {
  return (model.tags ?? []).map((tag) => ({
    tag: tag.id,
    leads: indicatorsOf(model)
      .filter((i) => i.tags?.[0] === tag.id)
      .map((i) => i.id),
    also: indicatorsOf(model)
      .filter((i) => i.tags?.slice(1).includes(tag.id))
      .map((i) => i.id),
  }));
}

/** Indicator ids per reference of one source, in the model's order of first citation. */
export function bySourceRef(model: Model, source: string): Map<string, string[]> {
  const rows = new Map<string, string[]>();
  for (const ind of indicatorsOf(model)) {
    for (const ref of ind.sources.filter((s) => s.source === source).map((s) => s.ref)) {
      rows.set(ref, [...(rows.get(ref) ?? []), ind.id]);
    }
  }
  return rows;
}

/** For every theme of the baseline: the indicators of the current model it continues as. */
export function byBaselineTheme(
  baseline: Model,
  crosswalk: Crosswalk,
): { theme: string; title: string; type: string; to: string[] }[] {
  return indicatorsOf(baseline).map((theme) => {
    const mapping = crosswalk.mappings.find(
      (m) => "from" in m && (typeof m.from === "string" ? [m.from] : m.from).includes(theme.id),
    );
    const named = mapping === undefined || !("to" in mapping) ? [] : mapping.to;
    const to = typeof named === "string" ? [named] : named;
    return { theme: theme.id, title: theme.title.en, type: mapping?.type ?? "—", to: [...to] };
  });
}

/**
 * The sections of the Nationale Leidraad Kennisveiligheid (2022) that describe a risk or a measure
 * (its table of contents), so that a section no indicator cites shows as a row with "—".
 */
export const LEIDRAAD_SECTIONS: readonly (readonly [string, string])[] = [
  ["2.1", "academic freedom and integrity"],
  ["2.2", "open science"],
  ["2.3", "ethics"],
  ["2.4", "inclusion and non-discrimination"],
  ["3.3", "influence and interference"],
  ["4.1", "export control"],
  ["4.2", "sanctions"],
  ["4.3", "codes of conduct"],
  ["5.1", "knowledge areas"],
  ["5.2", "countries"],
  ["5.3", "partners, clients and funders"],
  ["6.1", "organising risk management"],
  ["6.2", "organisational measures"],
  ["6.3", "fact base"],
  ["6.4", "physical and digital protection"],
  ["6.5", "security culture"],
  ["7.1", "international partnerships"],
  ["7.2", "procurement and tendering"],
  ["8.1", "recruitment and selection"],
  ["8.2", "education and training"],
  ["8.3", "visitors and business travel"],
  ["9", "cyber security"],
];

/** The six actions of the AWTI advice "Kennis in conflict" (2022), as the Loket summarised them. */
export const AWTI_ACTIONS: readonly (readonly [string, string])[] = [
  ["actie 1.1", "promote and share the outcomes of research on knowledge security (sector level)"],
  ["actie 1.2", "(wording not verified here)"],
  ["actie 2.1", "develop a sector-wide model to professionalise the approach (sector level)"],
  ["actie 2.2", "explore how organisational diversity can be used better (sector level)"],
  ["actie 3.1", "awareness, knowledge and skill in breadth and depth"],
  ["actie 3.2", "expand knowledge-security teams"],
];

/** Natural order of section numbers such as 2.1, 6.10, 9. */
const bySection = (a: string, b: string): number => a.localeCompare(b, "en", { numeric: true });

/** The Markdown tables of the doc, keyed by the name of their generated block. */
export function coverageTables(
  model: Model,
  baseline: Model,
  crosswalk: Crosswalk,
): Record<"tags" | "leidraad" | "awti" | "findings" | "evidence", string> {
  const tagLabel = new Map((model.tags ?? []).map((t) => [t.id, t.label.en]));
  const tags = [
    "| Tag | Risk | Main concern of | Also tagged on |",
    "|---|---|---|---|",
    ...byTag(model).map(
      (r) =>
        `| \`${r.tag}\` | ${cell(tagLabel.get(r.tag) ?? "")} | ${r.leads.length}: ${ids(r.leads)} | ${r.also.length}: ${ids(r.also)} |`,
    ),
  ].join("\n");
  const refTable = (
    source: string,
    label: string,
    named: readonly (readonly [string, string])[],
  ): string => {
    const cited = bySourceRef(model, source);
    const names = new Map(named);
    const refs = [...new Set([...names.keys(), ...cited.keys()])].sort(bySection);
    return [
      `| ${label} | Indicators |`,
      "|---|---|",
      ...refs.map((ref) => {
        const name = names.get(ref);
        return `| ${cell(name === undefined ? ref : `${ref} ${name}`)} | ${ids(cited.get(ref) ?? [])} |`;
      }),
    ].join("\n");
  };
  const findings = [
    "| 2023.2 theme | Finding or Leidraad chapter | Mapping | Continues as (2025.2) |",
    "|---|---|---|---|",
    ...byBaselineTheme(baseline, crosswalk).map(
      (r) => `| \`${r.theme}\` | ${cell(r.title)} | ${r.type} | ${ids(r.to)} |`,
    ),
  ].join("\n");
  const evidence = model.domains
    .flatMap((d) =>
      d.indicators.map((ind) =>
        [
          `**\`${ind.id}\`** ${cell(ind.title.en)}`,
          "",
          "| Practice | Level | What an auditor asks to see |",
          "|---|---|---|",
          ...(ind.practices ?? []).map(
            (p) => `| \`${p.id}\` | ${p.level} | ${cell(p.evidence?.en ?? "—")} |`,
          ),
        ].join("\n"),
      ),
    )
    .join("\n\n");
  return {
    tags,
    leidraad: refTable("leidraad-2022", "Leidraad section", LEIDRAAD_SECTIONS),
    awti: refTable("awti-2022", "AWTI action", AWTI_ACTIONS),
    findings,
    evidence,
  };
}
