// Text from data never carries control or bidirectional characters into a report, a CSV file or a
// chart, and a CSV cell never starts a spreadsheet formula.
import { describe, expect, it } from "vitest";
import {
  aggregateSector,
  compareResults,
  compareSectors,
  renderCsv,
  renderHeatmapSvg,
  renderMarkdown,
  renderRadarSvg,
} from "../../src/index.js";
import { chartText } from "../../src/render/svg/modelText.js";
import { answersAt, mini2Doc, model, score } from "../coverage/support.js";
import { setAt } from "../fixtures/jsonEdit.js";

/** What cleanText removes: C0 but tab and LF, DEL, C1, explicit bidi embeddings and isolates. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
const UNSAFE = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/;

// Clear screen (ESC [ 2 J), a C1 CSI, and an unclosed right-to-left override.
const dirty = (text: string) => `${text}\u001b[2J\u009b31m\u202E`;

// Three domains (a radar needs three): mini model 2.
let doc = mini2Doc();
doc = setAt(doc, ["title", "en"], dirty("Mini model"));
doc = setAt(doc, ["domains", 0, "title", "en"], dirty("Governance"));
doc = setAt(doc, ["domains", 0, "indicators", 0, "title", "en"], '=HYPERLINK("http://x")');
doc = setAt(doc, ["domains", 0, "indicators", 1, "title", "en"], "-2+3");
doc = setAt(doc, ["domains", 1, "indicators", 0, "title", "en"], "@SUM(A1)");
doc = setAt(doc, ["domains", 1, "indicators", 1, "title", "en"], "\t+tab");
doc = setAt(doc, ["domains", 2, "indicators", 0, "title", "en"], dirty("Plain"));
const m = model(doc);
const en = { lang: "en", model: m } as const;

const name = "Uni\u202Eversity\u001b]0;owned\u0007 of\u0085 Tests";
const who = (k: number, measuredOn: string) => ({
  id: `i${k}`,
  name,
  type: "university",
  measuredOn,
});
const before = [0, 1, 2].map((k) => score(m, who(k, "2023-03-01"), answersAt(m, k)));
const after = [0, 1, 2].map((k) => score(m, who(k, "2025-03-01"), answersAt(m, k + 1)));
const [result] = after as [(typeof after)[number]];
const comparison = compareResults(before[0] as typeof result, result);
const view = aggregateSector(after, { minGroupSize: 3 });
const sectorComparison = compareSectors(before, after, { minGroupSize: 3 });

describe("text from data in every output", () => {
  const outputs: Record<string, string> = {
    "Markdown of a result": renderMarkdown(result, en),
    "Markdown of a comparison": renderMarkdown(comparison, en),
    "Markdown of a sector view": renderMarkdown(view, en),
    "Markdown of a sector comparison": renderMarkdown(sectorComparison, en),
    "CSV of a result": renderCsv(result, en),
    "CSV of a comparison": renderCsv(comparison, en),
    "CSV of a sector view": renderCsv(view, en),
    "CSV of a sector comparison": renderCsv(sectorComparison, en),
    "radar of a result": renderRadarSvg(result, en),
    "radar of a comparison": renderRadarSvg(comparison, en),
    heatmap: renderHeatmapSvg(view, en),
  };

  it.each(Object.keys(outputs))("%s has no control or bidirectional characters", (key) => {
    // CSV records end in CRLF by RFC 4180: the only CR allowed.
    const text = (outputs[key] ?? "").replaceAll("\r\n", "\n");
    expect(text).not.toMatch(UNSAFE);
  });

  it("keeps a heading after an unclosed U+202E in the institution's name in order", () => {
    const heading = renderMarkdown(result, en).split("\n")[0];
    expect(heading).toBe("# University\\]0;owned of Tests — 1 March 2025");
    const svg = renderRadarSvg(result, en);
    expect(svg).toContain(">University]0;owned of Tests: maturity per domain</text>");
  });
});

describe("CSV cells", () => {
  const rows = renderCsv(result, en)
    .split("\r\n")
    .slice(1, -1)
    .map((line) => line.split(/,(?=(?:[^"]*"[^"]*")*[^"]*$)/));
  const titles = rows.map((cells) => cells[7]);

  it("that a spreadsheet would run as a formula start with a quote", () => {
    expect(titles).toEqual([
      `"'=HYPERLINK(""http://x"")"`,
      "'-2+3",
      "'@SUM(A1)",
      "'\t+tab",
      "Plain[2J31m",
    ]);
  });

  it("keep negative numbers as numbers", () => {
    const worse = compareResults(after[2] as typeof result, before[0] as typeof result, {
      allowInstitutionChange: true,
    });
    // No title of this model holds a comma, so a plain split finds the columns.
    const [head = "", ...lines] = renderCsv(worse, en).split("\r\n");
    const column = head.split(",").indexOf("score_delta");
    const deltas = lines.filter((l) => l !== "").map((l) => l.split(",")[column]);
    expect(deltas.some((d) => /^-\d/.test(d ?? ""))).toBe(true);
    expect(deltas.every((d) => /^(-?\d+(\.\d+)?)?$/.test(d ?? ""))).toBe(true);
  });
});

describe("text from data in a chart's description", () => {
  it("is cut after 1,000 characters with an ellipsis, never inside a surrogate pair", () => {
    expect(chartText("a".repeat(1_000))).toBe("a".repeat(1_000));
    expect(chartText("a".repeat(1_001))).toBe(`${"a".repeat(1_000)}…`);
    // U+1F600 takes two UTF-16 units, the 1,000th and the 1,001st: it goes as a whole.
    expect(chartText(`${"a".repeat(999)}😀b`)).toBe(`${"a".repeat(999)}…`);
  });
});
