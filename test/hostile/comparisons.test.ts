// Comparisons that would give a silently wrong number: a baseline of one institution and a
// remeasurement of another, and crosswalks parsed without their models that leave indicators
// out (no mappings at all gave 0 rows and compatibility 100 %). Each ends in a coded KsmError
// (or, for a declared relabelling, a comparison that records both ids).
import { expect } from "vitest";
import {
  type CompareOptions,
  type Comparison,
  type Crosswalk,
  compareResults,
  type KsmError,
  parseCrosswalk,
  scoreAssessment,
} from "../../src/index.js";
import {
  crosswalk2023to2025,
  duinhaven2025,
  type HostileCase,
  hostileCase,
  hostileSuite,
  kennisveiligheid2025,
  miniResult,
  miniResultFor,
  result2023,
  result2025,
} from "./harness.js";

/** A crosswalk document parsed without its models, which checks only its shape. */
function parsedAlone(doc: unknown): Crosswalk {
  const parsed = parseCrosswalk(doc);
  if (!parsed.ok) throw new Error("the crosswalk parses without its models");
  return parsed.value;
}

/** The bundled 2023 → 2025 crosswalk as a document, with `keep` of its mappings. */
const bundledWith = (keep: (m: Crosswalk["mappings"][number], i: number) => boolean) => () =>
  structuredClone({ ...crosswalk2023to2025, mappings: crosswalk2023to2025.mappings.filter(keep) });

const across = (doc: unknown) =>
  compareResults(result2023, result2025, { crosswalk: parsedAlone(doc) });

/** The codes of a KsmError's issues, counted. */
const tally = (e: KsmError): Record<string, number> => {
  const out: Record<string, number> = {};
  for (const i of e.issues) out[i.code] = (out[i.code] ?? 0) + 1;
  return out;
};

/** The 2025 result of another (fictitious) university: Duinhaven's answers under another id. */
const otherUniversity = () =>
  scoreAssessment(
    kennisveiligheid2025,
    Object.freeze({
      ...duinhaven2025,
      institution: Object.freeze({ ...duinhaven2025.institution, id: "uni-elders" }),
    }),
  );

const cases: HostileCase[] = [
  // Two institutions
  hostileCase({
    name: "a baseline of one institution and a remeasurement of another (mini model)",
    input: () => miniResultFor("inst-elsewhere", "university"),
    call: (other) => compareResults(miniResult, other as typeof miniResult),
    expect: { throws: "institution_mismatch" },
  }),
  hostileCase({
    name: "Duinhaven's 2023 baseline against another university's 2025 result, with the crosswalk",
    input: otherUniversity,
    call: (other) =>
      compareResults(result2023, other as typeof result2025, { crosswalk: crosswalk2023to2025 }),
    expect: { throws: "institution_mismatch" },
  }),
  hostileCase({
    name: 'allowInstitutionChange given as the string "true"',
    input: () => ({ allowInstitutionChange: "true" }),
    call: (options) =>
      compareResults(miniResult, miniResultFor("inst-b"), options as unknown as CompareOptions),
    expect: { throws: "invalid_argument" },
  }),
  hostileCase({
    name: "a declared relabelling (a merger) compares, recording both ids",
    input: otherUniversity,
    call: (other) =>
      compareResults(result2023, other as typeof result2025, {
        crosswalk: crosswalk2023to2025,
        allowInstitutionChange: true,
      }),
    expect: {
      returns: (c) =>
        expect((c as Comparison).institution).toMatchObject({
          id: "uni-elders",
          baselineId: result2023.institution.id,
        }),
    },
  }),

  // Crosswalks parsed without their models
  hostileCase({
    name: "a 2023 → 2025 crosswalk without mappings, parsed without the models",
    input: bundledWith(() => false),
    call: across,
    expect: {
      throws: "crosswalk_mismatch",
      // Every indicator of both versions is unaccounted for.
      check: (e) =>
        expect(tally(e)).toEqual({
          crosswalk_unaccounted: result2023.indicators.length + result2025.indicators.length,
        }),
    },
  }),
  hostileCase({
    name: "the bundled crosswalk without its added mappings, parsed without the models",
    input: bundledWith((m) => m.type !== "added"),
    call: across,
    expect: {
      throws: "crosswalk_mismatch",
      check: (e) => {
        const added = crosswalk2023to2025.mappings.filter((m) => m.type === "added");
        expect(tally(e)).toEqual({ crosswalk_unaccounted: added.length });
        const current = `${result2025.modelRef.id}@${result2025.modelRef.version}`;
        expect(e.issues.every((i) => i.params.model === current)).toBe(true);
      },
    },
  }),
  hostileCase({
    name: "the bundled crosswalk without its first mapping, parsed without the models",
    input: bundledWith((_, i) => i > 0),
    call: across,
    expect: { throws: "crosswalk_mismatch" },
  }),
  hostileCase({
    name: "the bundled crosswalk plus a mapping for an indicator neither result has",
    input: () => {
      const doc = structuredClone(crosswalk2023to2025) as unknown as { mappings: unknown[] };
      doc.mappings.push({ type: "added", to: "ghost" });
      return doc;
    },
    call: across,
    expect: {
      throws: "crosswalk_mismatch",
      check: (e) =>
        expect(e.issues.map((i) => [i.code, i.path])).toEqual([
          ["unknown_indicator", ["mappings", crosswalk2023to2025.mappings.length, "to"]],
        ]),
    },
  }),
];

hostileSuite("comparisons", cases);
