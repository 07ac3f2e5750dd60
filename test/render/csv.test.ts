import { describe, expect, it } from "vitest";
import {
  aggregateSector,
  compareResults,
  compareSectors,
  KsmError,
  type KsmErrorCode,
} from "../../src/index.js";
import {
  crosswalk2023to2025,
  kennisveiligheid2023,
  kennisveiligheid2025,
} from "../../src/models.js";
import { renderCsv } from "../../src/render/csv/renderCsv.js";
import { find, results2023, results2025 } from "../fixtures/examplePanel.js";

// Dijkzicht has indicators declared not applicable (empty fields); Eikenburg is capped.
const dijkzicht = find(results2025, "hs-dijkzicht");
const eikenburg = find(results2025, "uni-eikenburg");
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

/**
 * A small RFC 4180 reader: records end in CRLF; a field in double quotes may hold commas, CR, LF
 * and doubled quotes. Strict: a bare CR or LF outside quotes, or a stray quote, fails the test.
 */
function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = "";
  let i = 0;
  const fail = (what: string) => {
    throw new Error(`${what} at ${i}`);
  };
  while (i < text.length) {
    const c = text[i];
    if (c === '"') {
      if (field !== "") fail("quote inside an unquoted field");
      i++;
      for (;;) {
        if (i >= text.length) fail("unterminated quoted field");
        if (text[i] === '"') {
          if (text[i + 1] === '"') {
            field += '"';
            i += 2;
            continue;
          }
          i++;
          break;
        }
        field += text[i];
        i++;
      }
      if (i < text.length && text[i] !== "," && text[i] !== "\r") fail("text after a quote");
    } else if (c === ",") {
      record.push(field);
      field = "";
      i++;
    } else if (c === "\r") {
      if (text[i + 1] !== "\n") fail("CR without LF");
      record.push(field);
      records.push(record);
      record = [];
      field = "";
      i += 2;
    } else if (c === "\n") {
      fail("LF without CR");
    } else {
      field += c;
      i++;
    }
  }
  if (field !== "" || record.length > 0) fail("last record without CRLF");
  return records;
}

/** Records as objects keyed by the header. */
function table(text: string): Record<string, string>[] {
  const [header, ...rows] = parseCsv(text);
  return rows.map((row) => Object.fromEntries((header ?? []).map((h, k) => [h, row[k] ?? ""])));
}

const header = (text: string) => text.slice(0, text.indexOf("\r\n"));

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

describe("renderCsv snapshots (fictitious example panel)", () => {
  it("renders a result, a comparison, a sector view and a sector comparison", async () => {
    await expect(renderCsv(dijkzicht, { ...current, lang: "nl" })).toMatchFileSnapshot(
      "./__snapshots__/result.nl.csv",
    );
    await expect(renderCsv(change, { ...across, lang: "nl" })).toMatchFileSnapshot(
      "./__snapshots__/comparison.nl.csv",
    );
    await expect(renderCsv(sector, { ...current, lang: "en" })).toMatchFileSnapshot(
      "./__snapshots__/sector.en.csv",
    );
    await expect(renderCsv(sectorChange, { ...across, lang: "en" })).toMatchFileSnapshot(
      "./__snapshots__/sector-comparison.en.csv",
    );
  });
});

describe("renderCsv: format", () => {
  it("keeps the documented columns", () => {
    expect(header(renderCsv(dijkzicht, { ...current, lang: "nl" }))).toBe(
      "model_id,model_version,institution_id,measured_on,tier,domain,indicator,title,status,level,score,target,gap,weight,critical,blocking,tags",
    );
    expect(header(renderCsv(change, { ...across, lang: "nl" }))).toBe(
      "baseline_model_id,baseline_model_version,current_model_id,current_model_version,institution_id,baseline_measured_on,current_measured_on,domain,indicator,title,mapping,from,status,baseline_level,baseline_score,baseline_target,current_level,current_score,current_target,level_delta,score_delta,progress_to_target",
    );
    expect(header(renderCsv(sector, { ...current, lang: "nl" }))).toBe(
      "model_id,model_version,group,group_n,suppressed,withheld,domain,indicator,title,n,level_0,level_1,level_2,level_3,level_4,level_5,score_q1,score_median,score_q3,share_at_target",
    );
    expect(header(renderCsv(sectorChange, { ...across, lang: "nl" }))).toBe(
      "baseline_model_id,baseline_model_version,current_model_id,current_model_version,group,group_n,suppressed,withheld,domain,indicator,title,n,improved,declined,unchanged,not_comparable",
    );
  });

  it("ends every line with CRLF and has no bare CR or LF", () => {
    const csv = renderCsv(eikenburg, { ...current, lang: "en" });
    expect(csv.endsWith("\r\n")).toBe(true);
    expect(csv.replaceAll("\r\n", "")).not.toMatch(/[\r\n]/);
  });

  it("quotes a comma, a quote and a line break, and they read back unchanged (line breaks as LF)", () => {
    const name = 'Hogeschool "Dijkzicht", Zeeland\r\nafdeling Noord\nen Zuid';
    const odd = { ...dijkzicht, institution: { id: name } };
    const csv = renderCsv(odd, { ...current, lang: "nl" });
    expect(csv).toContain('"Hogeschool ""Dijkzicht"", Zeeland\nafdeling Noord\nen Zuid"');
    const rows = table(csv);
    expect(rows.map((r) => r.institution_id)).toEqual(rows.map(() => name.replace("\r\n", "\n")));
    // Titles with commas (from the model) read back whole.
    const titles = kennisveiligheid2025.domains.flatMap((d) => d.indicators.map((i) => i.title.nl));
    expect(rows.map((r) => r.title)).toEqual(titles);
  });

  it("gives every record as many fields as the header", () => {
    for (const csv of [
      renderCsv(eikenburg, { ...current, lang: "nl" }),
      renderCsv(change, { ...across, lang: "nl" }),
      renderCsv(sector, { ...current, lang: "nl" }),
      renderCsv(sectorChange, { ...across, lang: "nl" }),
    ]) {
      const [head, ...rows] = parseCsv(csv);
      for (const row of rows) expect(row).toHaveLength(head?.length ?? 0);
    }
  });

  it("starts with a UTF-8 byte order mark only when asked", () => {
    expect(
      renderCsv(eikenburg, { ...current, lang: "nl", bom: true }).startsWith("\uFEFFmodel_id,"),
    ).toBe(true);
    expect(renderCsv(eikenburg, { ...current, lang: "nl", bom: true }).charCodeAt(0)).toBe(0xfeff);
    expect(renderCsv(eikenburg, { ...current, lang: "nl" }).startsWith("model_id,")).toBe(true);
  });
});

describe("renderCsv: content", () => {
  it("has one row per indicator, in model order", () => {
    const rows = table(renderCsv(eikenburg, { ...current, lang: "en" }));
    expect(rows.map((r) => r.indicator)).toEqual(eikenburg.indicators.map((i) => i.id));
    expect(table(renderCsv(change, { ...across, lang: "en" }))).toHaveLength(
      change.indicators.length,
    );
  });

  it("has one row per group × indicator in a sector view, suppressed groups included", () => {
    const indicators = kennisveiligheid2025.domains.flatMap((d) => d.indicators).length;
    const small = aggregateSector(results2025, { groupBy: "institutionType", minGroupSize: 5 });
    const rows = table(renderCsv(small, { ...current, lang: "en" }));
    expect(rows).toHaveLength(small.groups.length * indicators);
    // A suppressed row says why and carries no numbers at all.
    for (const row of rows) {
      expect(row.suppressed).toMatch(/^(size|secondary)$/);
      expect([row.group_n, row.n, row.level_0, row.score_median, row.share_at_target]).toEqual([
        "",
        "",
        "",
        "",
        "",
      ]);
    }
  });

  it("writes numbers with a '.' in Dutch too; only the title follows the language", () => {
    const nl = table(renderCsv(eikenburg, { ...current, lang: "nl" }));
    const en = table(renderCsv(eikenburg, { ...current, lang: "en" }));
    for (const row of nl) {
      // A not-applicable indicator has no level, score or gap: those cells are empty.
      const numeric =
        row.status === "notApplicable"
          ? ["target", "weight"]
          : ["level", "score", "target", "gap", "weight"];
      for (const column of numeric) expect(row[column]).toMatch(/^-?\d+(\.\d+)?$/);
    }
    expect(nl.some((r) => r.status === "notApplicable")).toBe(true);
    expect(nl.some((r) => r.score?.includes("."))).toBe(true);
    const withoutTitle = (rows: Record<string, string>[]) => rows.map(({ title, ...rest }) => rest);
    expect(withoutTitle(nl)).toEqual(withoutTitle(en));
    expect(nl.map((r) => r.title)).not.toEqual(en.map((r) => r.title));
  });

  it("leaves the fields of a value that is not there empty", () => {
    const na = dijkzicht.indicators.find((i) => i.status === "notApplicable");
    const row = table(renderCsv(dijkzicht, { ...current, lang: "en" })).find(
      (r) => r.indicator === na?.id,
    );
    expect(row).toMatchObject({ status: "notApplicable", level: "", score: "", gap: "" });
  });

  it("never shows an institution id or name in sector output", () => {
    const names = results2025.flatMap((r) => [r.institution.id, r.institution.name ?? ""]);
    for (const csv of [
      renderCsv(sector, { ...current, lang: "nl" }),
      renderCsv(sectorChange, { ...across, lang: "nl" }),
    ]) {
      for (const name of names) expect(csv).not.toContain(name);
    }
  });
});

describe("renderCsv: misuse and purity", () => {
  it("throws model_mismatch when the model is not the input's model", () => {
    expectKsmError(
      () => renderCsv(eikenburg, { model: kennisveiligheid2023, lang: "nl" }),
      "model_mismatch",
    );
    expectKsmError(
      () => renderCsv(sector, { model: kennisveiligheid2023, lang: "nl" }),
      "model_mismatch",
    );
  });

  it("gives the same text for the same input", () => {
    const once = renderCsv(change, { ...across, lang: "nl" });
    expect(renderCsv(change, { ...across, lang: "nl" })).toBe(once);
    expect(renderCsv(structuredClone(change), { ...across, lang: "nl" })).toBe(once);
  });
});
