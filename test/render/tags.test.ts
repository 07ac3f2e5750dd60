// Grouping by the model's tags: generic (the tags come from the model), in the Markdown report and
// the result CSV.
import { describe, expect, it } from "vitest";
import type { Result } from "../../src/index.js";
import { renderCsv, renderMarkdown } from "../../src/index.js";
import { formatNumber } from "../../src/render/format.js";
import { answersAt, cells, linesStarting, model, na, score, section } from "../coverage/support.js";
import { setAt } from "../fixtures/jsonEdit.js";
import { miniModel } from "../fixtures/miniModel.js";

const text = (en: string, nl: string) => ({ en, nl });
// Three tags; gamma leads no indicator and ops-training has no tags at all.
let doc = setAt(
  miniModel(),
  ["tags"],
  [
    { id: "alpha", label: text("Alpha risk", "Alfarisico") },
    { id: "beta", label: text("Beta risk", "Bètarisico") },
    { id: "gamma", label: text("Gamma risk", "Gammarisico") },
  ],
);
doc = setAt(doc, ["domains", 0, "indicators", 0, "tags"], ["alpha"]);
doc = setAt(doc, ["domains", 0, "indicators", 1, "tags"], ["alpha", "beta"]);
doc = setAt(doc, ["domains", 1, "indicators", 0, "tags"], ["beta"]);
const tagged = model(doc);
const roles = tagged.domains[0]?.indicators[1];
// gov-roles is declared not applicable: it counts under alpha, but not as applicable.
const result = score(
  tagged,
  { id: "i1" },
  answersAt(tagged, 2, { extra: (roles?.practices ?? []).map((p) => na(p.id)) }),
);
const scoreOf = (r: Result, id: string) => r.indicators.find((i) => i.id === id)?.score ?? null;

describe("grouping by tag", () => {
  it("counts each indicator under its main concern in the Markdown report", () => {
    const md = renderMarkdown(result, { lang: "en", model: tagged });
    const table = section(md, "## By tag (main concern)");
    const rows = linesStarting(table, "| ").slice(2).map(cells);
    expect(rows).toEqual([
      ["alpha", "Alpha risk", "2", "1", "1", formatNumber(scoreOf(result, "gov-policy"), "en")],
      ["beta", "Beta risk", "1", "1", "1", formatNumber(scoreOf(result, "ops-screening"), "en")],
      ["gamma", "Gamma risk", "0", "0", "0", "–"],
    ]);
    const nl = renderMarkdown(result, { lang: "nl", model: tagged });
    expect(nl).toContain("## Per tag (hoofdzorg)");
    expect(nl).toContain("| alpha | Alfarisico");
  });

  it("gives no section for a model without tags", () => {
    const plain = model(miniModel());
    const md = renderMarkdown(score(plain, { id: "i1" }, answersAt(plain, 2)), {
      lang: "en",
      model: plain,
    });
    expect(md).not.toContain("By tag");
  });

  it("writes the tags of each indicator in the result CSV, main concern first", () => {
    const [head = "", ...lines] = renderCsv(result, { lang: "en", model: tagged }).split("\r\n");
    const columns = head.split(",");
    const tagsAt = columns.indexOf("tags");
    const idAt = columns.indexOf("indicator");
    const byId = new Map(lines.filter((l) => l !== "").map((l) => [l.split(",")[idAt], l]));
    expect(byId.get("gov-roles")?.split(",")[tagsAt]).toBe("alpha beta");
    expect(byId.get("ops-training")?.split(",")[tagsAt]).toBe("");
  });
});
