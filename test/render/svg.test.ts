import { fc, test } from "@fast-check/vitest";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import {
  aggregateSector,
  compareResults,
  KsmError,
  type KsmErrorCode,
  type Model,
  type Result,
  type SectorView,
} from "../../src/index.js";
import {
  crosswalk2023to2025,
  kennisveiligheid2023,
  kennisveiligheid2025,
} from "../../src/models.js";
import { boxesIntersect, boxIntersectsCircle } from "../../src/render/svg/labels.js";
import { RADAR, radarLayout } from "../../src/render/svg/radarLayout.js";
import { renderHeatmapSvg } from "../../src/render/svg/renderHeatmapSvg.js";
import { renderRadarSvg } from "../../src/render/svg/renderRadarSvg.js";
import { shade } from "../../src/render/svg/shade.js";
import { estimateTextWidth, wrapText } from "../../src/render/svg/textWidth.js";
import { escapeXml, num } from "../../src/render/svg/xml.js";
import { find, results2023, results2025 } from "../fixtures/examplePanel.js";

// Reproducible in CI, exploratory on a developer's machine.
if (process.env.CI) fc.configureGlobal({ seed: 42 });

const duinhaven = find(results2025, "uni-duinhaven");
const duinhavenChange = compareResults(find(results2023, "uni-duinhaven"), duinhaven, {
  crosswalk: crosswalk2023to2025,
});
const sector = aggregateSector(results2025, { groupBy: "institutionType" });

const en = { lang: "en", model: kennisveiligheid2025 } as const;
const nl = { lang: "nl", model: kennisveiligheid2025 } as const;

// --- Reading SVG -------------------------------------------------------------------------------

/** A parsed element: attributes as `@_name`, text as `#text`, children by tag name. */
type Node = { readonly [key: string]: unknown };

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@_",
  alwaysCreateTextNode: true,
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
});

/** Checks well-formedness, then parses; returns the root `<svg>` element. */
function parseSvg(svg: string): Node {
  expect(XMLValidator.validate(svg)).toBe(true);
  const doc = parser.parse(svg) as Node;
  return doc.svg as Node;
}

/** Every element named `tag` at any depth below `node`, in document order per parent. */
function all(node: unknown, tag: string): Node[] {
  if (Array.isArray(node)) return node.flatMap((n) => all(n, tag));
  if (typeof node !== "object" || node === null) return [];
  return Object.entries(node).flatMap(([key, value]) => {
    if (key.startsWith("@_") || key === "#text") return [];
    const here = key === tag ? (Array.isArray(value) ? value : [value]) : [];
    return [...(here as Node[]), ...all(value, tag)];
  });
}

/** The elements with a class, e.g. `withClass(root, "g", "legend-item")`. */
function withClass(node: unknown, tag: string, cls: string): Node[] {
  return all(node, tag).filter((n) =>
    String(n["@_class"] ?? "")
      .split(" ")
      .includes(cls),
  );
}

/** All text below an element, in order, pieces joined with a space. */
function text(node: unknown): string {
  if (Array.isArray(node))
    return node
      .map(text)
      .filter((t) => t !== "")
      .join(" ");
  if (typeof node !== "object" || node === null) return "";
  return Object.entries(node)
    .filter(([key]) => !key.startsWith("@_"))
    .map(([key, value]) => (key === "#text" ? String(value) : text(value)))
    .filter((t) => t !== "")
    .join(" ");
}

/** The `points` of a polygon or polyline as `[x, y]` pairs. */
function pointsOf(node: Node): [number, number][] {
  return String(node["@_points"])
    .split(" ")
    .map((pair) => pair.split(",").map(Number) as [number, number]);
}

/** The radius of the outer ring: the furthest vertex of the grid's rings. */
function plotRadius(root: Node): number {
  const rings = all(withClass(root, "g", "grid"), "polygon");
  return Math.max(...rings.flatMap(pointsOf).map(([x, y]) => Math.hypot(x, y)));
}

function expectKsmError(run: () => unknown, code: KsmErrorCode): void {
  try {
    run();
  } catch (e) {
    expect(e).toBeInstanceOf(KsmError);
    expect((e as KsmError).code).toBe(code);
    return;
  }
  throw new Error(`expected a KsmError ${code}, nothing was thrown`);
}

/** Shared checks of any chart: accessible, sized, self-contained. */
function expectStandaloneChart(svg: string): Node {
  const root = parseSvg(svg);
  expect(root["@_xmlns"]).toBe("http://www.w3.org/2000/svg");
  expect(root["@_role"]).toBe("img");
  const [x, y, width, height] = String(root["@_viewBox"]).split(" ").map(Number);
  expect([x, y, width, height].every(Number.isFinite)).toBe(true);
  expect(root["@_width"]).toBe(num(width ?? 0));
  expect(root["@_height"]).toBe(num(height ?? 0));
  const title = root.title as Node;
  const desc = root.desc as Node;
  expect(text(title)).not.toBe("");
  expect(text(desc)).not.toBe("");
  expect(String(root["@_aria-labelledby"]).split(" ")).toEqual([title["@_id"], desc["@_id"]]);
  // Nothing outside the document: no links, no fonts or style sheets, only local url(#…).
  expect(svg.replace('xmlns="http://www.w3.org/2000/svg"', "")).not.toMatch(/https?:|href|@import/);
  expect(svg.match(/url\([^#]/g)).toBeNull();
  expect(svg).not.toMatch(/<(image|style|script|foreignObject)\b/);
  // Deterministic coordinates: at most two decimals anywhere.
  expect(svg).not.toMatch(/\d\.\d{3,}/);
  return root;
}

// --- Radar -------------------------------------------------------------------------------------

describe("renderRadarSvg", () => {
  const svg = renderRadarSvg(duinhaven, en);
  const root = expectStandaloneChart(svg);

  it("keeps the rendering of the example university stable", async () => {
    await expect(svg).toMatchFileSnapshot("__snapshots__/radar-result.en.svg");
    await expect(renderRadarSvg(duinhavenChange, nl)).toMatchFileSnapshot(
      "__snapshots__/radar-comparison.nl.svg",
    );
  });

  it("names the institution and the measurement in its title", () => {
    expect(text(root.title)).toBe(
      "Universiteit Duinhaven (fictief): maturity per domain (11 April 2025 · Knowledge-security maturity model (research institutions), version 2025.2)",
    );
  });

  it("labels every axis with the domain title, in the language", () => {
    for (const [options, lang] of [
      [en, "en"],
      [nl, "nl"],
    ] as const) {
      const labels = withClass(parseSvg(renderRadarSvg(duinhaven, options)), "text", "axis-label");
      expect(labels.map((l) => l["@_data-domain"])).toEqual(
        kennisveiligheid2025.domains.map((d) => d.id),
      );
      // With 17 axes a long title may be cut to fit ("…"); what is shown is the title's start.
      kennisveiligheid2025.domains.forEach((d, i) => {
        const shown = text(labels[i]);
        const kept = shown.endsWith("…") ? shown.slice(0, -1) : shown;
        expect(d.title[lang].startsWith(kept), `${d.id}: ${shown}`).toBe(true);
        expect(kept.length).toBeGreaterThan(d.title[lang].length / 2);
      });
      expect(labels.map(text)).toContain(kennisveiligheid2025.domains[0]?.title[lang]);
    }
  });

  it("draws every series inside the plot, each value at its distance from the centre", () => {
    const radius = plotRadius(root);
    expect(radius).toBeCloseTo(RADAR.radius, 2);
    for (const outline of withClass(root, "polygon", "outline")) {
      for (const [x, y] of pointsOf(outline)) expect(Math.hypot(x, y)).toBeLessThanOrEqual(radius);
    }
    const current = withClass(withClass(root, "g", "series-current"), "polygon", "outline")[0];
    const distances = pointsOf(current as Node).map(([x, y]) => Math.hypot(x, y));
    duinhaven.domains.forEach((d, i) => {
      expect(distances[i]).toBeCloseTo(((d.score ?? 0) / duinhaven.maxLevel) * radius, 1);
    });
  });

  it("lists the series in the legend: current and target; for a comparison also the baseline", () => {
    const legend = (chart: Node) => withClass(chart, "g", "legend-item").map(text);
    expect(legend(root)).toEqual(["Current (11 April 2025)", "Target"]);
    expect(legend(parseSvg(renderRadarSvg(duinhavenChange, nl)))).toEqual([
      "Nulmeting (14 april 2023)",
      "Huidig (11 april 2025)",
      "Doel",
    ]);
  });

  it("tells the series apart by dash pattern and marker shape, not only by colour", () => {
    const chart = parseSvg(renderRadarSvg(duinhavenChange, en));
    const look = (key: string) => {
      const group = withClass(chart, "g", `series-${key}`)[0] as Node;
      const outline = [...all(group, "polygon"), ...all(group, "polyline")].find(
        (n) => n["@_class"] === "outline",
      );
      const marker = Object.keys(group).find((k) =>
        all(group, k).some((n) => n["@_class"] === "marker"),
      );
      return { dash: outline?.["@_stroke-dasharray"] ?? "solid", marker };
    };
    const looks = ["baseline", "current", "target"].map(look);
    expect(looks).toEqual([
      { dash: "1.5 4", marker: "rect" },
      { dash: "solid", marker: "circle" },
      { dash: "7 4", marker: "polygon" },
    ]);
  });

  it("describes every domain's values in words, with numbers in the language", () => {
    const gov = (duinhaven.domains[0]?.score ?? 0).toFixed(2);
    expect(text(root.desc)).toContain(`Board and governance: current ${gov}, target 3.00.`);
    const dutch = parseSvg(renderRadarSvg(duinhaven, nl));
    expect(text(dutch.desc)).toContain(
      `Bestuur en governance: huidig ${gov.replace(".", ",")}, doel 3,00.`,
    );
    expect(text(dutch.desc)).toContain("Radardiagram van 17 domeinen op een schaal van 0 tot 5.");
  });

  it("compares 2023 with 2025: a gap and a note for the domains new in the 2025 model", () => {
    const chart = expectStandaloneChart(renderRadarSvg(duinhavenChange, en));
    const notes = withClass(chart, "text", "axis-label")
      .filter((l) => text(l).endsWith("(new)"))
      .map((l) => l["@_data-domain"]);
    expect(notes).toEqual(["INT", "VAL", "BIO", "DEF"]);
    // With gaps, the outlines are open lines, never a closed polygon through the gap.
    expect(withClass(chart, "polygon", "outline")).toEqual([]);
    const radius = plotRadius(chart);
    for (const line of withClass(chart, "polyline", "outline")) {
      for (const [x, y] of pointsOf(line)) expect(Math.hypot(x, y)).toBeLessThanOrEqual(radius);
    }
    const desc = text(chart.desc);
    expect(desc).toContain("Influence and interference: new.");
    expect(desc).toContain("has no point: its line has a gap");
    expect(desc).toMatch(
      /Board and governance: baseline \d\.\d\d, current \d\.\d\d, target \d\.\d\d\./,
    );
  });

  it("leaves a gap for a domain that is not applicable, and says so", () => {
    const withNa: Result = {
      ...duinhaven,
      domains: duinhaven.domains.map((d) =>
        d.id === "PROC" ? { ...d, score: null, target: null, level: null, gap: null } : d,
      ),
    };
    const chart = expectStandaloneChart(renderRadarSvg(withNa, en));
    const label = withClass(chart, "text", "axis-label").find((l) => l["@_data-domain"] === "PROC");
    expect(text(label)).toBe("Procurement and tendering (not applicable)");
    expect(withClass(withClass(chart, "g", "series-current"), "polyline", "outline")).toHaveLength(
      1,
    );
    expect(text(chart.desc)).toContain("Procurement and tendering: not applicable.");
  });

  it("escapes text from the data and drops characters XML cannot carry", () => {
    const name = `R&D <Lab> "Zuid" 'Oost'\u0007`;
    const model: Model = {
      ...kennisveiligheid2025,
      domains: kennisveiligheid2025.domains.map((d, i) =>
        i === 0 ? { ...d, title: { nl: "Bestuur & <governance>", en: "Board & <governance>" } } : d,
      ),
    };
    const result: Result = { ...duinhaven, institution: { ...duinhaven.institution, name } };
    const svg = (r: Result, m: Model) => renderRadarSvg(r, { lang: "en", model: m });
    const chart = expectStandaloneChart(svg(result, model));
    // The parser decodes the entities again: the text survives the round trip.
    expect(text(chart.title)).toMatch(/^R&D <Lab> "Zuid" 'Oost': maturity per domain/);
    expect(text(withClass(chart, "text", "axis-label")[0])).toBe("Board & <governance>");
    expect(svg(result, model)).toContain("R&amp;D &lt;Lab&gt; &quot;Zuid&quot; &apos;Oost&apos;:");
  });

  it("is deterministic, with ids that differ between charts", () => {
    expect(renderRadarSvg(duinhaven, en)).toBe(svg);
    const other = parseSvg(renderRadarSvg(find(results2025, "uni-bosrand"), en));
    expect((other.title as Node)["@_id"]).not.toBe((root.title as Node)["@_id"]);
  });

  it("throws model_mismatch for another model or baseline model", () => {
    expectKsmError(
      () => renderRadarSvg(duinhaven, { lang: "en", model: kennisveiligheid2023 }),
      "model_mismatch",
    );
    expectKsmError(
      () => renderRadarSvg(duinhavenChange, { ...en, baselineModel: kennisveiligheid2025 }),
      "model_mismatch",
    );
  });

  it("throws invalid_argument for fewer than three domains (a radar needs three axes)", () => {
    const two: Result = { ...duinhaven, domains: duinhaven.domains.slice(0, 2) };
    expectKsmError(() => renderRadarSvg(two, en), "invalid_argument");
  });
});

describe("radar labels", () => {
  const word = fc.stringMatching(/^[A-Za-zé&<>"]{1,16}$/);
  const title = fc.array(word, { minLength: 1, maxLength: 9 }).map((w) => w.join(" "));
  const axis = fc.record({ title, note: fc.option(fc.constantFrom("(new)", "(not applicable)")) });

  test.prop([fc.array(axis, { minLength: 3, maxLength: 16 })])(
    "never overlap each other or the plot, for 3 to 16 axes and any title length",
    (axes) => {
      const { labels, radius } = radarLayout(axes);
      expect(labels).toHaveLength(axes.length);
      labels.forEach((label, i) => {
        expect(boxIntersectsCircle(label.box, radius)).toBe(false);
        const lines = label.note === null ? label.lines : [...label.lines, label.note];
        expect(label.lines.length).toBeLessThanOrEqual(2);
        for (const line of lines) {
          expect(estimateTextWidth(line, RADAR.labelFont)).toBeLessThanOrEqual(
            label.box.width + 1e-9,
          );
        }
        expect(label.box.height).toBe(lines.length * RADAR.lineHeight);
        for (const other of labels.slice(i + 1)) {
          expect(boxesIntersect(label.box, other.box)).toBe(false);
        }
      });
    },
  );

  it("wrap long titles on two balanced lines and cut what still does not fit", () => {
    const wrap = (t: string) => wrapText(t, { fontSize: 12, maxWidth: 150, maxLines: 2 });
    expect(wrap("HR policy")).toEqual(["HR policy"]);
    expect(wrap("Culture, awareness and learning")).toEqual(["Culture, awareness", "and learning"]);
    const cut = wrap(
      "Knowledge security in international partnerships and due diligence of partners",
    );
    expect(cut).toHaveLength(2);
    expect(cut[1]).toMatch(/…$/);
  });

  it("anchor by side: right of the centre left-aligned, left right-aligned, top centred", () => {
    const { labels } = radarLayout(
      ["Top", "Right", "Bottom", "Left"].map((t) => ({ title: t, note: null })),
    );
    expect(labels.map((l) => l.anchor)).toEqual(["middle", "start", "middle", "end"]);
  });
});

// --- Heatmap -----------------------------------------------------------------------------------

/** The count texts of a row's cells. */
const cellCounts = (row: Node): string[] => withClass(row, "g", "cell").map(text);

describe("renderHeatmapSvg", () => {
  const svg = renderHeatmapSvg(sector, { ...en, group: "universiteit" });
  const root = expectStandaloneChart(svg);
  const universities = sector.groups.find((g) => g.key === "universiteit");

  it("keeps the rendering of the example panel stable", async () => {
    await expect(svg).toMatchFileSnapshot("__snapshots__/heatmap-sector.en.svg");
  });

  it("titles the chart with the group and its n", () => {
    expect(text(root.title)).toBe(
      "Institutions per maturity level and domain: Research university (n = 14)",
    );
    const first = parseSvg(renderHeatmapSvg(sector, nl));
    expect(text(first.title)).toBe(
      "Instellingen per volwassenheidsniveau en domein: Hogeschool (n = 4)",
    );
  });

  it("has a row per domain and a column per level, labelled from the model", () => {
    const rows = withClass(root, "g", "row");
    expect(rows.map((r) => text(withClass(r, "text", "row-label")))).toEqual(
      kennisveiligheid2025.domains.map((d) => d.title.en),
    );
    expect(withClass(root, "text", "level-label").map(text)).toEqual(
      kennisveiligheid2025.levels.map((l) => `${l.level} ${l.label.en}`),
    );
  });

  it("counts the institutions at each level, shading by share with contrasting text", () => {
    const rows = withClass(root, "g", "row");
    const shown = universities?.domains?.filter((d) => d.levels !== null) ?? [];
    expect(shown.length).toBeGreaterThan(0);
    universities?.domains?.forEach((d, i) => {
      if (d.levels === null) return;
      expect(cellCounts(rows[i] as Node)).toEqual(d.levels.map(String));
      expect(text(withClass(rows[i], "text", "n"))).toBe(String(d.n));
    });
    const shares = [0, 0.1, 0.25, 0.5, 0.75, 1];
    const greys = shares.map((s) => Number.parseInt(shade(s).fill.slice(1, 3), 16));
    expect(greys).toEqual([...greys].sort((a, b) => b - a));
    expect(new Set(greys).size).toBe(shares.length);
    expect(shade(1).text).toBe("#ffffff");
    expect(shade(0.1).text).toBe("#111111");
  });

  it("describes every count in words", () => {
    const d = universities?.domains?.find((x) => x.levels !== null);
    const title = kennisveiligheid2025.domains.find((x) => x.id === d?.id)?.title.en;
    expect(text(root.desc)).toContain(
      `${title} (n = 14): level 0 Absent ${d?.levels?.[0]}, level 1 Initial / ad hoc ${d?.levels?.[1]}, `,
    );
  });

  it("hatches a domain whose level distribution is withheld, and says why", () => {
    // The hogescholen's governance levels all but share one level (group); subtracting the
    // universities from the whole sector would give them away, so theirs is withheld too.
    const gov = universities?.domains?.find((x) => x.id === "GOV");
    expect(gov?.withheld.levels).toBe("secondary");
    const rows = withClass(root, "g", "row");
    const row = rows.find((r) => r["@_data-domain"] === "GOV") as Node;
    expect(String(row["@_class"])).toBe("row suppressed");
    expect(cellCounts(row)).toEqual([]);
    expect(text(withClass(row, "text", "note"))).toBe("withheld (would uncover a withheld figure)");
    const colleges = parseSvg(renderHeatmapSvg(sector, { ...en, group: "hogeschool" }));
    const collegeGov = withClass(colleges, "g", "row").find((r) => r["@_data-domain"] === "GOV");
    expect(text(withClass(collegeGov, "text", "note"))).toBe(
      "withheld (all institutions but one at one level)",
    );
  });

  it("hatches a suppressed group, with its note in every row and the legend, and no numbers", () => {
    const strict = aggregateSector(results2025, { groupBy: "institutionType", minGroupSize: 5 });
    const chart = expectStandaloneChart(renderHeatmapSvg(strict, { ...en, group: "hogeschool" }));
    expect(text(chart.title)).toBe(
      "Institutions per maturity level and domain: University of applied sciences (suppressed)",
    );
    const rows = withClass(chart, "g", "row");
    expect(rows).toHaveLength(kennisveiligheid2025.domains.length);
    for (const row of rows) {
      expect(String(row["@_class"])).toBe("row suppressed");
      expect(cellCounts(row)).toEqual([]);
      expect(withClass(row, "text", "n")).toEqual([]);
      expect(text(withClass(row, "text", "note"))).toBe("suppressed (n < 5)");
      expect(all(row, "rect").some((r) => String(r["@_fill"]).startsWith("url(#"))).toBe(true);
    }
    expect(text(withClass(chart, "g", "legend-suppressed"))).toBe("suppressed (n < 5)");
    expect(text(chart.desc)).toContain("Board and governance: suppressed (n < 5).");
    expect(text(chart.desc)).not.toContain("(n = ");
  });

  it("hatches a suppressed row within a shown group and shows no number in it", () => {
    const view: SectorView = {
      ...sector,
      groups: sector.groups.map((g) => ({
        ...g,
        domains:
          g.domains?.map((d) =>
            d.id === "PROC"
              ? {
                  id: d.id,
                  n: null,
                  suppressed: "size",
                  levels: null,
                  score: null,
                  shareAtTarget: null,
                  withheld: {},
                }
              : d,
          ) ?? null,
      })),
    };
    const chart = expectStandaloneChart(renderHeatmapSvg(view, { ...en, group: "universiteit" }));
    const rows = withClass(chart, "g", "row");
    const proc = rows.find((r) => r["@_data-domain"] === "PROC") as Node;
    expect(String(proc["@_class"])).toBe("row suppressed");
    expect(text(proc)).toBe("Procurement and tendering suppressed (n < 3)");
    const shown = universities?.domains?.filter((d) => d.levels !== null && d.id !== "PROC");
    expect(rows.filter((r) => r["@_class"] === "row")).toHaveLength(shown?.length ?? -1);
  });

  it("has no hatch in the legend when nothing is suppressed", () => {
    // The 2023 baseline panel: every domain's level distribution is shown for the whole sector.
    const whole = parseSvg(
      renderHeatmapSvg(aggregateSector(results2023), { lang: "en", model: kennisveiligheid2023 }),
    );
    expect(withClass(whole, "g", "row suppressed")).toEqual([]);
    expect(withClass(whole, "g", "legend-suppressed")).toEqual([]);
    expect(withClass(whole, "g", "legend-shade").map(text)).toEqual([
      "0",
      "25%",
      "50%",
      "75%",
      "100%",
    ]);
  });

  it("is deterministic", () => {
    expect(renderHeatmapSvg(sector, { ...en, group: "universiteit" })).toBe(svg);
  });

  it("throws invalid_argument for an unknown group and model_mismatch for another model", () => {
    expectKsmError(() => renderHeatmapSvg(sector, { ...en, group: "umc" }), "invalid_argument");
    expectKsmError(
      () => renderHeatmapSvg(sector, { lang: "en", model: kennisveiligheid2023 }),
      "model_mismatch",
    );
  });
});

describe("XML helpers", () => {
  it("escape the five special characters and drop control characters", () => {
    expect(escapeXml(`a&b<c>d"e'f\u0000\u001Fg\tok`)).toBe("a&amp;b&lt;c&gt;d&quot;e&apos;fg\tok");
    expect(escapeXml("\uD800 lone surrogate, 😀 kept")).toBe(" lone surrogate, 😀 kept");
  });

  it("round numbers to two decimals without negative zero", () => {
    expect([num(1.005), num(-0.001), num(12), num(-4.56789)]).toEqual(["1", "0", "12", "-4.57"]);
  });
});
