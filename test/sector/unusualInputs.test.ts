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
    const baseline = [
      scored(full, "inst-a", "P", "2023-03-01"),
      scored(governanceOnly, "inst-b", "P", "2023-03-01"),
    ];
    const current = [
      scored(full, "inst-a", "F", "2025-03-01"),
      scored(governanceOnly, "inst-b", "F", "2025-03-01"),
    ];
    const [panel] = compareSectors(baseline, current, { minGroupSize: 1 }).panel;
    expect(panel?.indicators?.map((c) => [c.id, c.improved, c.notComparable])).toEqual([
      ["gov-policy", 2, 0],
      ["gov-roles", 2, 0],
      ["ops-screening", 0, 1],
      ["ops-training", 1, 1],
    ]);
    expect(panel?.domains?.map((c) => [c.id, c.improved, c.notComparable])).toEqual([
      ["governance", 2, 0],
      ["operations", 1, 1],
    ]);
  });
});
