// Builds models/drafts/skeleton-2025.2.json and crosswalk-2025.1-2025.2.json from the plan data,
// and writes the generated indicator tables into plan-2025.2.md between its markers.
// Run: npx tsx models/drafts/build-skeleton.ts   (a drafting tool; the JSON is the reviewed output)

import { readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { domains, type Plan, plans } from "./plan-indicators.ts";
import { newIndicators } from "./plan-new.ts";
import {
  factors,
  institutionTypes,
  levelFiveDescription,
  type Text,
  t,
  tags,
  tierRules,
  tiers,
} from "./plan-profile.ts";

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "..", "..");
const read = (p: string) => JSON.parse(readFileSync(p, "utf8"));

interface OldPractice {
  id: string;
  level: number;
  text: Text;
}
interface OldIndicator {
  id: string;
  title: Text;
  description: Text;
  practices: OldPractice[];
}
interface OldDomain {
  id: string;
  title: Text;
  description: Text;
  indicators: OldIndicator[];
}

const old = read(join(root, "models", "kennisveiligheid-2025.json"));
const sources = read(join(here, "sources-2025.2.json"));
const oldIndicators = new Map<string, OldIndicator>();
const oldDomains = new Map<string, OldDomain>();
for (const d of old.domains as OldDomain[]) {
  oldDomains.set(d.id, d);
  for (const i of d.indicators) oldIndicators.set(i.id, i);
}

const problems: string[] = [];
const fail = (msg: string) => problems.push(msg);

function indicatorDoc(p: Plan) {
  const prev = oldIndicators.get(p.id);
  const fresh = newIndicators[p.id];
  if (p.origin === "keep" && prev === undefined) fail(`${p.id}: kept but not in 2025.1`);
  if (p.origin !== "keep" && prev !== undefined)
    fail(`${p.id}: id exists in 2025.1 but origin is not keep`);
  if (p.origin !== "keep" && fresh === undefined) fail(`${p.id}: new indicator without a ladder`);
  const title = p.title ?? fresh?.title ?? prev?.title;
  const description = p.description ?? fresh?.description ?? prev?.description;
  const practices =
    p.origin === "keep"
      ? (prev?.practices ?? []).map((x) => ({ id: x.id, level: x.level, text: x.text }))
      : (fresh?.ladder ?? []).map((step, i) => ({
          id: `${p.id}.${i + 1}a`,
          level: i + 1,
          text: step.text,
          evidence: step.evidence,
        }));
  const [basis, verhoogd, hoog] = p.targets;
  return {
    id: p.id,
    title,
    description,
    tags: p.tags,
    sources: p.sources.map(([source, ref]) => ({ source, ref })),
    rating: "practices",
    practices,
    weight: p.weight,
    ...(p.rw && {
      riskWeights: p.rw.map(([factor, atLeast, multiplier, types]) => ({
        factor,
        atLeast,
        multiplier,
        ...(types && { institutionTypes: types }),
      })),
    }),
    targets: { basis, verhoogd, hoog },
    ...(p.rules && { targetRules: p.rules.map(([when, target]) => ({ when, target })) }),
    ...(p.critical && { critical: true }),
    ...(p.na && { notApplicable: { allowed: true, rationale: p.na } }),
    ...(p.dependsOn && { dependsOn: p.dependsOn }),
    ...(p.mappings && { mappings: p.mappings.map(([source, ref]) => ({ source, ref })) }),
  };
}

const order = Object.keys(domains);
const model = {
  $schema: "../schema/model.schema.json",
  id: "kennisveiligheid",
  version: "2025.2",
  releasedOn: "2026-12-04",
  title: old.title,
  description: t(
    "Afgeleid door het project knowledge-security-maturity uit openbare documenten: de Nationale Leidraad Kennisveiligheid (2022), het AWTI-advies 'Kennis in conflict' (2022), de Kamerbrieven over de sectorbeelden en de voortgang van de aanpak kennisveiligheid (2023–2025), het wetsvoorstel screening kennisveiligheid (2025) en verwante regelgeving. Het model meet de drie risico's van het beleid: ongewenste kennisoverdracht, heimelijke beïnvloeding en ethische kwesties. Dit is geen officieel instrument van het ministerie van OCW of van de sector; het is een leerinstrument dat volwassenheid, doelniveaus naar risicoprofiel en voortgang zichtbaar maakt.",
    "Derived by the knowledge-security-maturity project from public documents: the National Knowledge Security Guidelines (2022), the AWTI advice 'Knowledge in conflict' (2022), the letters to parliament on the sector pictures and the progress of the knowledge-security approach (2023–2025), the knowledge-security screening bill (2025) and related regulation. The model measures the three risks of the policy: unwanted transfer of knowledge, covert influence and ethical issues. It is not an official instrument of the Ministry of Education, Culture and Science or of the sector; it is a learning instrument that shows maturity, targets by risk profile and progress.",
  ),
  sources,
  tags,
  levels: old.levels.map((l: { level: number }) =>
    l.level === 5 ? { ...l, description: levelFiveDescription } : l,
  ),
  answerScale: old.answerScale,
  levelRule: old.levelRule,
  evidenceValidityMonths: old.evidenceValidityMonths,
  riskProfile: { factors, institutionTypes, tiers, tierRules, defaultTier: "basis" },
  domains: order.map((id) => {
    const spec = domains[id];
    const prev = oldDomains.get(id);
    const description = spec?.description ?? prev?.description;
    if (description === undefined) fail(`domain ${id}: no description`);
    return {
      id,
      title: spec?.title ?? prev?.title,
      description,
      indicators: plans.filter((p) => p.domain === id).map(indicatorDoc),
    };
  }),
};

// Crosswalk 2025.1 → 2025.2, derived from each plan's origin.
const mappings: unknown[] = [];
const accounted = new Set<string>();
const splits = new Map<string, string[]>();
for (const p of plans) {
  const o = p.origin;
  if (o === "keep") {
    mappings.push({ type: "same", from: p.id, to: p.id });
    accounted.add(p.id);
  } else if (o === "new") mappings.push({ type: "added", to: p.id });
  else if ("split" in o) splits.set(o.split, [...(splits.get(o.split) ?? []), p.id]);
  else {
    mappings.push({ type: "merge", from: o.merge, to: p.id, combine: "mean" });
    for (const f of o.merge) accounted.add(f);
  }
}
for (const [from, to] of splits) {
  if (to.length < 2) fail(`split of ${from} has fewer than two targets`);
  mappings.push({ type: "split", from, to });
  accounted.add(from);
}
for (const id of oldIndicators.keys())
  if (!accounted.has(id)) mappings.push({ type: "retired", from: id });
const crosswalk = {
  $schema: "../schema/crosswalk.schema.json",
  from: { id: "kennisveiligheid", version: "2025.1" },
  to: { id: "kennisveiligheid", version: "2025.2" },
  mappings,
};

writeFileSync(join(here, "skeleton-2025.2.json"), `${JSON.stringify(model, null, 2)}\n`);
writeFileSync(
  join(here, "crosswalk-2025.1-2025.2.json"),
  `${JSON.stringify(crosswalk, null, 2)}\n`,
);

// Generated plan sections.
const tierTarget = (p: Plan) => p.targets.join("·");
const rwText = (p: Plan) =>
  (p.rw ?? [])
    .map(([f, a, m, ty]) => `${f}≥${a} ×${m}${ty ? ` (${ty.join(",")})` : ""}`)
    .join("; ");
const ruleText = (p: Plan) =>
  (p.rules ?? [])
    .map(([w, target]) => {
      const parts = [
        ...Object.entries(w.factors ?? {}).map(([f, v]) => `${f}≥${v}`),
        ...(w.institutionTypes ? [`type ∈ {${w.institutionTypes.join(",")}}`] : []),
      ];
      return `${parts.join(" & ")} → ${target}`;
    })
    .join("; ");
const originText = (p: Plan) => {
  const o = p.origin;
  if (o === "keep") return "same";
  if (o === "new") return "added";
  if ("split" in o) return `split from ${o.split}`;
  return `merge of ${o.merge.join(" + ")}`;
};
const lines: string[] = [];
for (const id of order) {
  const spec = domains[id];
  lines.push(`#### ${id} — ${spec?.title.nl} / ${spec?.title.en}`, "");
  lines.push(
    "| Id | Title (en) | Tags | From 2025.1 | W | Risk weights | Targets b·v·h | Target rules | NA | Depends on | Sources (ref) |",
    "|---|---|---|---|---|---|---|---|---|---|---|",
  );
  for (const p of plans.filter((x) => x.domain === id)) {
    const title = (p.title ?? newIndicators[p.id]?.title ?? oldIndicators.get(p.id)?.title)?.en;
    const crit = p.critical ? " **(critical)**" : "";
    lines.push(
      `| \`${p.id}\` | ${title}${crit} | ${p.tags.join(", ")} | ${originText(p)} | ${p.weight} | ${rwText(p) || "—"} | ${tierTarget(p)} | ${ruleText(p) || "—"} | ${p.na ? "yes" : "no"} | ${(p.dependsOn ?? []).join(", ") || "—"} | ${p.sources.map(([s, r]) => `${s} ${r}`).join("; ")} |`,
    );
  }
  lines.push("");
  for (const p of plans.filter((x) => x.domain === id && x.notes)) {
    lines.push(`- **${p.id}** — must change:`);
    for (const n of p.notes ?? []) lines.push(`  - ${n}`);
  }
  lines.push("");
}
const ladders: string[] = [];
for (const p of plans) {
  const fresh = newIndicators[p.id];
  if (!fresh) continue;
  ladders.push(`##### \`${p.id}\` ${fresh.title.en} (${originText(p)})`, "");
  if (fresh.reuse) ladders.push(`Start from 2025.1 practices: ${fresh.reuse.join(", ")}.`, "");
  fresh.ladder.forEach((step, i) => {
    ladders.push(`${i + 1}. ${step.text.en} — *evidence:* ${step.evidence.en}`);
  });
  ladders.push("");
}
const tagIds = ["transfer", "interference", "ethics"] as const;
const counts: string[] = [
  "| Domain | Indicators | first tag transfer | first tag interference | first tag ethics | carrying the tag interference | carrying the tag ethics |",
  "|---|---|---|---|---|---|---|",
];
const row = (name: string, ps: readonly Plan[]) =>
  `| ${name} | ${ps.length} | ${tagIds.map((tag) => ps.filter((p) => p.tags[0] === tag).length).join(" | ")} | ${ps.filter((p) => p.tags.includes("interference")).length} | ${ps.filter((p) => p.tags.includes("ethics")).length} |`;
for (const id of order) counts.push(row(id, plans.filter((p) => p.domain === id)));
counts.push(row("**all**", plans));
counts.push(
  "",
  ...tagIds.map(
    (tag) =>
      `- first tag \`${tag}\`: ${plans
        .filter((p) => p.tags[0] === tag)
        .map((p) => p.id)
        .join(", ")}`,
  ),
);
const planPath = join(here, "plan-2025.2.md");
const replace = (doc: string, name: string, body: string) => {
  const begin = `<!-- BEGIN generated:${name} -->`;
  const end = `<!-- END generated:${name} -->`;
  const a = doc.indexOf(begin);
  const b = doc.indexOf(end);
  if (a < 0 || b < 0) return doc;
  return `${doc.slice(0, a + begin.length)}\n${body}\n${doc.slice(b)}`;
};
try {
  let doc = readFileSync(planPath, "utf8");
  doc = replace(doc, "indicators", lines.join("\n"));
  doc = replace(doc, "ladders", ladders.join("\n"));
  doc = replace(doc, "counts", counts.join("\n"));
  writeFileSync(planPath, doc);
} catch {
  // The plan is written by hand; without it only the JSON is produced.
}

if (problems.length > 0) {
  console.error(problems.join("\n"));
  process.exitCode = 1;
}
console.log(
  `skeleton: ${plans.length} indicators in ${order.length} domains; crosswalk: ${mappings.length} mappings`,
);
