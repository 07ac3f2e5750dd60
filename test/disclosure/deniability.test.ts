// Plausible deniability over random panels of real results: every sector figure is symmetric in
// a group's members, so swapping two members' results publishes exactly the same. Whatever a
// reader concludes about a named member therefore also holds for any other member of its group
// (the insider aside); the policy makes sure that among those the published figure's value, level
// or status always differs, by at least the figure's precision.
import { fc, test } from "@fast-check/vitest";
import { describe, expect } from "vitest";
import { aggregateSector, compareSectors, type Result, scoreAssessment } from "../../src/index.js";
import {
  assessmentDocumentArb,
  parseValidAssessment,
  parseValidModel,
} from "../fixtures/arbitraries.js";
import { miniModel } from "../fixtures/miniModel.js";

const RUNS = {
  numRuns: Number(process.env.KSM_RUNS ?? 30),
  ...(process.env.CI ? { seed: 5 } : {}),
};
const model = parseValidModel(miniModel());

/** 6..16 institutions of the mini model (university, college or no type), answered at random. */
const panelArb = fc
  .array(assessmentDocumentArb(model), { minLength: 6, maxLength: 16 })
  .map((docs) =>
    docs.map((doc, i) =>
      scoreAssessment(
        model,
        parseValidAssessment(
          { ...doc, institution: { ...doc.institution, id: `inst-${String(i).padStart(2, "0")}` } },
          model,
        ),
      ),
    ),
  );

const keyOf = (r: Result, grouped: boolean) =>
  grouped ? (r.institution.type ?? "unknown") : "all";

/** The same results with two institutions' ids swapped: each takes the other's answers. */
function swapIds(results: readonly Result[], a: number, b: number): Result[] {
  const id = (i: number) => (results[i] as Result).institution.id;
  return results.map((r, i) => {
    if (i !== a && i !== b) return r;
    const other = i === a ? id(b) : id(a);
    return Object.freeze({ ...r, institution: Object.freeze({ ...r.institution, id: other }) });
  });
}

/**
 * Whether, for every member and every insider of the group, another member (not the insider)
 * has a value that differs from the member's by at least `step` — or, for categories, differs.
 */
function deniable(values: readonly number[], step: number): boolean {
  for (let insider = 0; insider < values.length; insider++) {
    const rest = values.filter((_, i) => i !== insider);
    if (Math.max(...rest) - Math.min(...rest) < step - 1e-9) return false;
  }
  return true;
}

describe("every published sector figure", () => {
  test.prop([panelArb, fc.integer({ min: 3, max: 6 }), fc.boolean()], RUNS)(
    "is the same when two members of a group swap results, and hides each among the others",
    (results, k, grouped) => {
      const options = {
        minGroupSize: k,
        ...(grouped ? { groupBy: "institutionType" as const } : {}),
      };
      const view = aggregateSector(results, options);
      const change = compareSectors(results, [...results].reverse(), options);
      for (const g of view.groups) {
        const members = results.filter((r) => keyOf(r, grouped) === g.key);
        const at = results.indexOf(members[0] as Result);
        const last = results.indexOf(members[members.length - 1] as Result);
        if (at !== last) {
          expect(aggregateSector(swapIds(results, at, last), options)).toEqual(view);
        }
        if (g.suppressed !== null) continue;
        const scored = members.filter((r) => r.overall.applicable > 0);
        if (g.maturityIndex) {
          expect(
            deniable(
              scored.map((r) => r.overall.maturityIndex),
              0.1,
            ),
          ).toBe(true);
        }
        if (g.targetAttainment) {
          expect(
            deniable(
              scored.map((r) => r.overall.targetAttainment),
              0.01,
            ),
          ).toBe(true);
        }
        (g.indicators ?? []).forEach((row, i) => {
          const items = members.flatMap((r) => {
            const x = r.indicators[i];
            return x && x.level !== null && x.score !== null ? [x] : [];
          });
          if (row.score)
            expect(
              deniable(
                items.map((x) => x.score ?? 0),
                0.1,
              ),
              row.id,
            ).toBe(true);
          // A level or a state differs by 1 when it differs at all.
          if (row.levels)
            expect(
              deniable(
                items.map((x) => x.level ?? 0),
                1,
              ),
              row.id,
            ).toBe(true);
          if (row.shareAtTarget !== null) {
            expect(
              deniable(
                items.map((x) => (x.gap === 0 ? 1 : 0)),
                1,
              ),
              row.id,
            ).toBe(true);
          }
        });
      }
      for (const g of change.panel) {
        if (g.suppressed !== null) continue;
        for (const row of g.indicators ?? []) {
          if (row.improved === null) continue;
          const counts = [row.improved, row.declined ?? 0, row.unchanged ?? 0];
          // No status holds all comparable members but one.
          expect(Math.max(...counts), row.id).toBeLessThan((row.n ?? 0) - 1);
        }
      }
    },
  );
});
