import { join } from "node:path";
import {
  compareResults,
  formatIssues,
  type Lang,
  type Model,
  parseAssessment,
  parseCrosswalk,
  type Result,
  scoreAssessment,
} from "../index.js";
import { compareSummary } from "./compareSummary.js";
import { bundledDocuments, packageRoot, readJson, UsageError } from "./files.js";
import type { Io } from "./io.js";
import { scoreSummary } from "./scoreSummary.js";
import { checkDocuments, summarize } from "./summarize.js";

/** The fictitious example university used by the demo. */
export const EXAMPLE_INSTITUTION = "uni-duinhaven";

/**
 * `ksm demo`: validate the bundled models, score the fictitious example university's 2025
 * remeasurement and compare it with its 2023 baseline.
 */
export function demo(lang: Lang, io: Io): number {
  const checked = checkDocuments(
    bundledDocuments().map((f): [string, unknown] => [f, readJson(f)]),
    lang,
  );
  io.out(summarize(checked, lang));
  if (checked.some((c) => c.kind === "invalid")) return 1;
  const model = (version: string): Model => {
    const found = checked.find((c) => c.kind === "model" && c.model.version === version);
    if (found?.kind !== "model") throw new UsageError(`the bundled model ${version} is missing`, 1);
    return found.model;
  };
  const [m2023, m2025] = [model("2023.1"), model("2025.1")];
  const examples = join(packageRoot(), "docs", "examples", "panel");
  const score = (year: string, m: Model): Result | undefined => {
    const file = join(examples, year, `${EXAMPLE_INSTITUTION}.json`);
    const parsed = parseAssessment(readJson(file), m);
    if (parsed.ok) return scoreAssessment(m, parsed.value);
    io.err(`${file}\n${formatIssues(parsed.issues, { lang })}`);
    return undefined;
  };
  const [baseline, current] = [score("2023", m2023), score("2025", m2025)];
  if (!baseline || !current) return 1;
  io.out(
    `\n${lang === "nl" ? "Voorbeeldinstelling (fictief)" : "Example institution (fictitious)"}\n`,
  );
  io.out(scoreSummary(m2025, current, lang));

  const crosswalk = parseCrosswalk(
    readJson(join(packageRoot(), "models", "crosswalk-2023.1-2025.1.json")),
    m2023,
    m2025,
  );
  if (!crosswalk.ok) throw new UsageError(formatIssues(crosswalk.issues, { lang }), 1);
  io.out(
    `\n${compareSummary(m2025, compareResults(baseline, current, { crosswalk: crosswalk.value }), lang)}`,
  );
  return 0;
}
