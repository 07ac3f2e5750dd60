/**
 * The documented contracts of small rendering helpers, tested directly. Some of these cases
 * (centred columns, short rows, an invalid date, a non-finite number, an empty sample, a one-line
 * wrap that must cut, an unknown domain or level) are part of a helper's documentation but are not
 * reached by the library's own callers; if such a feature is removed from a helper, remove its
 * case here with it.
 */
import { describe, expect, it } from "vitest";
import { renderRadarSvg } from "../../src/index.js";
import { csvDocument, csvField } from "../../src/render/csv/csvText.js";
import { formatDate, formatNumber, formatSigned } from "../../src/render/format.js";
import { markdownTable } from "../../src/render/markdown/table.js";
import { runs } from "../../src/render/svg/marks.js";
import { domainTitle, levelLabel } from "../../src/render/svg/modelText.js";
import { estimateTextWidth, wrapText } from "../../src/render/svg/textWidth.js";
import { quantile, quartiles } from "../../src/sector/quartiles.js";
import { answersAt, mini2, score } from "./support.js";

describe("markdownTable", () => {
  it("centres a column marked c, and pads the odd space on the right", () => {
    expect(markdownTable(["Level", "n"], [["2", "14"]], "cr")).toBe(
      ["| Level |   n |", "| :---: | --: |", "|   2   |  14 |"].join("\n"),
    );
    expect(markdownTable(["Status"], [["new"]], "c")).toBe(
      ["| Status |", "| :----: |", "|  new   |"].join("\n"),
    );
  });

  it("pads a short row with empty cells and aligns columns without a letter left", () => {
    expect(markdownTable(["Domain", "Score", "Note"], [["GOV"]], "lr")).toBe(
      ["| Domain | Score | Note |", "| :----- | ----: | :--- |", "| GOV    |       |      |"].join(
        "\n",
      ),
    );
  });

  it("measures cells in code points, not UTF-16 units", () => {
    expect(markdownTable(["Naam"], [["één"], ["🙂"]])).toBe(
      ["| Naam |", "| :--- |", "| één  |", "| 🙂    |"].join("\n"),
    );
  });
});

describe("formatting helpers", () => {
  it("returns text that is not a valid ISO date unchanged", () => {
    expect(formatDate("2025-02-30", "en")).toBe("2025-02-30");
    expect(formatDate("soon", "nl")).toBe("soon");
    expect(formatDate("2025-02-28", "nl")).toBe("28 februari 2025");
  });

  it("never prints a negative zero", () => {
    expect(formatNumber(-0.001, "nl")).toBe("0,00");
    expect(formatSigned(-0.004, "en")).toBe("0.00");
    expect(formatSigned(-0.005, "en")).toBe("-0.01");
  });

  it("leaves a CSV field empty for a number that is not finite", () => {
    expect(csvField(Number.NaN)).toBe("");
    expect(csvField(Number.POSITIVE_INFINITY)).toBe("");
    expect(csvField(-0)).toBe("0");
    expect(csvField(1 / 3)).toBe("0.3333");
    expect(csvDocument(["a", "b"], [{ a: Number.NaN }], false)).toBe("a,b\r\n,\r\n");
  });
});

describe("quantiles", () => {
  it("has no quantile of an empty sample", () => {
    expect(quantile([], 0.5)).toBeNaN();
  });

  it("interpolates between order statistics (R type 7)", () => {
    expect(quartiles([4, 1, 3, 2])).toEqual({ q1: 1.75, median: 2.5, q3: 3.25 });
    expect(quartiles([7])).toEqual({ q1: 7, median: 7, q3: 7 });
  });
});

describe("text layout for charts", () => {
  it("counts a character of a wide script as one em, wider than any Latin letter", () => {
    expect(estimateTextWidth("清华", 10)).toBe(20);
    expect(estimateTextWidth("한", 12)).toBe(12);
    expect(estimateTextWidth("m", 10)).toBeLessThan(estimateTextWidth("清", 10));
    // An accented letter is measured by its base letter.
    expect(estimateTextWidth("é", 10)).toBe(estimateTextWidth("e", 10));
  });

  it("cuts a chart title in a wide script sooner than one in Latin letters", () => {
    const heading = (name: string) => {
      const svg = renderRadarSvg(score(mini2, { id: "x", name }, answersAt(mini2, 2)), {
        lang: "en",
        model: mini2,
      });
      return svg.match(/font-size="16" font-weight="bold">([^<]*)</)?.[1] ?? "";
    };
    const wide = heading("清".repeat(40));
    expect(wide.endsWith("…")).toBe(true);
    expect([...wide].length).toBeLessThan(40);
    expect(heading("a".repeat(40))).toBe(`${"a".repeat(40)}: maturity per`);
  });

  it("cuts text that does not fit on its only line with an ellipsis", () => {
    const options = { fontSize: 10, maxWidth: 40, maxLines: 1 };
    const [line, ...rest] = wrapText("Knowledge security", options);
    expect(rest).toEqual([]);
    expect(line?.endsWith("…")).toBe(true);
    expect(estimateTextWidth(line ?? "", 10)).toBeLessThanOrEqual(40);
    expect(wrapText("Risk", options)).toEqual(["Risk"]);
  });
});

describe("runs of a radar series", () => {
  it("is null for a full ring", () => {
    expect(runs([true, true, true])).toBeNull();
  });

  it("starts after the first gap and wraps around", () => {
    expect(runs([true, false, true, true])).toEqual([[2, 3, 0]]);
  });

  it("splits at every gap, also at two gaps next to each other", () => {
    expect(runs([true, false, false, true, true, false])).toEqual([[3, 4], [0]]);
    expect(runs([false, false, false])).toEqual([]);
  });
});

describe("model texts for charts", () => {
  it("falls back to the id of a domain and the number of a level the model lacks", () => {
    expect(domainTitle(mini2, "research", "nl")).toBe("Onderzoek");
    expect(domainTitle(mini2, "museum", "nl")).toBe("museum");
    expect(levelLabel(mini2, 2, "en")).toBe("Managed");
    expect(levelLabel(mini2, 9, "en")).toBe("9");
  });
});
