// Sector comparisons of results whose models share an id and version but not their content (a
// model edited without a new version): the panel follows the first comparison's rows, and an
// institution that lacks one of them counts as not comparable there.
import { describe, expect, it } from "vitest";
import {
  compareSectors,
  formatIssues,
  type Model,
  parseAssessment,
  type Result,
  scoreAssessment,
} from "../../src/index.js";
import { uniformAssessmentDocument } from "../fixtures/arbitraries.js";
import { removeAt } from "../fixtures/jsonEdit.js";
import { miniModel } from "../fixtures/miniModel.js";
import { parsedModel } from "../fixtures/parsed.js";

function scored(model: Model, id: string, code: string, measuredOn: string): Result {
  const doc = uniformAssessmentDocument(model, { code, measuredOn });
  const parsed = parseAssessment({ ...doc, institution: { id } }, model);
  if (!parsed.ok) throw new Error(formatIssues(parsed.issues));
  return scoreAssessment(model, parsed.value);
}

describe("compareSectors of results from one version whose models differ", () => {
  it("counts an institution without one of the first comparison's rows as not comparable there", () => {
    const full = parsedModel(miniModel());
    // The same id@version without the operations domain.
    const governanceOnly = parsedModel(removeAt(miniModel(), ["domains", 1]));
    const ids = ["inst-a", "inst-b", "inst-c", "inst-d", "inst-e", "inst-f"];
    // inst-e and inst-f (ids sort after the first) were scored without the operations domain.
    const modelOf = (id: string) => (id < "inst-e" ? full : governanceOnly);
    const baseline = ids.map((id) => scored(modelOf(id), id, "P", "2023-03-01"));
    const current = ids.map((id) => scored(modelOf(id), id, "F", "2025-03-01"));
    const [panel] = compareSectors(baseline, current).panel;
    expect(panel?.indicators?.map((c) => [c.id, c.n, c.notComparable])).toEqual([
      ["gov-policy", 6, 0],
      ["gov-roles", 6, 0],
      ["ops-screening", 4, 2],
      ["ops-training", 4, 2],
    ]);
    expect(panel?.domains?.map((c) => [c.id, c.n, c.notComparable])).toEqual([
      ["governance", 6, 0],
      ["operations", 4, 2],
    ]);
  });
});
