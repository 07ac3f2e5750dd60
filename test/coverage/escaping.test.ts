import { describe, expect, it } from "vitest";
import {
  aggregateSector,
  renderCsv,
  renderHeatmapSvg,
  renderMarkdown,
  renderRadarSvg,
} from "../../src/index.js";
import { setAt } from "../fixtures/jsonEdit.js";
import { answersAt, mini2Doc, model, rowOf, score } from "./support.js";

// Texts from data with characters that mean something in Markdown, CSV and XML.
const TITLE = 'Policy, "core" | <b>R&D</b> *now*';
const DOMAIN = "Gov & <Risk>";
let doc = mini2Doc();
doc = setAt(doc, ["domains", 0, "indicators", 0, "title", "en"], TITLE);
doc = setAt(doc, ["domains", 0, "title", "en"], DOMAIN);
const m = model(doc);
const name = "Hogeschool\n*Noord* & <Zuid>";
const result = score(m, { id: "hs-n", name }, answersAt(m, 1));

describe("text from data in a Markdown report", () => {
  const md = renderMarkdown(result, { lang: "en", model: m });

  it("turns a line break into a space and escapes emphasis and HTML", () => {
    expect(md.split("\n")[0]).toBe("# Hogeschool \\*Noord\\* \\& \\<Zuid\\> — 1 March 2025");
  });

  it("keeps a title with a pipe inside one table cell", () => {
    const row = rowOf(md, "gov-policy");
    expect(row[1]).toBe('Policy, "core" \\| \\<b\\>R\\&D\\</b\\> \\*now\\*');
    expect(row).toHaveLength(9);
    expect(rowOf(md, "governance")[1]).toBe("Gov \\& \\<Risk\\>");
  });
});

describe("text from data in CSV", () => {
  it("quotes a field with a comma or quote and doubles the quotes", () => {
    const csv = renderCsv(result, { lang: "en", model: m });
    const line = csv.split("\r\n").find((l) => l.includes(",gov-policy,"));
    expect(line).toBe(
      'mini,2,hs-n,2025-03-01,basic,governance,gov-policy,"Policy, ""core"" | <b>R&D</b> *now*",scored,1,1,2,1,2,true,gov-policy.2,',
    );
  });

  it("leaves the Dutch title, which needs no quotes, as it is", () => {
    const csv = renderCsv(result, { lang: "nl", model: m });
    expect(csv).toContain(",governance,gov-policy,Beleid,scored,");
  });

  it("quotes a field with a line break", () => {
    const broken = model(
      setAt(mini2Doc(), ["domains", 1, "indicators", 1, "title", "en"], "Two\nlines"),
    );
    const csv = renderCsv(score(broken, { id: "x" }, answersAt(broken, 1)), {
      lang: "en",
      model: broken,
    });
    expect(csv).toContain(',operations,ops-training,"Two\nlines",scored,');
  });
});

describe("text from data in SVG", () => {
  it("escapes names and titles in a radar chart", () => {
    const svg = renderRadarSvg(result, { lang: "en", model: m });
    expect(svg).toContain("Gov &amp; &lt;Risk&gt;");
    expect(svg).toContain("*Noord* &amp; &lt;Zuid&gt;");
    expect(svg).not.toContain("<Zuid>");
    expect(svg).not.toContain("<Risk>");
  });

  it("escapes domain titles in a heatmap", () => {
    const view = aggregateSector(["a", "b", "c"].map((id) => score(m, { id }, answersAt(m, 2))));
    const svg = renderHeatmapSvg(view, { lang: "en", model: m });
    expect(svg).toContain("Gov &amp; &lt;Risk&gt;");
    expect(svg).not.toContain("<Risk>");
  });
});
