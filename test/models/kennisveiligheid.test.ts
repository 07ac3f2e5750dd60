import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { formatIssues, parseCrosswalk, parseModel } from "../../src/index.js";

// The released model files 2025.1 and 2023.1 (never edited again) are checked as raw JSON as well
// as through the public API, so that a content rule (unique practice texts, coverage of the
// sources) fails with its own message.

interface RawText {
  readonly nl: string;
  readonly en: string;
}
interface RawRef {
  readonly source: string;
  readonly ref: string;
}
interface RawIndicator {
  readonly id: string;
  readonly title: RawText;
  readonly rating: string;
  readonly sources?: readonly RawRef[];
  readonly mappings?: readonly RawRef[];
  readonly practices?: readonly {
    readonly id: string;
    readonly level: number;
    readonly text: RawText;
  }[];
  readonly critical?: boolean;
}
interface RawModel {
  readonly id: string;
  readonly version: string;
  readonly sources: readonly { readonly id: string; readonly date: string }[];
  readonly levels: readonly { readonly level: number }[];
  readonly domains: readonly {
    readonly id: string;
    readonly indicators: readonly RawIndicator[];
  }[];
}
interface RawMapping {
  readonly type: string;
  readonly from?: string | readonly string[];
  readonly to?: string | readonly string[];
}

const read = (file: string): unknown =>
  JSON.parse(readFileSync(new URL(`../../models/${file}`, import.meta.url), "utf8"));

const raw2023 = read("kennisveiligheid-2023.1.json") as RawModel;
const raw2025 = read("kennisveiligheid-2025.1.json") as RawModel;
const rawCrosswalk = read("crosswalk-2023.1-2025.1.json") as {
  readonly mappings: readonly RawMapping[];
};

const indicators = (model: RawModel): RawIndicator[] => model.domains.flatMap((d) => d.indicators);
const ids = (named: string | readonly string[] | undefined): readonly string[] =>
  named === undefined ? [] : typeof named === "string" ? [named] : named;

/** Values that occur more than once, each with the ids that share it. */
function duplicates(entries: readonly (readonly [string, string])[]): string[] {
  const byValue = new Map<string, string[]>();
  for (const [value, id] of entries) byValue.set(value, [...(byValue.get(value) ?? []), id]);
  return [...byValue]
    .filter(([, owners]) => owners.length > 1)
    .map(([value, owners]) => `${owners.join(", ")}: "${value}"`);
}

describe("model files parse through the public API", () => {
  it("kennisveiligheid 2023.1 parses without issues", () => {
    const result = parseModel(raw2023);
    expect(result.ok, result.ok ? "" : formatIssues(result.issues)).toBe(true);
  });

  it("kennisveiligheid 2025.1 parses without issues", () => {
    const result = parseModel(raw2025);
    expect(result.ok, result.ok ? "" : formatIssues(result.issues)).toBe(true);
  });

  it("the crosswalk 2023.1 → 2025.1 accounts for every indicator of both models", () => {
    const from = parseModel(raw2023);
    const to = parseModel(raw2025);
    if (!from.ok || !to.ok) throw new Error("a model does not parse; see the tests above");
    const result = parseCrosswalk(rawCrosswalk, from.value, to.value);
    expect(result.ok, result.ok ? "" : formatIssues(result.issues)).toBe(true);
  });
});

describe.each([
  ["2023.1", raw2023],
  ["2025.1", raw2025],
] as const)("model %s", (version, model) => {
  it("has the expected id and version", () => {
    expect(model.id).toBe("kennisveiligheid");
    expect(model.version).toBe(version);
  });

  it("gives every indicator at least one source the model lists", () => {
    const listed = new Set(model.sources.map((s) => s.id));
    const bad = indicators(model)
      .filter(
        (ind) =>
          (ind.sources ?? []).length === 0 || ind.sources?.some((s) => !listed.has(s.source)),
      )
      .map((ind) => ind.id);
    expect(bad, `indicators without a listed source: ${bad.join(", ")}`).toEqual([]);
  });

  it("cites every source it lists", () => {
    const cited = new Set(
      indicators(model).flatMap((ind) =>
        [...(ind.sources ?? []), ...(ind.mappings ?? [])].map((s) => s.source),
      ),
    );
    const unused = model.sources.map((s) => s.id).filter((id) => !cited.has(id));
    expect(unused, `sources listed but never cited: ${unused.join(", ")}`).toEqual([]);
  });
});

describe("model 2025.1", () => {
  const all = indicators(raw2025);
  const maxLevel = Math.max(...raw2025.levels.map((l) => l.level));

  it("has 12 domains and at least 48 indicators", () => {
    expect(raw2025.domains.map((d) => d.id)).toHaveLength(12);
    expect(all.length).toBeGreaterThanOrEqual(48);
  });

  it("rates every indicator by practices", () => {
    const levelRated = all.filter((ind) => ind.rating !== "practices").map((ind) => ind.id);
    expect(levelRated, `not practice-rated: ${levelRated.join(", ")}`).toEqual([]);
  });

  it("has a practice for every level 1..max on every practice-rated indicator", () => {
    const gaps: string[] = [];
    for (const ind of all.filter((i) => i.rating === "practices")) {
      const covered = new Set((ind.practices ?? []).map((p) => p.level));
      for (let level = 1; level <= maxLevel; level++) {
        if (!covered.has(level)) gaps.push(`${ind.id} level ${level}`);
      }
    }
    expect(gaps, `levels without a practice: ${gaps.join("; ")}`).toEqual([]);
  });

  it.each(["nl", "en"] as const)("never repeats a practice text (%s)", (lang) => {
    const texts = all.flatMap((ind) =>
      (ind.practices ?? []).map((p) => [p.text[lang].trim(), p.id] as const),
    );
    const repeated = duplicates(texts);
    expect(repeated, `practice texts used more than once:\n${repeated.join("\n")}`).toEqual([]);
  });

  it.each(["nl", "en"] as const)("never repeats an indicator title (%s)", (lang) => {
    const repeated = duplicates(all.map((ind) => [ind.title[lang].trim(), ind.id] as const));
    expect(repeated, `indicator titles used more than once:\n${repeated.join("\n")}`).toEqual([]);
  });
});

describe("model 2023.1 (baseline)", () => {
  const all = indicators(raw2023);

  it("rates every indicator by a single level, without practices", () => {
    const bad = all
      .filter((ind) => ind.rating !== "level" || ind.practices !== undefined)
      .map((ind) => ind.id);
    expect(bad, `not level-rated: ${bad.join(", ")}`).toEqual([]);
  });

  it("cites no document published after 2023", () => {
    const later = raw2023.sources
      .filter((s) => s.date > "2023-12-31")
      .map((s) => `${s.id} (${s.date})`);
    expect(later, `a 2023 baseline cannot cite later documents: ${later.join(", ")}`).toEqual([]);
  });
});

describe("crosswalk 2023.1 → 2025.1", () => {
  const critical2025 = new Set(
    indicators(raw2025)
      .filter((i) => i.critical === true)
      .map((i) => i.id),
  );

  it("maps every critical 2023 theme to at least one critical 2025 indicator", () => {
    const unmatched = indicators(raw2023)
      .filter((ind) => ind.critical === true)
      .filter((ind) => {
        const targets = rawCrosswalk.mappings
          .filter((m) => ids(m.from).includes(ind.id))
          .flatMap((m) => ids(m.to));
        return !targets.some((id) => critical2025.has(id));
      })
      .map((ind) => ind.id);
    expect(
      unmatched,
      `critical 2023 themes without a critical successor: ${unmatched.join(", ")}`,
    ).toEqual([]);
  });

  it("links a 2023 theme only to 2025 indicators that share one of its source references", () => {
    const refs = (model: RawModel): Map<string, Set<string>> =>
      new Map(
        indicators(model).map((i) => [
          i.id,
          new Set((i.sources ?? []).map((s) => `${s.source} ${s.ref}`)),
        ]),
      );
    const before = refs(raw2023);
    const after = refs(raw2025);
    const unrelated: string[] = [];
    for (const m of rawCrosswalk.mappings.filter((x) => x.type === "same" || x.type === "split")) {
      for (const from of ids(m.from)) {
        for (const to of ids(m.to)) {
          const shared = [...(before.get(from) ?? [])].filter((r) => after.get(to)?.has(r));
          if (shared.length === 0) unrelated.push(`${from} → ${to}`);
        }
      }
    }
    expect(
      unrelated,
      `mappings without a shared source reference: ${unrelated.join(", ")}`,
    ).toEqual([]);
  });

  it("treats readiness for the screening law (EXP-05) as new", () => {
    const mapping = rawCrosswalk.mappings.find((m) => ids(m.to).includes("EXP-05"));
    expect(
      mapping?.type,
      "EXP-05 has no 2023 counterpart: the screening bill dates from 2025",
    ).toBe("added");
  });
});

// The level rule is cumulative: level k needs every practice of levels 1..k. A practice must
// therefore describe a capability that stays true as an institution matures, never a superseded
// state ("a draft policy, not yet adopted"), which a mature institution would have to deny.
describe("practices form a cumulative ladder", () => {
  const superseded = {
    en: /\b(not yet|but not|but no|without|although)\b/i,
    nl: /\b(nog niet|maar niet|maar geen|zonder|hoewel)\b/i,
  };
  const practices = raw2025.domains.flatMap((d) => d.indicators.flatMap((i) => i.practices ?? []));
  it.each(["nl", "en"] as const)(
    "no practice (%s) describes a state that higher levels leave behind",
    (lang) => {
      const offending = practices
        .filter((p) => superseded[lang].test(p.text[lang]))
        .map((p) => `${p.id}: ${p.text[lang]}`);
      expect(offending).toEqual([]);
    },
  );
});
