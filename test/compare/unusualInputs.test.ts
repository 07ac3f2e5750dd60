// Comparisons of inputs that parseModel and parseCrosswalk would not produce together, but that a
// caller can still pass: a model changed without a new version, and crosswalks or results frozen
// by hand. compareResults gives a comparison for them by these rules (no TypeError), or refuses
// a crosswalk that does not account for both results' indicators exactly once.
import { describe, expect, it } from "vitest";
import {
  type Crosswalk,
  compareResults,
  formatIssues,
  type Model,
  parseAssessment,
  parseCrosswalk,
  type Result,
  scoreAssessment,
} from "../../src/index.js";
import { uniformAssessmentDocument } from "../fixtures/arbitraries.js";
import { deepFreezeInput } from "../fixtures/deepFrozen.js";
import { removeAt, renameId } from "../fixtures/jsonEdit.js";
import { miniModel } from "../fixtures/miniModel.js";
import { parsedModel } from "../fixtures/parsed.js";
import { thrown } from "../fixtures/thrown.js";

function scored(model: Model, code: string, measuredOn = "2025-03-01"): Result {
  const parsed = parseAssessment(uniformAssessmentDocument(model, { code, measuredOn }), model);
  if (!parsed.ok) throw new Error(formatIssues(parsed.issues));
  return scoreAssessment(model, parsed.value);
}

/** Versions 1 and 2 of the mini model with every id renamed, and the crosswalk between them. */
function renamedVersions(): { v1: Model; v2: Model; crosswalk: Crosswalk } {
  let doc2 = miniModel({ version: "2" });
  for (const id of ["gov-policy", "gov-roles", "ops-screening", "ops-training"]) {
    doc2 = renameId(doc2, id, `${id}-2`);
  }
  const v1 = parsedModel(miniModel());
  const v2 = parsedModel(doc2);
  const walk = parseCrosswalk(
    {
      from: { id: "mini", version: "1" },
      to: { id: "mini", version: "2" },
      mappings: [
        { type: "same", from: "gov-policy", to: "gov-policy-2" },
        { type: "same", from: "gov-roles", to: "gov-roles-2" },
        { type: "same", from: "ops-screening", to: "ops-screening-2" },
        { type: "same", from: "ops-training", to: "ops-training-2" },
      ],
    },
    v1,
    v2,
  );
  if (!walk.ok) throw new Error(formatIssues(walk.issues));
  return { v1, v2, crosswalk: walk.value };
}

describe("compareResults of unusual inputs", () => {
  it("compares results of one version whose models differ by id; an extra indicator has no baseline", () => {
    // The same id@version, but the baseline's model lacks ops-training: edited without a new version.
    const without = parsedModel(removeAt(miniModel(), ["domains", 1, "indicators", 1]));
    const c = compareResults(scored(without, "P"), scored(parsedModel(miniModel()), "F"));
    expect(c.indicators.map((r) => r.id)).toEqual([
      "gov-policy",
      "gov-roles",
      "ops-screening",
      "ops-training",
    ]);
    const extra = c.indicators[3];
    expect(extra).toMatchObject({
      mapping: "identity",
      from: [],
      baseline: null,
      scoreDelta: null,
      status: "notComparable",
    });
    expect(extra?.current).not.toBeNull();
    expect(c.overall.counts.notComparable).toBe(1);
    expect(c.overall.compatibility).toBe(3 / 4);
  });

  it("refuses a hand-frozen crosswalk that maps an indicator twice on either side", () => {
    const { v1, v2, crosswalk } = renamedVersions();
    const twice = deepFreezeInput({
      ...structuredClone(crosswalk),
      mappings: [
        { type: "same", from: "ops-training", to: "gov-roles-2" },
        ...structuredClone(crosswalk.mappings),
        { type: "retired", from: "gov-policy" },
      ],
    }) as Crosswalk;
    const e = thrown(() => compareResults(scored(v1, "P"), scored(v2, "F"), { crosswalk: twice }));
    expect(e.code).toBe("crosswalk_mismatch");
    // What parseCrosswalk reports for it: each second naming, on its side.
    expect(e.issues.map((i) => [i.code, i.path])).toEqual([
      ["crosswalk_duplicate", ["mappings", 4, "from"]],
      ["crosswalk_duplicate", ["mappings", 5, "from"]],
      ["crosswalk_duplicate", ["mappings", 2, "to"]],
    ]);
  });

  it("refuses a hand-frozen result that names an indicator twice, with a crosswalk", () => {
    const { v1, v2, crosswalk } = renamedVersions();
    const before = scored(v1, "P");
    const twice = deepFreezeInput({
      ...structuredClone(before),
      indicators: [...structuredClone(before.indicators), structuredClone(before.indicators[0])],
    }) as Result;
    const e = thrown(() => compareResults(twice, scored(v2, "F"), { crosswalk }));
    expect(e.code).toBe("not_parsed");
  });

  it("refuses a crosswalk without mappings, never 0 rows and compatibility 1", () => {
    const { v1, v2, crosswalk } = renamedVersions();
    const none = deepFreezeInput({ ...structuredClone(crosswalk), mappings: [] }) as Crosswalk;
    const e = thrown(() => compareResults(scored(v1, "P"), scored(v2, "F"), { crosswalk: none }));
    expect(e.code).toBe("crosswalk_mismatch");
    // Every indicator of both versions: 4 of version 1, 4 of version 2.
    expect(e.issues.map((i) => [i.code, i.path, i.params.model])).toEqual([
      ...["gov-policy", "gov-roles", "ops-screening", "ops-training"].map(() => [
        "crosswalk_unaccounted",
        ["mappings"],
        "mini@1",
      ]),
      ...[1, 2, 3, 4].map(() => ["crosswalk_unaccounted", ["mappings"], "mini@2"]),
    ]);
  });

  it("counts a row in no domain when a hand-frozen result does not list the row's domain", () => {
    const model = parsedModel(miniModel());
    const current = scored(model, "F");
    const forged = Object.freeze({ ...current, domains: current.domains.slice(1) }) as Result;
    const c = compareResults(scored(model, "P"), forged);
    expect(c.indicators.filter((r) => r.status === "improved").map((r) => r.domain)).toContain(
      "governance",
    );
    expect(c.domains.map((d) => d.id)).toEqual(["operations"]);
    const operations = c.domains[0];
    expect(operations?.n).toBe(
      c.indicators.filter((r) => r.domain === "operations" && r.scoreDelta !== null).length,
    );
  });
});
