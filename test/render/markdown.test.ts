import { describe, expect, it } from "vitest";
import {
  aggregateSector,
  compareResults,
  compareSectors,
  KsmError,
  type KsmErrorCode,
  type Model,
  type Result,
} from "../../src/index.js";
import {
  crosswalk2023to2025,
  kennisveiligheid2023,
  kennisveiligheid2025,
} from "../../src/models.js";
import { renderMarkdown } from "../../src/render/markdown/renderMarkdown.js";
import { find, results2023, results2025 } from "../fixtures/examplePanel.js";
import { thrown } from "../fixtures/thrown.js";

// Eikenburg has a tier set by a rule; Veenoord's overall level is capped by a critical indicator;
// Dijkzicht (a hogeschool) has the default tier and indicators declared not applicable.
const eikenburg = find(results2025, "uni-eikenburg");
const veenoord = find(results2025, "uni-veenoord");
const dijkzicht = find(results2025, "hs-dijkzicht");
const change = compareResults(find(results2023, "uni-eikenburg"), eikenburg, {
  crosswalk: crosswalk2023to2025,
});
const sector = aggregateSector(results2025, { groupBy: "institutionType" });
const sectorChange = compareSectors(results2023, results2025, {
  crosswalk: crosswalk2023to2025,
  groupBy: "institutionType",
});

const current = { model: kennisveiligheid2025 } as const;
const across = { model: kennisveiligheid2025, baselineModel: kennisveiligheid2023 } as const;

function expectKsmError(run: () => unknown, code: KsmErrorCode): void {
  try {
    run();
  } catch (e) {
    expect(e).toBeInstanceOf(KsmError);
    expect((e as KsmError).code).toBe(code);
    return;
  }
  throw new Error(`expected KsmError ${code}`);
}

/** The cells of a Markdown table row, split on pipes that are not escaped. */
const cells = (row: string): string[] =>
  row
    .trim()
    .replace(/^\||\|$/g, "")
    .split(/(?<!\\)\|/)
    .map((c) => c.trim());

/** The cells of every table row of a Markdown text. */
const rows = (md: string): string[][] =>
  md
    .split("\n")
    .filter((line) => line.startsWith("|"))
    .map(cells);

describe("renderMarkdown snapshots (fictitious example panel)", () => {
  it("renders a result in Dutch and English", async () => {
    await expect(renderMarkdown(eikenburg, { ...current, lang: "nl" })).toMatchFileSnapshot(
      "./__snapshots__/result.nl.md",
    );
    await expect(renderMarkdown(eikenburg, { ...current, lang: "en" })).toMatchFileSnapshot(
      "./__snapshots__/result.en.md",
    );
  });

  it("renders a comparison 2023 → 2025 in Dutch", async () => {
    await expect(renderMarkdown(change, { ...across, lang: "nl" })).toMatchFileSnapshot(
      "./__snapshots__/comparison.nl.md",
    );
  });

  it("renders a sector view in Dutch and English", async () => {
    await expect(renderMarkdown(sector, { ...current, lang: "nl" })).toMatchFileSnapshot(
      "./__snapshots__/sector.nl.md",
    );
    await expect(renderMarkdown(sector, { ...current, lang: "en" })).toMatchFileSnapshot(
      "./__snapshots__/sector.en.md",
    );
  });

  it("renders a sector comparison in Dutch", async () => {
    await expect(renderMarkdown(sectorChange, { ...across, lang: "nl" })).toMatchFileSnapshot(
      "./__snapshots__/sector-comparison.nl.md",
    );
  });
});

describe("renderMarkdown: a result", () => {
  const nl = renderMarkdown(eikenburg, { ...current, lang: "nl" });

  it("leads with the answer, then the details, and closes with the model version", () => {
    const order = [
      "# Universiteit Eikenburg (fictief) — ",
      "**Totaalniveau 1",
      "## Grootste gaten",
      "**Kritieke gaten**",
      "## Domeinen",
      "## Indicatoren per domein",
      "## Risicoprofiel",
      "## Waarschuwingen",
      "Gemaakt met model kennisveiligheid 2025.2 (uitgebracht 4 december 2026).",
    ].map((s) => nl.indexOf(s));
    expect(order.every((i) => i >= 0)).toBe(true);
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });

  it("says which critical indicator caps the overall level", () => {
    const capped = renderMarkdown(veenoord, { ...current, lang: "nl" });
    expect(capped).toContain("begrensd op 0 door kritieke indicator PART-01 (");
    expect(nl).not.toContain("door kritieke indicator");
  });

  it("writes numbers with a decimal comma in Dutch and a point in English", () => {
    const index = eikenburg.overall.maturityIndex.toFixed(2);
    expect(nl).toContain(`Volwassenheidsindex **${index.replace(".", ",")}**`);
    const en = renderMarkdown(eikenburg, { ...current, lang: "en" });
    expect(en).toContain(`Maturity index **${index}**`);
  });

  it("names the tier rule with the values that met it, or the default tier", () => {
    expect(nl).toMatch(/vastgesteld door regel \d+ van \d+: .+ minstens \d \(waarde \d\)/);
    const en = renderMarkdown(dijkzicht, { ...current, lang: "en" });
    expect(en).toContain("the default tier, as no tier rule applies");
    expect(rows(en).some((r) => r.at(-1) === "not applicable")).toBe(true);
  });

  it("lists blocking practices with their text from the model", () => {
    const blocked = eikenburg.indicators.find((i) => i.blocking.length > 0);
    const id = blocked?.blocking[0] ?? "";
    const practice = kennisveiligheid2025.domains
      .flatMap((d) => d.indicators.flatMap((i) => i.practices ?? []))
      .find((p) => p.id === id);
    expect(nl).toContain(`  - ${id}`);
    expect(nl).toContain(practice?.text.nl.slice(0, 40));
  });

  it("escapes Markdown in data, so a pipe does not split a table cell", () => {
    const model = structuredClone(kennisveiligheid2025) as Model & {
      domains: { indicators: { title: { nl: string } }[] }[];
    };
    const first = model.domains[0]?.indicators[0];
    if (first) first.title.nl = "Beleid | *vet* _schuin_ <b>html</b> [link](x) & #kop";
    const named = { ...eikenburg, institution: { id: "x", name: "Hogeschool | <script>" } };
    const md = renderMarkdown(named, { model, lang: "nl" });
    expect(md).toContain("# Hogeschool \\| \\<script\\> — ");
    expect(md).toContain(
      "Beleid \\| \\*vet\\* \\_schuin\\_ \\<b\\>html\\</b\\> \\[link\\](x) \\& \\#kop",
    );
    const row = rows(md).find((r) => r[0] === "GOV-01");
    expect(row).toHaveLength(9);
  });

  it("refuses a result with an indicator the model does not have, naming where", () => {
    const model = structuredClone(kennisveiligheid2025) as Model & {
      domains: { indicators: unknown[] }[];
    };
    model.domains[0]?.indicators.splice(0, 1);
    const error = thrown(() => renderMarkdown(eikenburg, { model, lang: "en" }));
    expect(error.code).toBe("invalid_argument");
    expect(error.issues.map((i) => [i.code, i.path])).toEqual([
      ["unknown_indicator", ["input", "indicators", 0, "id"]],
    ]);
  });
});

describe("renderMarkdown: a comparison", () => {
  const nl = renderMarkdown(change, { ...across, lang: "nl" });

  it("leads with the change of the maturity index, signed and per year", () => {
    const delta = change.overall.maturityIndex.delta.toFixed(2).replace(".", ",");
    expect(nl.split("\n\n")[1]).toContain(`(**+${delta}** in ${change.overall.months} maanden;`);
  });

  it("names both model versions in the closing line", () => {
    expect(nl).toContain(
      "Gemaakt met de modellen kennisveiligheid 2023.2 (nulmeting, uitgebracht 1 februari 2023) en kennisveiligheid 2025.2 (huidige meting, uitgebracht 4 december 2026).",
    );
  });

  it("has one indicator-table row per comparison row", () => {
    const table = nl.split("## Indicatoren\n\n")[1]?.split("\n---")[0] ?? "";
    expect(rows(table)).toHaveLength(change.indicators.length + 2);
    for (const row of rows(table)) expect(row).toHaveLength(12);
  });
});

describe("renderMarkdown: sector outputs", () => {
  const names = results2025.flatMap((r) => [r.institution.id, r.institution.name ?? ""]);
  // The place name alone, e.g. "Duinhaven" from "Universiteit Duinhaven (fictief)".
  const places = names.map((n) => n.replace(" (fictief)", "").split(" ").at(-1) ?? n);

  it("never shows an institution id or name", () => {
    const texts = [
      renderMarkdown(sector, { ...current, lang: "nl" }),
      renderMarkdown(sector, { ...current, lang: "en" }),
      renderMarkdown(sectorChange, { ...across, lang: "nl" }),
    ];
    for (const text of texts) {
      for (const name of [...names, ...places]) expect(text).not.toContain(name);
    }
  });

  it("shows suppressed groups without any figures", () => {
    const small = aggregateSector(results2025, { groupBy: "institutionType", minGroupSize: 5 });
    const md = renderMarkdown(small, { ...current, lang: "nl" });
    expect(md).toContain("## Hogeschool\n\nonderdrukt (minder dan 5 instellingen)");
    expect(md).toContain("## Universiteit\n\nonderdrukt (zodat");
    expect(md).not.toContain("n =");
    expect(md).not.toContain("| ");
  });

  it("renders the sector view of no results", () => {
    const md = renderMarkdown(aggregateSector([]), { ...current, lang: "en" });
    expect(md).toContain("## All institutions\n\nsuppressed (fewer than 3 institutions)");
  });
});

describe("renderMarkdown: misuse", () => {
  it("throws model_mismatch when the model is not the input's model", () => {
    expectKsmError(
      () => renderMarkdown(eikenburg, { model: kennisveiligheid2023, lang: "nl" }),
      "model_mismatch",
    );
    expectKsmError(
      () => renderMarkdown(change, { model: kennisveiligheid2023, lang: "nl" }),
      "model_mismatch",
    );
    expectKsmError(
      () =>
        renderMarkdown(change, {
          model: kennisveiligheid2025,
          baselineModel: kennisveiligheid2025,
          lang: "nl",
        }),
      "model_mismatch",
    );
    expectKsmError(
      () => renderMarkdown(sector, { model: kennisveiligheid2023, lang: "en" }),
      "model_mismatch",
    );
  });

  it("throws invalid_argument for an input of unknown kind", () => {
    const odd = { ...eikenburg, kind: "report" } as unknown as Result;
    expectKsmError(() => renderMarkdown(odd, { ...current, lang: "en" }), "invalid_argument");
  });
});

describe("renderMarkdown: purity", () => {
  it("gives the same text for the same input, also for an unfrozen copy", () => {
    for (const [input, options] of [
      [eikenburg, current],
      [change, across],
      [sector, current],
      [sectorChange, across],
    ] as const) {
      const once = renderMarkdown(input, { ...options, lang: "nl" });
      expect(renderMarkdown(input, { ...options, lang: "nl" })).toBe(once);
      expect(renderMarkdown(structuredClone(input), { ...options, lang: "nl" })).toBe(once);
    }
  });
});
