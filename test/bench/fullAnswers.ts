// A full answer set for the bundled 2025 model: every practice answered, deterministic.
import { kennisveiligheid2025 } from "../../src/models.js";

const codes = ["F", "L", "P", "N"];

/** An assessment document (unparsed) answering every practice of the 2025 model. */
export function fullAssessmentDocument(): unknown {
  const answers: { practice: string; code: string }[] = [];
  let n = 0;
  for (const d of kennisveiligheid2025.domains) {
    for (const ind of d.indicators) {
      for (const p of ind.practices ?? []) {
        answers.push({
          practice: p.id,
          code: codes[(p.level + n++) % 4 === 0 ? 3 : p.level > 3 ? 2 : 0] ?? "F",
        });
      }
    }
  }
  return {
    modelRef: { id: kennisveiligheid2025.id, version: kennisveiligheid2025.version },
    institution: { id: "bench", type: "universiteit" },
    measuredOn: "2025-04-01",
    assessedBy: "self",
    riskProfile: Object.fromEntries(
      kennisveiligheid2025.riskProfile.factors.map((f, i) => [f.id, i % 4]),
    ),
    answers,
  };
}
