// Pins down scoring details that the worked examples and the properties (at the few runs a
// mutation run can afford) leave open: the level rules at their edges, the tolerance for sums of
// thirds, the risk-tier trace, and what the errors and warnings tell the user.
import { describe, expect, it } from "vitest";
import {
  type Assessment,
  deriveRiskTier,
  type Model,
  parseAssessment,
  parseModel,
  type Result,
  scoreAssessment,
  setAnswer,
} from "../../src/index.js";
import { indicatorLevel, NOT_APPLICABLE, UNANSWERED } from "../../src/scoring/indicatorLevel.js";
import { warningMessage } from "../../src/scoring/warnings.js";
import { type ModelDocument, miniModel } from "../fixtures/miniModel.js";
import { thrown } from "../fixtures/thrown.js";

function model(edit: (doc: ModelDocument) => void = () => {}): Model {
  const doc = miniModel();
  edit(doc);
  const parsed = parseModel(doc);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
  return parsed.value;
}

function assessment(
  m: Model,
  answers: readonly object[],
  extra: Record<string, unknown> = {},
): Assessment {
  const parsed = parseAssessment(
    {
      modelRef: { id: m.id, version: m.version },
      institution: { id: "inst", type: "college" },
      measuredOn: "2025-03-01",
      assessedBy: "self",
      riskProfile: { exposure: 0, partnerships: 0 },
      answers,
      ...extra,
    },
    m,
  );
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
  return parsed.value;
}

const practiceAnswers = (codes: Record<string, string>) =>
  Object.entries(codes).map(([practice, code]) =>
    code === "NA" ? { practice, code, rationale: "Shared." } : { practice, code },
  );

/** Practices from parallel lists of ids, levels and values. */
const practices = (ids: string[], levels: number[], values: number[]) =>
  ids.map((id, i) => ({ id, level: levels[i] ?? 0, value: values[i] ?? NOT_APPLICABLE }));
/** Practices a and b at level 1, c at 2, d at 3, with these values. */
const values = (...v: number[]) => practices(["a", "b", "c", "d"], [1, 1, 2, 3], v);

describe("indicatorLevel", () => {
  it("cumulative: the first level with a practice below achievedFrom stops the climb", () => {
    const r = indicatorLevel("cumulative", values(1, 2 / 3, 1 / 3, 1), 3, 2 / 3, 1);
    expect(r).toEqual({ level: 1, score: 1 + 1 / 3, blocking: ["c"] });
  });

  it("strict: the achieved levels below must be at the top value", () => {
    const r = indicatorLevel("strict", values(1, 2 / 3, 1, 0), 3, 2 / 3, 1);
    // Level 2 is achieved by itself, but b (level 1) is not at the top, so strict stops at 1.
    expect(r.level).toBe(1);
    expect(r.blocking).toEqual(["b"]);
    expect(r.score).toBe(2);
    expect(indicatorLevel("cumulative", values(1, 2 / 3, 1, 0), 3, 2 / 3, 1)).toEqual({
      level: 2,
      score: 2,
      blocking: ["d"],
    });
  });

  it("strict: with every achieved level at the top it climbs as cumulative does", () => {
    expect(indicatorLevel("strict", values(1, 1, 1, 2 / 3), 3, 2 / 3, 1)).toEqual({
      level: 3,
      score: 3,
      blocking: [],
    });
  });

  it("additive: sums the mean value per level and lists every practice below the top", () => {
    const r = indicatorLevel("additive", values(1, 2 / 3, 1 / 3, 1), 3, 2 / 3, 1);
    expect(r.score).toBeCloseTo(5 / 6 + 1 / 3 + 1, 12);
    expect(r.level).toBe(2);
    expect(r.blocking).toEqual(["b", "c"]);
  });

  it("additive: a level without applicable practices counts as complete", () => {
    const r = indicatorLevel("additive", values(1 / 3, 1 / 3, NOT_APPLICABLE, 0), 3, 2 / 3, 1);
    expect(r.score).toBeCloseTo(1 / 3 + 1 + 0, 12);
    expect(r.level).toBe(1);
  });

  it("additive: a sum just below a whole number by rounding still reaches that level", () => {
    // 0.6 + 0.3 + 0.1 is 0.9999999999999999 in floating point.
    const r = indicatorLevel(
      "additive",
      practices(["x", "y", "z"], [1, 2, 3], [0.6, 0.3, 0.1]),
      3,
      2 / 3,
      1,
    );
    expect(r.score).toBeLessThan(1);
    expect(r.level).toBe(1);
  });

  it("additive: the score is capped at the highest level", () => {
    const r = indicatorLevel("additive", values(1, 1, 1, 1), 2, 2 / 3, 1);
    expect(r).toEqual({ level: 2, score: 2, blocking: [] });
  });

  it("a level whose practices are all not applicable does not block", () => {
    const r = indicatorLevel("cumulative", values(1, 1, NOT_APPLICABLE, 2 / 3), 3, 2 / 3, 1);
    expect(r).toEqual({ level: 3, score: 3, blocking: [] });
  });

  it("never lists a not-applicable practice as blocking", () => {
    const r = indicatorLevel(
      "cumulative",
      practices(["a", "c", "e"], [1, 2, 2], [1, NOT_APPLICABLE, 0]),
      3,
      2 / 3,
      1,
    );
    expect(r).toEqual({ level: 1, score: 1, blocking: ["e"] });
  });

  it("strict: a next level without applicable practices adds nothing to the score", () => {
    const r = indicatorLevel(
      "strict",
      practices(["a", "c", "d"], [1, 2, 3], [2 / 3, NOT_APPLICABLE, 1]),
      3,
      2 / 3,
      1,
    );
    expect(r).toEqual({ level: 1, score: 1, blocking: ["a"] });
  });

  it("unanswered practices count as value 0 in the score, and block", () => {
    const r = indicatorLevel("cumulative", values(1, 1, UNANSWERED, 1), 3, 2 / 3, 1);
    expect(r).toEqual({ level: 1, score: 1, blocking: ["c"] });
    const half = indicatorLevel(
      "cumulative",
      practices(["a", "c", "e"], [1, 2, 2], [1, 1, UNANSWERED]),
      3,
      2 / 3,
      1,
    );
    expect(half).toEqual({ level: 1, score: 1.5, blocking: ["e"] });
  });

  it("a value a hair below achievedFrom (rounding of thirds) still counts as achieved", () => {
    const r = indicatorLevel("cumulative", values(2 / 3 - 1e-12, 1, 1, 1), 3, 2 / 3, 1);
    expect(r.level).toBe(3);
    const strict = indicatorLevel("strict", values(1 - 1e-12, 1, 1, 1), 3, 2 / 3, 1);
    expect(strict.level).toBe(3);
    expect(strict.blocking).toEqual([]);
  });

  it("a value clearly below achievedFrom blocks", () => {
    const r = indicatorLevel("cumulative", values(2 / 3 - 1e-6, 1, 1, 1), 3, 2 / 3, 1);
    expect(r.level).toBe(0);
    expect(r.blocking).toEqual(["a"]);
  });

  it("scores relative to the scale's top value", () => {
    const r = indicatorLevel("cumulative", values(0.5, 0.5, 0.25, 0), 3, 0.4, 0.5);
    expect(r).toEqual({ level: 1, score: 1.5, blocking: ["c"] });
    const strict = indicatorLevel("strict", values(0.5, 0.4, 0.5, 0), 3, 0.4, 0.5);
    expect(strict).toEqual({ level: 1, score: 2, blocking: ["b"] });
  });
});

describe("deriveRiskTier", () => {
  const m = model();

  it("explains a factor rule by its factor, threshold and value", () => {
    const t = deriveRiskTier(m, { exposure: 2, partnerships: 1 });
    expect(t).toMatchObject({
      tier: "high",
      rule: 0,
      conditions: [{ kind: "factor", factor: "exposure", atLeast: 2, value: 2 }],
      factors: { exposure: 2, partnerships: 1 },
      institutionType: null,
    });
  });

  it("explains an institution-type rule with the allowed types and the given one", () => {
    const t = deriveRiskTier(m, { exposure: 0, partnerships: 1 }, "university");
    expect(t.rule).toBe(1);
    expect(t.institutionType).toBe("university");
    expect(t.conditions).toEqual([
      { kind: "factor", factor: "partnerships", atLeast: 1, value: 1 },
      { kind: "institutionType", allowed: ["university"], value: "university" },
    ]);
  });

  it("explains a sum rule by the sum of all factors", () => {
    const t = deriveRiskTier(m, { exposure: 1, partnerships: 2 }, "college");
    expect(t.rule).toBe(2);
    expect(t.conditions).toEqual([{ kind: "sum", atLeast: 3, value: 3 }]);
  });

  it("falls back to the default tier with no rule and no conditions", () => {
    const t = deriveRiskTier(m, { exposure: 1, partnerships: 1 }, "college");
    expect(t).toMatchObject({
      tier: "low",
      rule: null,
      conditions: [],
      institutionType: "college",
    });
  });

  it("says which factor is wrong and what range it takes", () => {
    for (const bad of [3, -1, 1.5]) {
      const e = thrown(() => deriveRiskTier(m, { exposure: bad, partnerships: 0 }));
      expect(e.code).toBe("invalid_argument");
      expect(e.message).toContain('"exposure"');
      expect(e.message).toContain("0..2");
      expect(e.message).toContain(String(bad));
    }
    const missing = thrown(() => deriveRiskTier(m, { exposure: 0 }));
    expect(missing.message).toContain('"partnerships"');
  });

  it("names an unknown factor", () => {
    const e = thrown(() => deriveRiskTier(m, { exposure: 0, partnerships: 0, budget: 1 }));
    expect(e.code).toBe("invalid_argument");
    expect(e.message).toContain('"budget"');
  });
});

describe("scoreAssessment", () => {
  it("names both model versions when they differ", () => {
    const m1 = model();
    const m2 = model((d) => {
      d.version = "2";
    });
    const e = thrown(() => scoreAssessment(m2, assessment(m1, [])));
    expect(e.code).toBe("model_mismatch");
    expect(e.message).toContain("mini@1");
    expect(e.message).toContain("mini@2");
  });

  it("warns once per incomplete and unanswered indicator, at its position", () => {
    const m = model();
    const r = scoreAssessment(
      m,
      assessment(m, [
        ...practiceAnswers({ "gov-policy.1a": "F", "gov-policy.1b": "F" }),
        { indicator: "ops-screening", level: 2 },
      ]),
    );
    expect(r.warnings.map((w) => [w.code, w.path, w.params])).toEqual([
      ["incomplete_indicator", ["indicators", 0], { id: "gov-policy", answered: 2, applicable: 4 }],
      ["unanswered_indicator", ["indicators", 1], { id: "gov-roles" }],
      ["unanswered_indicator", ["indicators", 3], { id: "ops-training" }],
    ]);
    expect(r.warnings[0]?.message).toBe(
      'Indicator "gov-policy" is incomplete: 2 of 4 practices answered; unanswered practices count as not achieved.',
    );
  });

  it("warns that nothing is applicable when every indicator is declared not applicable", () => {
    const m = model((d) => {
      for (const domain of d.domains)
        for (const ind of domain.indicators)
          ind.notApplicable = { allowed: true, rationale: { nl: "Nvt.", en: "N/a." } };
    });
    const answers = m.domains.flatMap((d) =>
      d.indicators.flatMap((ind): object[] =>
        ind.rating === "level"
          ? [{ indicator: ind.id, code: "NA", rationale: "None here." }]
          : (ind.practices ?? []).map((p) => ({ practice: p.id, code: "NA", rationale: "None." })),
      ),
    );
    const r = scoreAssessment(m, assessment(m, answers));
    expect(r.overall).toMatchObject({ applicable: 0, notApplicable: 4, maturityIndex: 0 });
    expect(r.warnings).toEqual([
      {
        code: "nothing_applicable",
        path: [],
        message: "No indicator is applicable; the overall figures are 0.",
        params: {},
      },
    ]);
  });

  it("finds an indicator's answers wherever they are in the list", () => {
    const m = model();
    const answers = practiceAnswers({
      "ops-training.3": "F",
      "gov-policy.1a": "F",
      "ops-training.1": "F",
      "gov-policy.1b": "L",
      "ops-training.2": "F",
    });
    const r = scoreAssessment(m, assessment(m, answers));
    const training = r.indicators.find((i) => i.id === "ops-training");
    expect(training).toMatchObject({ status: "scored", level: 3, score: 3, gap: 0 });
    expect(r.indicators[0]).toMatchObject({ status: "incomplete", level: 1 });
  });

  it("names the practice whose evidence is stale", () => {
    const m = model();
    const r = scoreAssessment(
      m,
      assessment(m, [{ practice: "gov-roles.2", code: "F", evidencedOn: "2022-01-01" }]),
    );
    const stale = r.warnings.find((w) => w.code === "stale_evidence");
    expect(stale?.params).toEqual({
      id: "gov-roles.2",
      evidencedOn: "2022-01-01",
      months: 24,
      asOf: "2025-03-01",
    });
    expect(stale?.path).toEqual(["answers", 0, "evidencedOn"]);
  });
});

describe("warning messages", () => {
  const params = {
    id: "gov-policy",
    evidencedOn: "2021-05-04",
    measuredOn: "2022-07-08",
    months: 24,
    asOf: "2025-03-01",
    answered: 2,
    applicable: 5,
  };
  const codes = [
    "stale_evidence",
    "stale_measurement",
    "measured_after_as_of",
    "incomplete_indicator",
    "unanswered_indicator",
    "nothing_applicable",
  ] as const;

  it("differ per code and language and name their figures", () => {
    const seen = new Set<string>();
    for (const lang of ["en", "nl"] as const) {
      for (const code of codes) {
        const text = warningMessage(code, params, lang);
        expect(text.length, `${lang} ${code}`).toBeGreaterThan(20);
        seen.add(text);
      }
    }
    expect(seen.size).toBe(codes.length * 2);
    for (const lang of ["en", "nl"] as const) {
      expect(warningMessage("stale_evidence", params, lang)).toMatch(
        /"gov-policy".*2021-05-04.*24.*2025-03-01/,
      );
      expect(warningMessage("stale_measurement", params, lang)).toMatch(
        /2022-07-08.*24.*2025-03-01/,
      );
      expect(warningMessage("measured_after_as_of", params, lang)).toMatch(
        /2022-07-08.*2025-03-01/,
      );
      expect(warningMessage("incomplete_indicator", params, lang)).toMatch(/"gov-policy".*2.*5/);
      expect(warningMessage("unanswered_indicator", params, lang)).toContain('"gov-policy"');
    }
  });

  it("are English by default and Dutch on request", () => {
    expect(warningMessage("unanswered_indicator", params)).toBe(
      'Indicator "gov-policy" is not answered; its practices count as not achieved.',
    );
    expect(warningMessage("unanswered_indicator", params, "nl")).toBe(
      'Indicator "gov-policy" is niet beantwoord; de praktijken tellen als niet bereikt.',
    );
    expect(warningMessage("nothing_applicable", {}, "nl")).toBe(
      "Geen enkele indicator is van toepassing; de totaalcijfers zijn 0.",
    );
  });

  it("show a missing figure as ?", () => {
    expect(warningMessage("unanswered_indicator", {})).toBe(
      'Indicator "?" is not answered; its practices count as not achieved.',
    );
  });
});

describe("a result's institution", () => {
  it("keeps the name and type only when given", () => {
    const m = model();
    const bare = scoreAssessment(m, assessment(m, [], { institution: { id: "inst" } })) as Result;
    expect(bare.institution).toStrictEqual({ id: "inst" });
    const full = scoreAssessment(
      m,
      assessment(m, [], { institution: { id: "inst", name: "Inst", type: "university" } }),
    );
    expect(full.institution).toStrictEqual({ id: "inst", name: "Inst", type: "university" });
  });
});

describe("scoring an assessment that setAnswer changed without the model's checks", () => {
  const m = model((d) => {
    const roles = d.domains[0]?.indicators[1];
    if (roles) roles.notApplicable = { allowed: true, rationale: { nl: "Nvt.", en: "N/a." } };
  });
  const base = assessment(m, []);
  const refused = (answer: Parameters<typeof setAnswer>[1], indicator: string, why: RegExp) => {
    const e = thrown(() => scoreAssessment(m, setAnswer(base, answer)));
    expect(e.code).toBe("not_parsed");
    expect(e.message).toContain(`"${indicator}"`);
    expect(e.message).toMatch(why);
    expect(e.message).toContain("parseAssessment");
  };

  it("refuses NA where the model does not allow it", () => {
    refused({ practice: "gov-policy.1a", code: "NA", rationale: "No." }, "gov-policy", /allow/);
    refused({ indicator: "ops-screening", code: "NA", rationale: "No." }, "ops-screening", /allow/);
  });

  it("refuses NA without a rationale, also a blank one", () => {
    refused({ practice: "gov-roles.1", code: "NA" }, "gov-roles", /rationale/);
    refused({ practice: "gov-roles.1", code: "NA", rationale: "  " }, "gov-roles", /rationale/);
  });

  it("accepts NA with a rationale where allowed", () => {
    const r = scoreAssessment(
      m,
      setAnswer(base, { practice: "gov-roles.1", code: "NA", rationale: "Shared." }),
    );
    expect(r.indicators[1]).toMatchObject({ status: "unanswered", items: { applicable: 2 } });
  });

  it("refuses a practice code or a practice answer for a level-rated indicator", () => {
    refused({ indicator: "ops-screening", code: "F" }, "ops-screening", /practice code/);
    refused({ practice: "ops-screening", code: "F" }, "ops-screening", /practice code/);
    refused(
      { practice: "ops-screening", code: "NA", rationale: "x" },
      "ops-screening",
      /practice code/,
    );
  });

  it("refuses a level above the model's highest", () => {
    refused({ indicator: "ops-screening", level: 4 }, "ops-screening", /level 4 .*highest/);
    const top = scoreAssessment(m, setAnswer(base, { indicator: "ops-screening", level: 3 }));
    expect(top.indicators[2]).toMatchObject({ status: "scored", level: 3, score: 3, gap: 0 });
  });

  it("refuses a code that is not on the answer scale, naming it", () => {
    const e = thrown(() =>
      scoreAssessment(m, setAnswer(base, { practice: "gov-policy.1a", code: "X" })),
    );
    expect(e.code).toBe("not_parsed");
    expect(e.message).toContain('"X"');
  });
});

describe("a scale whose top value is below 1", () => {
  const m = model((d) => {
    d.answerScale = {
      codes: [
        { code: "N", label: { nl: "Nee", en: "No" }, value: 0 },
        { code: "H", label: { nl: "Half", en: "Half" }, value: 0.25 },
        { code: "Y", label: { nl: "Ja", en: "Yes" }, value: 0.5 },
      ],
      achievedFrom: "Y",
    };
  });

  it("treats the top code as fully implemented", () => {
    const r = scoreAssessment(
      m,
      assessment(
        m,
        practiceAnswers({
          "gov-policy.1a": "Y",
          "gov-policy.1b": "Y",
          "gov-policy.2": "Y",
          "gov-policy.3": "H",
        }),
      ),
    );
    expect(r.indicators[0]).toMatchObject({ level: 2, score: 2.5, blocking: ["gov-policy.3"] });
  });
});

describe("indicator flags", () => {
  it("marks only the model's critical indicators as critical", () => {
    const m = model();
    const r = scoreAssessment(m, assessment(m, []));
    expect(r.indicators.map((i) => i.critical)).toEqual([true, false, false, false]);
  });
});

describe("misuse messages say what was passed", () => {
  const m = model();

  it("a risk profile that is not an object", () => {
    const e = thrown(() => deriveRiskTier(m, 7 as never));
    expect(e.code).toBe("invalid_argument");
    expect(e.message).toMatch(/risk profile.*7/);
  });

  it("an institution type the model does not have, with the ones it has", () => {
    const e = thrown(() => deriveRiskTier(m, { exposure: 0, partnerships: 0 }, "school"));
    expect(e.code).toBe("invalid_argument");
    expect(e.message).toContain('"school"');
    expect(e.message).toContain("university, college");
  });

  it("answers for ids the model does not have", () => {
    const e = thrown(() =>
      scoreAssessment(m, setAnswer(assessment(m, []), { practice: "nope", code: "F" })),
    );
    expect(e.code).toBe("not_parsed");
    expect(e.message).toMatch(/ids the model does not have/);
  });

  it("an asOf that is not a date", () => {
    const base = assessment(m, []);
    for (const asOf of ["2025-03-01x", "2025-03-01T99:99", "2025-02-30", "", 20250301]) {
      const e = thrown(() => scoreAssessment(m, base, { asOf: asOf as string }));
      expect(e.code, String(asOf)).toBe("invalid_argument");
      expect(e.message).toContain(String(asOf));
    }
    // Something with a getTime is not a Date.
    const fake = { getTime: () => Date.UTC(2025, 0, 1) };
    expect(thrown(() => scoreAssessment(m, base, { asOf: fake as never })).code).toBe(
      "invalid_argument",
    );
    expect(scoreAssessment(m, base, { asOf: "2025-03-04T23:30:00Z" }).asOf).toBe("2025-03-04");
  });
});

describe("date warnings carry their dates", () => {
  const m = model();

  it("measured_after_as_of and stale_measurement", () => {
    const a = assessment(m, []);
    const after = scoreAssessment(m, a, { asOf: "2025-02-28" }).warnings.find(
      (w) => w.code === "measured_after_as_of",
    );
    expect(after?.params).toEqual({ measuredOn: "2025-03-01", asOf: "2025-02-28" });
    expect(after?.path).toEqual(["measuredOn"]);
    const stale = scoreAssessment(m, a, { asOf: "2027-03-02" }).warnings.find(
      (w) => w.code === "stale_measurement",
    );
    expect(stale?.params).toEqual({ measuredOn: "2025-03-01", months: 24, asOf: "2027-03-02" });
    expect(
      scoreAssessment(m, a, { asOf: "2027-03-01" }).warnings.some(
        (w) => w.code === "stale_measurement",
      ),
    ).toBe(false);
  });
});

describe("aggregation over a mix of scored, not applicable and unanswered indicators", () => {
  const m = model((d) => {
    const roles = d.domains[0]?.indicators[1];
    if (roles) roles.notApplicable = { allowed: true, rationale: { nl: "Nvt.", en: "N/a." } };
  });
  const r = scoreAssessment(
    m,
    assessment(
      m,
      [
        ...practiceAnswers({
          "gov-roles.1": "NA",
          "gov-roles.2": "NA",
          "gov-roles.3": "NA",
          "gov-policy.1a": "F",
          "gov-policy.1b": "F",
          "gov-policy.2": "L",
          "gov-policy.3": "N",
          "ops-training.1": "F",
          "ops-training.2": "P",
        }),
        { indicator: "ops-screening", level: 1 },
      ],
      { riskProfile: { exposure: 2, partnerships: 0 } },
    ),
  );

  it("leaves the not-applicable indicator out of its domain", () => {
    // gov-policy: level 2, score 2, weight 2 × 1.5, target 3 (tier high), gap 1.
    expect(r.indicators[1]).toMatchObject({ status: "notApplicable", level: null, gap: null });
    expect(r.domains[0]).toEqual({
      id: "governance",
      level: 2,
      score: 2,
      target: 3,
      gap: 1,
      applicable: 1,
      atTarget: 0,
    });
  });

  it("takes the weakest level and the weighted means per domain", () => {
    // ops-screening: level 1, target 3, gap 2; ops-training: incomplete, level 1, score 4/3,
    // target 2, gap 1; both weight 1.
    const ops = r.domains[1];
    expect(ops?.level).toBe(1);
    expect(ops?.score).toBeCloseTo(7 / 6, 12);
    expect(ops?.target).toBe(2.5);
    expect(ops?.gap).toBe(1.5);
    expect(ops?.applicable).toBe(2);
  });

  it("counts and weighs only applicable indicators overall", () => {
    // weights 3, 1, 1; scores 2, 1, 4/3; targets 3, 3, 2; gaps 1, 2, 1.
    expect(r.overall.applicable).toBe(3);
    expect(r.overall.notApplicable).toBe(1);
    expect(r.overall.maturityIndex).toBeCloseTo((6 + 1 + 4 / 3) / 5, 12);
    expect(r.overall.targetAttainment).toBeCloseTo(1 - (3 + 2 + 1) / (9 + 3 + 2), 12);
    expect(r.overall.level).toBe(1);
    expect(r.overall.levelCap).toBeNull();
    expect(r.overall.atTarget).toBe(0);
    // Items: gov-policy 4/4, ops-screening 1/1, ops-training 2/3; the NA practices are not applicable.
    expect(r.overall.coverage).toBeCloseTo(7 / 8, 12);
    expect(r.overall.criticalGaps).toEqual(["gov-policy"]);
  });

  it("caps the overall level at a critical indicator below it", () => {
    const capped = scoreAssessment(
      m,
      assessment(m, [
        ...practiceAnswers({
          "gov-roles.1": "F",
          "gov-roles.2": "F",
          "gov-roles.3": "F",
          "ops-training.1": "F",
          "ops-training.2": "F",
          "ops-training.3": "F",
        }),
        { indicator: "ops-screening", level: 3 },
      ]),
    );
    expect(capped.overall.maturityIndex).toBeCloseTo(9 / 5, 12);
    expect(capped.overall.level).toBe(0);
    expect(capped.overall.levelCap).toEqual({ indicator: "gov-policy", level: 0 });
  });
});

describe("values that did not come from the parse functions", () => {
  const m = model();
  const a = assessment(m, []);

  it("are named in the error", () => {
    const plain = JSON.parse(JSON.stringify(m));
    const cases: [() => unknown, string][] = [
      [() => deriveRiskTier(plain, { exposure: 0, partnerships: 0 }), "the model"],
      [() => scoreAssessment(plain, a), "the model"],
      [() => scoreAssessment(m, JSON.parse(JSON.stringify(a))), "the assessment"],
    ];
    for (const [f, what] of cases) {
      const e = thrown(f);
      expect(e.code).toBe("not_parsed");
      expect(e.message).toContain(what);
      // The one error class of the library, recognisable in a log by its name and code.
      expect(e.name).toBe("KsmError");
      expect(e.message.startsWith("[not_parsed] ")).toBe(true);
      expect(e.issues).toEqual([]);
    }
  });
});
