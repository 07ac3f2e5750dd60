// npm run bench: compareResults against a plain reference (goal: within 3×), and aggregateSector
// over 1,000 and 10,000 results (goal: 10× the input within 12× the time).
import { bench, describe } from "vitest";
import { aggregateSector, compareResults } from "../../src/index.js";
import {
  crosswalk2023to2025,
  kennisveiligheid2023,
  kennisveiligheid2025,
} from "../../src/models.js";
import { referenceCompare } from "./referenceCompare.js";
import { sampleResults } from "./sampleResults.js";

const [baseline] = sampleResults(kennisveiligheid2023, 1, 7);
const [current] = sampleResults(kennisveiligheid2025, 1, 8);
if (!baseline || !current) throw new Error("no sample results");

describe("compare 2023 → 2025 through the crosswalk", () => {
  bench("reference comparison (plain loops)", () => {
    referenceCompare(baseline, current, crosswalk2023to2025);
  });
  bench("compareResults", () => {
    compareResults(baseline, current, { crosswalk: crosswalk2023to2025 });
  });
});

const thousand = sampleResults(kennisveiligheid2025, 1_000, 3);
// 10,000 results: the 1,000 repeated with new institution ids keeps setup fast and the data alike.
const tenThousand = Array.from({ length: 10 }, (_, k) =>
  thousand.map((r) => ({
    ...r,
    institution: { ...r.institution, id: `${r.institution.id}-${k}` },
  })),
)
  .flat()
  .map((r) => Object.freeze(r));

describe("aggregateSector: cost grows linearly", () => {
  bench("aggregateSector, 1,000 results", () => {
    aggregateSector(thousand, { groupBy: "institutionType" });
  });
  bench(
    "aggregateSector, 10,000 results",
    () => {
      aggregateSector(tenThousand, { groupBy: "institutionType" });
    },
    { iterations: 5, time: 2000 },
  );
});
