import { formatIssues, type Lang, type Model, parseCrosswalk, parseModel } from "../index.js";
import { cleanText } from "../util/cleanText.js";
import { oneLine } from "./oneLine.js";

/** One bundled or given document after validation. */
export type Checked =
  | { kind: "model"; file: string; model: Model }
  | {
      kind: "crosswalk";
      file: string;
      from: string;
      to: string;
      mappings: Record<string, number>;
      /** Whether both models were known, so coverage of every indicator was checked. */
      complete: boolean;
    }
  | { kind: "invalid"; file: string; report: string };

const isCrosswalk = (doc: unknown): boolean =>
  typeof doc === "object" && doc !== null && "mappings" in doc && "from" in doc && "to" in doc;

/**
 * Validates documents: models first, then crosswalks against the models they name — taken from
 * the given documents, else from `known` (the bundled models).
 */
export function checkDocuments(
  docs: readonly [string, unknown][],
  lang: Lang,
  known: readonly Model[] = [],
): Checked[] {
  const out: Checked[] = [];
  const models = new Map<string, Model>(known.map((m) => [`${m.id}@${m.version}`, m]));
  for (const [file, doc] of docs) {
    if (isCrosswalk(doc)) continue;
    const result = parseModel(doc);
    if (result.ok) {
      models.set(`${result.value.id}@${result.value.version}`, result.value);
      out.push({ kind: "model", file, model: result.value });
    } else out.push({ kind: "invalid", file, report: formatIssues(result.issues, { lang }) });
  }
  for (const [file, doc] of docs) {
    if (!isCrosswalk(doc)) continue;
    const ref = (side: "from" | "to"): string => {
      const r = (doc as Record<string, { id?: unknown; version?: unknown }>)[side];
      return `${String(r?.id)}@${String(r?.version)}`;
    };
    const from = models.get(ref("from"));
    const to = models.get(ref("to"));
    const result = parseCrosswalk(doc, from, to);
    if (!result.ok) {
      out.push({ kind: "invalid", file, report: formatIssues(result.issues, { lang }) });
      continue;
    }
    const mappings: Record<string, number> = {};
    for (const m of result.value.mappings) mappings[m.type] = (mappings[m.type] ?? 0) + 1;
    out.push({
      kind: "crosswalk",
      file,
      from: ref("from"),
      to: ref("to"),
      mappings,
      complete: !!(from && to),
    });
  }
  return out;
}

/** A few lines per document: model, version, levels, domains and indicators per domain. */
export function summarize(checked: readonly Checked[], lang: Lang): string {
  const lines: string[] = [];
  for (const c of checked) {
    const name = oneLine(c.file.split(/[\\/]/).pop() ?? c.file);
    if (c.kind === "invalid") {
      lines.push(`✖ ${name}`, cleanText(c.report));
      continue;
    }
    if (c.kind === "crosswalk") {
      const counts = Object.entries(c.mappings).map(([k, n]) => `${k} ${n}`);
      lines.push(
        `✔ ${name}: crosswalk ${oneLine(c.from)} → ${oneLine(c.to)} (${counts.join(", ")})`,
      );
      if (!c.complete) {
        lines.push(
          lang === "nl"
            ? "  let op: niet elk model gevonden, dus niet gecontroleerd dat elke indicator precies één keer voorkomt; geef de modellen mee"
            : "  note: not every model was found, so coverage of every indicator was not checked; pass the models too",
        );
      }
      continue;
    }
    const m = c.model;
    const indicators = m.domains.reduce((n, d) => n + d.indicators.length, 0);
    const maxLevel = m.levels.length - 1;
    lines.push(
      `✔ ${name}: ${oneLine(m.id)} ${oneLine(m.version)} — ${oneLine(m.title[lang])}`,
      `  levels 0..${maxLevel}, rule ${m.levelRule}, ${m.domains.length} domains, ${indicators} indicators`,
    );
    for (const d of m.domains) {
      lines.push(
        `    ${oneLine(d.id).padEnd(8)} ${String(d.indicators.length).padStart(3)}  ${oneLine(d.title[lang])}`,
      );
    }
  }
  return lines.join("\n");
}
