import type { Lang } from "../../issues/messages.js";
import type {
  ChangeCounts,
  PanelGroup,
  SectorComparison,
  SectorGroup,
} from "../../sector/types.js";
import { formatNumber, formatPercent, formatSigned } from "../format.js";
import type { RenderOptions } from "../options.js";
import { closing } from "./closing.js";
import { comparisonWords } from "./comparisonWords.js";
import { escapeMarkdown as esc } from "./escape.js";
import { type Labels, modelLabels } from "./labels.js";
import { sectorWords, withheldLegend } from "./sectorWords.js";
import { markdownTable } from "./table.js";
import { commonWords, groupLabel } from "./words.js";

/**
 * Renders a sector comparison as a Markdown report: the panel per group (quartiles of the
 * maturity-index change; per domain how many improved, declined, stayed the same) and the cohort
 * medians before and after. Suppressed groups and items show no figures; a withheld figure of a
 * shown row is marked with its reason. No institution is named.
 *
 * @param sc - The sector comparison.
 * @param options - Language, the current model and, across versions, the baseline model.
 * @returns The Markdown report.
 */
export function sectorComparisonMarkdown(sc: SectorComparison, options: RenderOptions): string {
  const { lang, model, baselineModel } = options;
  const w = sectorWords(lang);
  const cw = comparisonWords(lang);
  const labels = modelLabels(lang, [model, baselineModel]);
  const grouped = sc.cohort.current.groupBy !== null;
  const ref = (r: { id: string; version: string }) => esc(`${r.id} ${r.version}`);
  const same = sc.baseline.id === sc.current.id && sc.baseline.version === sc.current.version;
  return `${[
    `# ${w.comparisonHeading(ref(sc.baseline), ref(sc.current))}`,
    `${commonWords(lang).noInstitution} ${w.suppression(sc.minGroupSize)}`,
    withheldLegend(w, sc.minGroupSize),
    `## ${w.panelHeading}`,
    w.panelIntro,
    ...sc.panel.map((g) => panelSection(sc, g, grouped, lang, labels)),
    `## ${w.cohortHeading}`,
    w.cohortIntro,
    cohortTable(sc, grouped, lang, labels),
    closing(
      lang,
      same
        ? [{ ref: sc.current, model }]
        : [
            { ref: sc.baseline, model: baselineModel, role: cw.baseline },
            { ref: sc.current, model, role: cw.current },
          ],
    ),
  ].join("\n\n")}\n`;
}

function panelSection(
  sc: SectorComparison,
  g: PanelGroup,
  grouped: boolean,
  lang: Lang,
  labels: Labels,
): string {
  const w = sectorWords(lang);
  const cw = commonWords(lang);
  const title = esc(groupLabel(g.key, grouped, labels, cw));
  if (g.suppressed !== null || g.n === null) {
    return `### ${title}\n\n${cw.suppressed(g.suppressed ?? "size", sc.minGroupSize)}`;
  }
  const s = (x: number) => formatSigned(x, lang, 1);
  const d = g.maturityIndexDelta;
  const index = d
    ? w.indexChange(s(d.median), s(d.q1), s(d.q3))
    : w.withheld(
        w.labels.maturityIndexDelta,
        w.because[g.withheld?.maturityIndexDelta ?? "size"](sc.minGroupSize),
      );
  const rows = (g.domains ?? []).map((c) => {
    const head = [esc(c.id), esc(labels.domain(c.id))];
    if (c.suppressed !== null || c.n === null) {
      return [...head, w.suppressedCell, "–", "–", "–", "–"];
    }
    // A count missing without a reason (edited JSON) is a dash: no figure, and no claim why.
    const count = (figure: keyof ChangeCounts["withheld"], x: number | null) => {
      const reason = c.withheld?.[figure];
      return x !== null ? String(x) : reason ? w.mark[reason] : "–";
    };
    return [
      ...head,
      String(c.n),
      count("improved", c.improved),
      count("declined", c.declined),
      count("unchanged", c.unchanged),
      c.notComparable === null ? "–" : String(c.notComparable),
    ];
  });
  const none = g.nothingApplicable ?? 0;
  return [
    `### ${title} (n = ${g.n})`,
    [index, ...(none > 0 ? [w.nothingApplicable(none)] : [])].join(" "),
    markdownTable(w.panelHeader, rows, "llrrrrr"),
  ].join("\n\n");
}

/** One row per group key of either cohort: n and medians before and after. */
function cohortTable(sc: SectorComparison, grouped: boolean, lang: Lang, labels: Labels): string {
  const w = sectorWords(lang);
  const cw = commonWords(lang);
  const before = new Map(sc.cohort.baseline.groups.map((g) => [g.key, g]));
  const after = new Map(sc.cohort.current.groups.map((g) => [g.key, g]));
  const keys = [...new Set([...before.keys(), ...after.keys()])].sort();
  const shown = (g: SectorGroup | undefined): g is SectorGroup =>
    g !== undefined && g.suppressed === null;
  const n = (g: SectorGroup | undefined) =>
    shown(g) && g.n !== null ? String(g.n) : w.suppressedCell;
  const median = (g: SectorGroup | undefined, pick: "maturityIndex" | "targetAttainment") => {
    if (!shown(g)) return "–";
    const q = g[pick];
    const reason = g.withheld?.[pick];
    if (!q) return reason ? w.mark[reason] : "–";
    return pick === "maturityIndex"
      ? formatNumber(q.median, lang, 1)
      : formatPercent(q.median, lang);
  };
  const rows = keys.map((key) => {
    const [b, a] = [before.get(key), after.get(key)];
    return [
      esc(groupLabel(key, grouped, labels, cw)),
      n(b),
      n(a),
      median(b, "maturityIndex"),
      median(a, "maturityIndex"),
      median(b, "targetAttainment"),
      median(a, "targetAttainment"),
    ];
  });
  return markdownTable(w.cohortHeader, rows, "lrrrrrr");
}
