// Deterministic results for benchmarks: many fictitious institutions scored on the bundled models.
import {
  type Assessment,
  type Model,
  parseAssessment,
  type Result,
  scoreAssessment,
} from "../../src/index.js";

/** A tiny seeded PRNG (mulberry32), so benchmark data is the same on every run. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const CODES = ["N", "P", "L", "F"];
const TYPES = ["universiteit", "hogeschool", "umc", "onderzoeksinstituut"];

/** An assessment of a fictitious institution `n` with random answers (level answers for level-rated models). */
export function sampleAssessment(model: Model, n: number, seed = n): Assessment {
  const r = rng(seed);
  const answers: unknown[] = [];
  for (const d of model.domains) {
    for (const ind of d.indicators) {
      if (ind.rating === "level")
        answers.push({ indicator: ind.id, level: Math.floor(r() * model.levels.length) });
      for (const p of ind.practices ?? []) {
        const bias = r() < 0.5 ? 0 : 1;
        answers.push({
          practice: p.id,
          code: CODES[Math.min(3, Math.floor(r() * 4) + (p.level < 3 ? bias : 0))],
        });
      }
    }
  }
  const parsed = parseAssessment(
    {
      modelRef: { id: model.id, version: model.version },
      institution: { id: `inst-${n}`, type: TYPES[n % TYPES.length] },
      measuredOn: "2025-04-01",
      assessedBy: "self",
      riskProfile: Object.fromEntries(
        model.riskProfile.factors.map((f) => [f.id, Math.floor(r() * f.values.length)]),
      ),
      answers,
    },
    model,
  );
  if (!parsed.ok) throw new Error("sample assessment is invalid");
  return parsed.value;
}

/** `count` scored results of fictitious institutions. */
export function sampleResults(model: Model, count: number, seed = 1): Result[] {
  return Array.from({ length: count }, (_, n) =>
    scoreAssessment(model, sampleAssessment(model, n, seed * 100_003 + n)),
  );
}
