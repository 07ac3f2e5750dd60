/**
 * Outputs read back from JSON that another tool has trimmed or edited. Statistics of a sector
 * output that are null although nothing says why read as suppressed for size (a withheld figure
 * is null), and the renderers show no figure that is not there. What the renderers cannot show
 * truthfully — an id the model does not have, a level outside its levels — ends in
 * `invalid_argument` naming the path (see `checkRenderArgs` and test/render/checkArgs.test.ts).
 */
import { describe, expect, it } from "vitest";
import {
  aggregateSector,
  compareSectors,
  type Result,
  renderCsv,
  renderHeatmapSvg,
  renderMarkdown,
} from "../../src/index.js";
import { answersAt, mini1, rowOf, score, section } from "../coverage/support.js";
import { type JsonPath, setAt } from "../fixtures/jsonEdit.js";
import { thrown } from "../fixtures/thrown.js";

const m = mini1;
const en = { lang: "en", model: m } as const;

/** A deep, unfrozen copy of an output with values set at paths, as a JSON editor would. */
function edited<T>(value: T, changes: Record<string, unknown>): T {
  const copy = structuredClone(value);
  for (const [at, v] of Object.entries(changes)) {
    const path: JsonPath = at.split(".").map((k) => (/^\d+$/.test(k) ? Number(k) : k));
    setAt(copy, path, v);
  }
  return copy;
}

// Three colleges and three universities, at levels 0, 1, 2 and 3, 0, 1; one level lower before.
const levels = [0, 1, 2, 3, 0, 1];
const results = levels.map((level, k) =>
  score(
    m,
    { id: `i${k}`, type: k < 3 ? "college" : "university", measuredOn: "2025-03-01" },
    answersAt(m, level),
  ),
);
const baseline = results.map((r, k) =>
  score(
    m,
    {
      id: r.institution.id,
      ...(r.institution.type ? { type: r.institution.type } : {}),
      measuredOn: "2023-03-01",
    },
    answersAt(m, Math.max(0, (levels[k] ?? 0) - 1)),
  ),
);
const view = aggregateSector(results);
const grouped = aggregateSector(results, { groupBy: "institutionType" });
const panel = compareSectors(baseline, results);

describe("a sector view read back with statistics missing", () => {
  // The group says it is shown, but its statistics are gone.
  const stripped = edited(view, {
    "groups.0.maturityIndex": null,
    "groups.0.targetAttainment": null,
    "groups.0.indicators": null,
    "groups.0.domains": null,
  });

  it("reports the missing statistics as withheld or suppressed for size in Markdown, CSV and SVG", () => {
    expect(section(renderMarkdown(stripped, en), "## All institutions (n = 6)")).toMatch(
      /^## All institutions \(n = 6\)\n\nMaturity index: withheld \(fewer than 3 institutions contribute\)\./,
    );
    const csv = renderCsv(stripped, en).split("\r\n");
    expect(csv).toContain("mini,1,all,6,size,,governance,gov-policy,Policy,,,,,,,,,");
    const svg = renderHeatmapSvg(stripped, en);
    expect(svg.match(/class="row suppressed"/g)).toHaveLength(m.domains.length);
    expect(svg).toContain(">suppressed (n &lt; 3)</text>");
    expect(svg).not.toMatch(/class="cell"/);
  });

  it("shows a group whose item lists are gone with empty tables", () => {
    const noItems = edited(view, { "groups.0.indicators": null, "groups.0.domains": null });
    const md = section(renderMarkdown(noItems, en), "## All institutions (n = 6)");
    expect(md).toContain("### Domains\n\n| Domain ");
    expect(md).not.toContain("| governance");
    expect(md).not.toContain("| gov-policy");
  });

  it("shows an item without statistics and without a reason as dashes", () => {
    const noStats = edited(view, {
      "groups.0.indicators.0.levels": null,
      "groups.0.indicators.0.score": null,
      "groups.0.indicators.0.shareAtTarget": null,
      "groups.0.indicators.0.withheld": {},
      "groups.0.domains.0.levels": null,
      "groups.0.domains.0.score": null,
      "groups.0.domains.0.shareAtTarget": null,
    });
    expect(rowOf(renderMarkdown(noStats, en), "gov-policy").slice(2)).toEqual([
      "6",
      ...["–", "–", "–", "–"],
      "–",
      "–",
    ]);
    expect(renderCsv(noStats, en).split("\r\n")).toContain(
      "mini,1,all,6,,,governance,gov-policy,Policy,6,,,,,,,,",
    );
    const svg = renderHeatmapSvg(noStats, en);
    expect(svg).toMatch(/<g class="row suppressed" data-domain="governance">/);
    expect(svg).toMatch(/<g class="row" data-domain="operations">/);
  });

  it("reads level counts missing at the end as 0", () => {
    const trimmed = edited(view, { "groups.0.indicators.0.levels": [1, 1] });
    const row = rowOf(renderMarkdown(trimmed, en), "gov-policy");
    expect(row.slice(2, 7)).toEqual(["6", "1", "1", "0", "0"]);
  });

  it("shades the cells of a domain with n = 0 as empty, with no NaN", () => {
    const none = edited(view, {
      "groups.0.domains.0.n": 0,
      "groups.0.domains.0.levels": [0, 0, 0, 0],
    });
    const svg = renderHeatmapSvg(none, en);
    expect(svg).not.toContain("NaN");
    const row = svg.match(/data-domain="governance">[\s\S]*?<text class="n"/)?.[0] ?? "";
    expect(row.match(/<rect [^>]*fill="#ffffff"/g)).toHaveLength(4);
  });
});

describe("a sector view read back with ids the model does not know", () => {
  it("names a group by its key, which is not a model id", () => {
    const renamed = edited(grouped, { "groups.0.key": "academy" });
    expect(renderMarkdown(renamed, en)).toContain(`## academy (n = 3)`);
    expect(renderHeatmapSvg(renamed, { ...en, group: "academy" })).toContain(
      "Institutions per maturity level and domain: academy (n = 3)",
    );
    expect(renderCsv(renamed, en).split("\r\n")[1]).toMatch(/^mini,1,academy,3,/);
  });

  it("refuses an indicator id the model does not have, naming where it is", () => {
    const renamed = edited(grouped, { "groups.0.indicators.0.id": "gov-ethics" });
    for (const render of [renderMarkdown, renderCsv, renderHeatmapSvg]) {
      const error = thrown(() => render(renamed, en));
      expect(error.code).toBe("invalid_argument");
      expect(error.issues.map((i) => [i.code, i.path])).toEqual([
        ["unknown_indicator", ["input", "groups", 0, "indicators", 0, "id"]],
      ]);
    }
  });
});

describe("a sector comparison read back with statistics missing", () => {
  it("reports a panel group without statistics as withheld, its rows as suppressed for size", () => {
    const stripped = edited(panel, {
      "panel.0.maturityIndexDelta": null,
      "panel.0.indicators": null,
      "panel.0.domains": null,
    });
    expect(section(renderMarkdown(stripped, en), "### All institutions (n = 6)")).toMatch(
      /^### All institutions \(n = 6\)\n\nChange of the maturity index: withheld \(fewer than 3 institutions contribute\)\./,
    );
    expect(renderCsv(stripped, en).split("\r\n")).toContain(
      "mini,1,mini,1,all,6,size,,governance,gov-policy,Policy,,,,,",
    );
  });

  it("shows a panel group whose domain list is gone with an empty table", () => {
    const noDomains = edited(panel, { "panel.0.domains": null });
    const md = section(renderMarkdown(noDomains, en), "### All institutions (n = 6)");
    expect(md).toContain("| Domain ");
    expect(md).not.toContain("| governance");
  });

  it("shows a count that is missing as a dash", () => {
    const partial = edited(panel, {
      "panel.0.domains.0.declined": null,
      "panel.0.domains.0.notComparable": null,
    });
    const row = rowOf(renderMarkdown(partial, en), "governance");
    expect(row).toEqual(["governance", "Governance", "6", row[3], "–", row[5], "–"]);
    expect(row[3]).toMatch(/^\d+$/);
  });
});

describe("a result read back with values the model does not have", () => {
  const [result] = results as [Result];
  const refused = (changes: Record<string, unknown>) => {
    const error = thrown(() => renderMarkdown(edited(result, changes), en));
    expect(error.code).toBe("invalid_argument");
    return error.issues.map((i) => [i.code, i.path]);
  };

  it("refuses an overall level above the model's highest", () => {
    expect(renderMarkdown(result, en).split("\n\n")[2]).toMatch(
      /^\*\*Overall level 0 \(Absent\)\*\* out of 3\./,
    );
    expect(refused({ "overall.level": 9 })).toEqual([["too_big", ["input", "overall", "level"]]]);
  });

  it("refuses a risk profile of unknown factors, tier or type, naming the first", () => {
    const profile = (changes: Record<string, unknown>) => ({
      riskProfile: { ...result.riskProfile, ...changes },
    });
    expect(refused(profile({ tier: "extreme" }))).toEqual([
      ["unknown_tier", ["input", "riskProfile", "tier"]],
    ]);
    expect(refused(profile({ factors: { exposure: 0, funding: 1 } }))).toEqual([
      ["unknown_factor", ["input", "riskProfile", "factors", "funding"]],
    ]);
    expect(refused(profile({ factors: { exposure: 7 } }))).toEqual([
      ["unknown_factor_value", ["input", "riskProfile", "factors", "exposure"]],
    ]);
    expect(refused(profile({ factors: { exposure: 2 }, institutionType: "academy" }))).toEqual([
      ["unknown_institution_type", ["input", "riskProfile", "institutionType"]],
    ]);
    expect(refused({ "domains.0.id": "ethics" })).toEqual([
      ["invalid_value", ["input", "domains", 0, "id"]],
    ]);
  });
});

/** A deep, unfrozen copy of an output without some fields, as a file of an earlier shape holds it. */
function without<T>(value: T, drop: (copy: Record<string, unknown>) => void): T {
  const copy = structuredClone(value) as Record<string, unknown>;
  drop(copy);
  return copy as T;
}
type Row = Record<string, unknown>;
const rows = (value: unknown): Row[] => (Array.isArray(value) ? (value as Row[]) : []);

describe("outputs written before target traces, tier explanations and withheld figures", () => {
  const result = results[3] as (typeof results)[number];

  it("renders a result without targetTrace and explanation as it renders the same result with them", () => {
    const old = without(result, (r) => {
      for (const i of rows(r.indicators)) delete i.targetTrace;
      delete (r.riskProfile as Row).explanation;
    });
    expect(renderMarkdown(old, en)).toBe(renderMarkdown(result, en));
    expect(renderCsv(old, en)).toBe(renderCsv(result, en));
  });

  it("refuses a targetTrace or an explanation of the wrong shape, naming the path", () => {
    const badTrace = edited(result, { "indicators.0.targetTrace.tierTarget": "3" });
    expect(thrown(() => renderMarkdown(badTrace, en)).issues.map((i) => i.path)).toEqual([
      ["input", "indicators", 0, "targetTrace", "tierTarget"],
    ]);
    const badWords = edited(result, { "riskProfile.explanation": { nl: "x" } });
    expect(thrown(() => renderMarkdown(badWords, en)).issues.map((i) => i.path)).toEqual([
      ["input", "riskProfile", "explanation", "en"],
    ]);
  });

  it("renders sector outputs without withheld and nothingApplicable", () => {
    const oldView = without(view, (v) => {
      for (const g of rows(v.groups)) {
        delete g.withheld;
        delete g.nothingApplicable;
        for (const s of [...rows(g.indicators), ...rows(g.domains)]) delete s.withheld;
      }
    });
    expect(renderMarkdown(oldView, en)).toMatch(/^# /);
    expect(renderHeatmapSvg(oldView, en)).toMatch(/^<svg /);
    const oldPanel = without(panel, (p) => {
      for (const g of rows(p.panel)) {
        delete g.withheld;
        delete g.nothingApplicable;
      }
    });
    expect(renderMarkdown(oldPanel, en)).toMatch(/^# /);
  });

  it("refuses a withheld reason that is not text or a nothingApplicable that is not a count", () => {
    const badReason = edited(view, { "groups.0.withheld": { maturityIndex: 3 } });
    expect(thrown(() => renderCsv(badReason, en)).issues.map((i) => i.path)).toEqual([
      ["input", "groups", 0, "withheld", "maturityIndex"],
    ]);
    const badCount = edited(view, { "groups.0.nothingApplicable": -1 });
    expect(thrown(() => renderCsv(badCount, en)).issues.map((i) => i.path)).toEqual([
      ["input", "groups", 0, "nothingApplicable"],
    ]);
  });
});
