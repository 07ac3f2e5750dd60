import { join } from "node:path";
import { formatIssues, type Lang, parseAssessment, scoreAssessment } from "../index.js";
import { bundledDocuments, packageRoot, readJson, UsageError } from "./files.js";
import type { Io } from "./io.js";
import { scoreSummary } from "./scoreSummary.js";
import { checkDocuments, summarize } from "./summarize.js";

/** The fictitious example university used by the demo. */
export const EXAMPLE_INSTITUTION = "uni-duinhaven";

/** `ksm demo`: validate the bundled models, then score the fictitious example university. */
export function demo(lang: Lang, io: Io): number {
  const checked = checkDocuments(
    bundledDocuments().map((f): [string, unknown] => [f, readJson(f)]),
    lang,
  );
  io.out(summarize(checked, lang));
  if (checked.some((c) => c.kind === "invalid")) return 1;
  const model = checked.find((c) => c.kind === "model" && c.model.version === "2025.1");
  if (model?.kind !== "model") throw new UsageError("the bundled 2025.1 model is missing", 1);

  const file = join(
    packageRoot(),
    "docs",
    "examples",
    "panel",
    "2025",
    `${EXAMPLE_INSTITUTION}.json`,
  );
  const parsed = parseAssessment(readJson(file), model.model);
  if (!parsed.ok) {
    io.err(formatIssues(parsed.issues, { lang }));
    return 1;
  }
  const result = scoreAssessment(model.model, parsed.value);
  io.out(`\n${lang === "nl" ? "Voorbeeld (fictief)" : "Example (fictitious)"}: ${file}\n`);
  io.out(scoreSummary(model.model, result, lang));
  return 0;
}
