/**
 * Small builders for the coverage tests: parsed versions of the mini model, assessments written
 * as a few answers, and scored results. Every value goes through the public parse functions, so
 * the tests see what a caller of the library sees.
 */
import {
  type Crosswalk,
  formatIssues,
  type Model,
  parseAssessment,
  type Result,
  scoreAssessment,
} from "../../src/index.js";
import { renameId, setAt } from "../fixtures/jsonEdit.js";
import { type CrosswalkDocument, type ModelDocument, miniModel } from "../fixtures/miniModel.js";
import { parsedCrosswalk, parsedModel } from "../fixtures/parsed.js";

/** Parses a model document; a test fixture that does not parse is a bug in the test. */
export function model(doc: ModelDocument): Model {
  return parsedModel(doc);
}

/** Parses a crosswalk document between two parsed models. */
export function crosswalk(doc: CrosswalkDocument, from: Model, to: Model): Crosswalk {
  return parsedCrosswalk(doc, from, to);
}

/** The mini model, version 1 (cumulative level rule, tiers `low` < `high`). */
export const mini1 = model(miniModel());

/** The mini model with the strict level rule: lower levels must be fully implemented. */
export const miniStrict = model(setAt(miniModel(), ["levelRule"], "strict"));

/**
 * Version 2 of the mini model: tiers renamed `basic` < `elevated`, `ops-screening` succeeded by
 * `ops-vetting` and `gov-roles` by `gov-duties` (ids are never reused), and a new domain `research` with one practice-rated
 * indicator `res-ethics`.
 */
export const mini2Doc = (): ModelDocument => {
  let doc = miniModel({ version: "2" });
  doc = renameId(
    renameId(
      renameId(renameId(doc, "low", "basic"), "high", "elevated"),
      "ops-screening",
      "ops-vetting",
    ),
    "gov-roles",
    "gov-duties",
  );
  doc.domains.push({
    id: "research",
    title: { en: "Research", nl: "Onderzoek" },
    description: { en: "Research practice.", nl: "Onderzoekspraktijk." },
    indicators: [
      {
        id: "res-ethics",
        title: { en: "Ethics review", nl: "Ethische toetsing" },
        description: { en: "Projects are reviewed.", nl: "Projecten worden getoetst." },
        sources: [{ source: "guide", ref: "4.1" }],
        rating: "practices",
        practices: [
          { id: "res-ethics.1", level: 1, text: { en: "Ad hoc review.", nl: "Losse toets." } },
          { id: "res-ethics.2", level: 2, text: { en: "A committee.", nl: "Een commissie." } },
          { id: "res-ethics.3", level: 3, text: { en: "Audited.", nl: "Geaudit." } },
        ],
        weight: 1,
        targets: { basic: 1, elevated: 2 },
        notApplicable: { allowed: false },
      },
    ],
  });
  return doc;
};
export const mini2 = model(mini2Doc());

/**
 * From mini 1 to mini 2: `gov-policy` is split into `gov-policy` and `gov-duties`; the old
 * `gov-roles` and `ops-training` are merged into `ops-training` (combined by `combine`);
 * `ops-screening` is retired; `ops-vetting` and `res-ethics` are added.
 */
export const crosswalk1to2Doc = (combine: "min" | "mean" | "max" = "min"): CrosswalkDocument => ({
  from: { id: "mini", version: "1" },
  to: { id: "mini", version: "2" },
  description: { en: "Reorganised.", nl: "Herindeling." },
  mappings: [
    { type: "split", from: "gov-policy", to: ["gov-policy", "gov-duties"] },
    { type: "merge", from: ["gov-roles", "ops-training"], to: "ops-training", combine },
    { type: "retired", from: "ops-screening" },
    { type: "added", to: "ops-vetting" },
    { type: "added", to: "res-ethics" },
  ],
});
export const crosswalk1to2 = crosswalk(crosswalk1to2Doc(), mini1, mini2);

/** One answer as written in an assessment document. */
export type AnswerDoc = Record<string, unknown>;

/** A practice answer. */
export const p = (practice: string, code: string): AnswerDoc => ({ practice, code });
/** A practice declared not applicable. */
export const na = (practice: string, rationale = "Shared with a partner."): AnswerDoc => ({
  practice,
  code: "NA",
  rationale,
});
/** A level answer for a level-rated indicator. */
export const lvl = (indicator: string, level: number): AnswerDoc => ({ indicator, level });

/**
 * Answers that put every indicator of a model at `level`: practices up to that level `F`, the
 * ones above `N`, level-rated indicators at the level. `skip` leaves indicators out (unanswered),
 * `extra` replaces or adds answers (by practice or indicator id).
 */
export function answersAt(
  m: Model,
  level: number,
  options: { skip?: readonly string[]; extra?: readonly AnswerDoc[] } = {},
): AnswerDoc[] {
  const skip = new Set(options.skip ?? []);
  const extra = new Map(
    (options.extra ?? []).map((a) => [String(a.practice ?? a.indicator), a] as const),
  );
  const out: AnswerDoc[] = [];
  for (const d of m.domains) {
    for (const i of d.indicators) {
      if (skip.has(i.id)) continue;
      if (i.rating === "level") out.push(extra.get(i.id) ?? lvl(i.id, level));
      for (const practice of i.practices ?? []) {
        out.push(extra.get(practice.id) ?? p(practice.id, practice.level <= level ? "F" : "N"));
      }
    }
  }
  const known = new Set(out.map((a) => String(a.practice ?? a.indicator)));
  for (const [id, a] of extra) if (!known.has(id)) out.push(a);
  return out;
}

/** What an assessment document says besides its answers. */
export interface Who {
  readonly id: string;
  readonly name?: string;
  readonly type?: string;
  readonly measuredOn?: string;
  readonly assessedBy?: "self" | "external";
  readonly riskProfile?: Record<string, number>;
}

/** Parses an assessment document for a model; fails the test when it does not parse. */
export function assessment(m: Model, who: Who, answers: readonly AnswerDoc[]) {
  const parsed = parseAssessment(
    {
      modelRef: { id: m.id, version: m.version },
      institution: {
        id: who.id,
        ...(who.name === undefined ? {} : { name: who.name }),
        ...(who.type === undefined ? {} : { type: who.type }),
      },
      measuredOn: who.measuredOn ?? "2025-03-01",
      assessedBy: who.assessedBy ?? "self",
      riskProfile: who.riskProfile ?? { exposure: 0, partnerships: 0 },
      answers,
    },
    m,
  );
  if (!parsed.ok) throw new Error(`fixture assessment is invalid:\n${formatIssues(parsed.issues)}`);
  return parsed.value;
}

/** Parses and scores an assessment. */
export function score(m: Model, who: Who, answers: readonly AnswerDoc[], asOf?: string): Result {
  const a = assessment(m, who, answers);
  return scoreAssessment(m, a, asOf === undefined ? {} : { asOf });
}

/** The lines of a text that start with a prefix. */
export const linesStarting = (text: string, prefix: string): string[] =>
  text.split("\n").filter((line) => line.startsWith(prefix));

/** The cells of a Markdown table row, split on pipes that are not escaped. */
export const cells = (row: string): string[] =>
  row
    .trim()
    .replace(/^\||\|$/g, "")
    .split(/(?<!\\)\|/)
    .map((c) => c.trim());

/** The table row (as cells) whose first cell is `first`, in a Markdown text. */
export function rowOf(md: string, first: string): string[] {
  const row = md
    .split("\n")
    .filter((line) => line.startsWith("|"))
    .map(cells)
    .find((c) => c[0] === first);
  if (!row) throw new Error(`no table row starts with ${first}`);
  return row;
}

/** The text of a Markdown section: from its heading line to the next heading of that level or higher. */
export function section(md: string, heading: string): string {
  const lines = md.split("\n");
  const start = lines.indexOf(heading);
  if (start < 0) throw new Error(`no heading ${heading}`);
  const depth = heading.indexOf(" ");
  const end = lines.findIndex(
    (line, i) => i > start && /^#+ /.test(line) && line.indexOf(" ") <= depth,
  );
  return lines.slice(start, end < 0 ? undefined : end).join("\n");
}
