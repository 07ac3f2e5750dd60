// The shipped model documents of 2025.2 and 2023.2, read as files and parsed through the public
// API, for the tests in this folder that check the model's content.
import { readFileSync } from "node:fs";
import {
  type Crosswalk,
  formatIssues,
  type Model,
  parseCrosswalk,
  parseModel,
} from "../../src/index.js";

/** A model or crosswalk file under models/, as JSON. */
export const readModelFile = (file: string): unknown =>
  JSON.parse(readFileSync(new URL(`../../models/${file}`, import.meta.url), "utf8"));

function ok<T>(
  what: string,
  result: ReturnType<typeof parseModel> | ReturnType<typeof parseCrosswalk>,
): T {
  if (!result.ok) throw new Error(`${what} does not parse:\n${formatIssues(result.issues)}`);
  return result.value as T;
}

export const model2025_2: Model = ok(
  "model 2025.2",
  parseModel(readModelFile("kennisveiligheid-2025.2.json")),
);
export const model2025_1: Model = ok(
  "model 2025.1",
  parseModel(readModelFile("kennisveiligheid-2025.1.json")),
);
export const model2023_2: Model = ok(
  "model 2023.2",
  parseModel(readModelFile("kennisveiligheid-2023.2.json")),
);
export const crosswalk2025_1to2025_2: Crosswalk = ok(
  "crosswalk 2025.1 → 2025.2",
  parseCrosswalk(readModelFile("crosswalk-2025.1-2025.2.json"), model2025_1, model2025_2),
);
export const crosswalk2023_2to2025_2: Crosswalk = ok(
  "crosswalk 2023.2 → 2025.2",
  parseCrosswalk(readModelFile("crosswalk-2023.2-2025.2.json"), model2023_2, model2025_2),
);

/** Every indicator of a model, in order. */
export const indicatorsOf = (model: Model) => model.domains.flatMap((d) => d.indicators);
