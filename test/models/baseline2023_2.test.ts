import { describe, expect, it } from "vitest";
import {
  crosswalk2023_2to2025_2,
  crosswalk2025_1to2025_2,
  indicatorsOf,
  model2023_2,
  model2025_1,
  model2025_2,
} from "./loaded.js";

// Issue 12 point 6, read from the shipped baseline 2023.2 and the crosswalk 2023.2 → 2025.2.

const themes = indicatorsOf(model2023_2);
const targetsOf = (m: (typeof crosswalk2023_2to2025_2.mappings)[number]): readonly string[] =>
  !("to" in m) ? [] : typeof m.to === "string" ? [m.to] : m.to;
const sourcesOf = (m: (typeof crosswalk2023_2to2025_2.mappings)[number]): readonly string[] =>
  !("from" in m) ? [] : typeof m.from === "string" ? [m.from] : m.from;

describe("baseline 2023.2", () => {
  it("is version 2023.2, level-rated throughout, without practices", () => {
    expect(model2023_2.version).toBe("2023.2");
    expect(themes.filter((t) => t.rating !== "level" || t.practices).map((t) => t.id)).toEqual([]);
  });

  it("cites no document published after 2023", () => {
    expect(model2023_2.sources.filter((s) => s.date > "2023-12-31").map((s) => s.id)).toEqual([]);
  });

  it("says in every theme when a level is inferred", () => {
    const silent = themes.filter(
      (t) => !t.description.en.includes("inferred") || !t.description.nl.includes("inferred"),
    );
    expect(silent.map((t) => t.id)).toEqual([]);
  });

  it("shares the risk profile of 2025.2, so one profile serves both measurements", () => {
    expect(model2023_2.riskProfile).toEqual(model2025_2.riskProfile);
  });

  // Where each finding of the minister's letter of 16 October 2023 and its verified summaries
  // can be opened; every one needs a theme that cites it.
  it.each([
    ["systematic risk analysis", "sectorbeeld-2023-rapport", "conclusie 2"],
    ["the necessary measures and officials", "sectorbeeld-2023-rapport", "conclusie 3"],
    ["no central overview of partnerships", "sectorbeeld-2023-rapport", "uitdaging 1"],
    ["no uniform definition of a partnership", "sectorbeeld-2023-rapport", "uitdaging 2"],
    ["limited translation into HR policy and codes", "sectorbeeld-2023-rapport", "uitdaging 3"],
    ["policy on risk management, protection, partnerships", "unl-sectorbeeld-2023", "alinea 1"],
    ["seven universities took new measures", "unl-sectorbeeld-2023", "alinea 2"],
    ["structural evaluation", "sectorbeeld-2023", "§ bevindingen"],
    ["the dilemmas (Leidraad chapter 2)", "leidraad-2022", "2.1"],
    ["motion: risk classification of international relations", "motie-2022", "verzoek 1"],
    ["one current list of risk partners", "motie-2022", "constatering 3"],
  ])("has a place for the finding: %s", (_, source, ref) => {
    const citing = themes.filter((t) =>
      t.sources.some((s) => s.source === source && s.ref === ref),
    );
    expect(citing.length).toBeGreaterThan(0);
  });

  it("does not misquote the evaluation finding as 'nowhere'", () => {
    const misquoting = themes.filter(
      (t) => /\bnergens\b/.test(t.description.nl) || /\banywhere\b/.test(t.description.en),
    );
    expect(misquoting.map((t) => t.id)).toEqual([]);
  });
});

describe("crosswalk 2023.2 → 2025.2", () => {
  it("continues every 2023.2 theme in at least one 2025.2 indicator", () => {
    const continued = new Set(
      crosswalk2023_2to2025_2.mappings.filter((m) => targetsOf(m).length > 0).flatMap(sourcesOf),
    );
    expect(themes.map((t) => t.id).filter((id) => !continued.has(id))).toEqual([]);
  });

  it("links a theme only to indicators that share one of its source references", () => {
    const refs = (i: (typeof themes)[number]) =>
      new Set(i.sources.map((s) => `${s.source} ${s.ref}`));
    const before = new Map(themes.map((t) => [t.id, refs(t)]));
    const after = new Map(indicatorsOf(model2025_2).map((i) => [i.id, refs(i)]));
    const unrelated = crosswalk2023_2to2025_2.mappings.flatMap((m) =>
      sourcesOf(m).flatMap((from) =>
        targetsOf(m)
          .filter((to) => ![...(before.get(from) ?? [])].some((r) => after.get(to)?.has(r)))
          .map((to) => `${from} → ${to}`),
      ),
    );
    expect(unrelated).toEqual([]);
  });

  // The audit examined the implementation of the whole Leidraad, so export control and visitors
  // continue from a theme; only what did not exist in 2023 is new.
  it.each(["EXP-01", "EXP-02", "EXP-03", "EXP-04", "VIS-01", "VIS-02", "VIS-03", "VIS-04"])(
    "gives %s a 2023 baseline",
    (id) => {
      const mapping = crosswalk2023_2to2025_2.mappings.find((m) => targetsOf(m).includes(id));
      expect(mapping?.type).not.toBe("added");
    },
  );

  it("treats readiness for the screening law (EXP-05) as new", () => {
    const mapping = crosswalk2023_2to2025_2.mappings.find((m) => targetsOf(m).includes("EXP-05"));
    expect(mapping?.type).toBe("added");
  });
});

describe("crosswalk 2025.1 → 2025.2", () => {
  it("retires no 2025.1 indicator, so every earlier result carries over", () => {
    const carried = new Set(crosswalk2025_1to2025_2.mappings.flatMap(sourcesOf));
    expect(
      indicatorsOf(model2025_1)
        .map((i) => i.id)
        .filter((id) => !carried.has(id)),
    ).toEqual([]);
    expect(crosswalk2025_1to2025_2.mappings.filter((m) => m.type === "retired")).toEqual([]);
  });
});
