import { describe, expect, it } from "vitest";
import { KsmError, renderMarkdown, scoreAssessment, setRiskProfile } from "../../src/index.js";
import {
  answersAt,
  assessment,
  mini1,
  miniStrict,
  na,
  p,
  rowOf,
  score,
  section,
} from "./support.js";

const m = mini1;
const en = { lang: "en", model: m } as const;
const nl = { lang: "nl", model: m } as const;

// A college with a high tier by the sum rule, its critical policy at level 1 below the other
// indicators (which caps the overall level), and roles declared not applicable.
const capped = score(
  m,
  {
    id: "hs-b",
    name: "Hogeschool *B* | Zuid",
    type: "college",
    riskProfile: { exposure: 1, partnerships: 2 },
  },
  answersAt(m, 3, {
    extra: [
      p("gov-policy.2", "N"),
      p("gov-policy.3", "N"),
      na("gov-roles.1"),
      na("gov-roles.2"),
      na("gov-roles.3"),
    ],
  }),
);

// Everything at level 3, no name, an external assessment valid on a later date.
const complete = score(
  m,
  { id: "uni-c", assessedBy: "external", measuredOn: "2025-03-01" },
  answersAt(m, 3),
  "2025-06-30",
);

// One practice of the policy unanswered (incomplete), training not answered at all, old
// evidence, and a result asked for before the measurement date.
const gappy = score(
  m,
  { id: "uni-d", name: "Universiteit D" },
  answersAt(m, 2, {
    skip: ["ops-training"],
    extra: [
      { practice: "gov-policy.1a", code: "F", evidencedOn: "2020-01-15" },
      p("gov-policy.1b", "F"),
    ],
  }).filter((a) => a.practice !== "gov-policy.3"),
  "2025-01-01",
);

describe("renderMarkdown of a result with a capped overall level", () => {
  const text = { en: renderMarkdown(capped, en), nl: renderMarkdown(capped, nl) };

  it("leads with the capped level and the critical indicator that caps it", () => {
    expect(text.en).toContain(
      "**Overall level 1 (Initial)** out of 3. Maturity index **2.20**; target attainment **71%**.",
    );
    expect(text.en).toContain(
      "The overall level is capped at 1 by critical indicator gov-policy (Policy).",
    );
    expect(text.nl).toContain(
      "**Totaalniveau 1 (Initieel)** van 3. Volwassenheidsindex **2,20**; doelbereik **71%**.",
    );
    expect(text.nl).toContain(
      "Het totaalniveau is begrensd op 1 door kritieke indicator gov-policy (Beleid).",
    );
  });

  it("escapes the institution's name in the heading", () => {
    expect(text.en.split("\n")[0]).toBe("# Hogeschool \\*B\\* \\| Zuid — 1 March 2025");
    expect(text.nl.split("\n")[0]).toBe("# Hogeschool \\*B\\* \\| Zuid — 1 maart 2025");
  });

  it("counts the not-applicable indicator apart and shows it without level, score or gap", () => {
    expect(text.en).toContain("2 of 3 applicable indicators are at target; 1 not applicable;");
    expect(text.nl).toContain("2 van 3 toepasselijke indicatoren halen hun doelniveau; 1 niet");
    expect(rowOf(text.en, "gov-roles")).toEqual([
      "gov-roles",
      "Roles",
      "–",
      "–",
      "2",
      "–",
      "1.00",
      "",
      "not applicable",
    ]);
    expect(rowOf(text.nl, "gov-roles").at(-1)).toBe("niet van toepassing");
  });

  it("ranks the gap and lists the critical gap with level and target", () => {
    expect(rowOf(text.en, "1")).toEqual(["1", "gov-policy", "Policy", "1", "3", "2.00", "4.00"]);
    expect(text.en).toContain("- gov-policy (Policy): level 1, target 3");
    expect(text.nl).toContain("- gov-policy (Beleid): niveau 1, doel 3");
  });

  it("shows a raised weight with its derivation, and the blocking practice at the next level", () => {
    expect(rowOf(text.en, "ops-screening")[6]).toBe("2.00 (1.00 × 2.00)");
    expect(rowOf(text.nl, "ops-screening")[6]).toBe("2,00 (1,00 × 2,00)");
    expect(section(text.en, "### governance Governance")).toContain(
      "- **gov-policy** to level 2:\n  - gov-policy.2: The board adopted the policy.",
    );
  });

  it("leaves the blocking list out of a domain where nothing blocks", () => {
    const operations = section(text.en, "### operations Operations");
    expect(operations).not.toContain("Blocking practices");
    expect(section(text.nl, "### operations Uitvoering")).not.toContain("Blokkerende");
  });

  it("explains the tier by the sum rule, with the institution type's label", () => {
    const risk = section(text.en, "## Risk profile");
    expect(risk).toContain("Institution type: College.");
    expect(risk).toContain(
      "Risk tier **High**, set by tier rule 3 of 3: sum of the factors at least 3 (sum 3). High exposure.",
    );
    expect(rowOf(risk, "Partners")).toEqual(["Partners", "2 – Much"]);
    const risico = section(text.nl, "## Risicoprofiel");
    expect(risico).toContain("Type instelling: Hogeschool.");
    expect(risico).toContain(
      "Risiconiveau **Hoog**, vastgesteld door regel 3 van 3: som van de factoren minstens 3 (som 3). Hoog risico.",
    );
  });
});

describe("renderMarkdown of a result at target everywhere", () => {
  const text = { en: renderMarkdown(complete, en), nl: renderMarkdown(complete, nl) };

  it("names the institution by its id when it has no name", () => {
    expect(text.en.split("\n")[0]).toBe("# uni-c — 1 March 2025");
  });

  it("says it is an external assessment and the date it is valid on", () => {
    expect(text.en.split("\n")[2]).toBe(
      "Mini model, version 1 · external assessment · Valid on 30 June 2025.",
    );
    expect(text.nl.split("\n")[2]).toBe(
      "Minimodel, versie 1 · externe beoordeling · Peildatum 30 juni 2025.",
    );
  });

  it("says there are no gaps, no critical gaps and no warnings", () => {
    expect(section(text.en, "## Largest gaps")).toContain(
      "No gaps: every applicable indicator is at target.",
    );
    expect(text.en).toContain("**Critical gaps**: none; every critical indicator is at target.");
    expect(section(text.en, "## Warnings")).toContain("No warnings.");
    expect(section(text.nl, "## Grootste gaten")).toContain(
      "Geen gaten: elke toepasselijke indicator haalt zijn doelniveau.",
    );
    expect(text.nl).toContain(
      "**Kritieke gaten**: geen; elke kritieke indicator haalt zijn doelniveau.",
    );
    expect(section(text.nl, "## Waarschuwingen")).toContain("Geen waarschuwingen.");
    expect(text.en).not.toContain("capped");
  });

  it("has no blocking practices at the highest level, and no institution type line", () => {
    expect(text.en).not.toContain("Blocking practices");
    expect(text.en).not.toContain("Institution type");
    expect(text.nl).not.toContain("Type instelling");
  });

  it("explains the default tier when no rule applies", () => {
    expect(text.en).toContain(
      "Risk tier **Low**: the default tier, as no tier rule applies. Low exposure.",
    );
    expect(text.nl).toContain(
      "Risiconiveau **Laag**: het standaardniveau, want geen enkele regel is van toepassing. Laag risico.",
    );
  });
});

describe("renderMarkdown of a result with unanswered practices and warnings", () => {
  const text = { en: renderMarkdown(gappy, en), nl: renderMarkdown(gappy, nl) };

  it("marks the incomplete and the unanswered indicator", () => {
    expect(rowOf(text.en, "gov-policy").at(-1)).toBe("incomplete");
    expect(rowOf(text.en, "ops-training").slice(2)).toEqual([
      "0",
      "0.00",
      "1",
      "1",
      "1.00",
      "",
      "not answered",
    ]);
    expect(rowOf(text.nl, "gov-policy").at(-1)).toBe("onvolledig");
    expect(rowOf(text.nl, "ops-training").at(-1)).toBe("niet beantwoord");
  });

  it("lists every warning in the report's language", () => {
    const warnings = section(text.en, "## Warnings")
      .split("\n")
      .filter((l) => l.startsWith("- "));
    expect(warnings).toEqual([
      '- Indicator "gov-policy" is incomplete: 3 of 4 practices answered; unanswered practices count as not achieved.',
      '- Indicator "ops-training" is not answered; its practices count as not achieved.',
      "- The measurement date 2025-03-01 is after 2025-01-01.",
      '- Evidence for "gov-policy.1a" dates from 2020-01-15, older than 24 months before 2025-01-01.',
    ]);
    const nlWarnings = section(text.nl, "## Waarschuwingen")
      .split("\n")
      .filter((l) => l.startsWith("- "));
    expect(nlWarnings).toEqual([
      '- Indicator "gov-policy" is onvolledig: 3 van 4 praktijken beantwoord; onbeantwoorde praktijken tellen als niet bereikt.',
      '- Indicator "ops-training" is niet beantwoord; de praktijken tellen als niet bereikt.',
      "- De meetdatum 2025-03-01 ligt na 2025-01-01.",
      '- Bewijs voor "gov-policy.1a" dateert van 2020-01-15, ouder dan 24 maanden voor 2025-01-01.',
    ]);
  });

  it("says when the result is valid on a date before the measurement", () => {
    expect(text.en.split("\n")[2]).toContain("· Valid on 1 January 2025.");
  });
});

describe("renderMarkdown of a result under the strict level rule", () => {
  // gov-policy.1a is largely (not fully) implemented: level 1 holds, but strict gating keeps
  // the indicator from level 2 although level 2's practice is fully implemented.
  const strict = score(
    miniStrict,
    { id: "uni-s" },
    answersAt(miniStrict, 2, { extra: [p("gov-policy.1a", "L")] }),
  );
  const text = {
    en: renderMarkdown(strict, { lang: "en", model: miniStrict }),
    nl: renderMarkdown(strict, { lang: "nl", model: miniStrict }),
  };

  it("names a blocking practice below the next level with its own level", () => {
    expect(text.en).toContain(
      "- **gov-policy** to level 2:\n  - gov-policy.1a (level 1): A draft policy exists.",
    );
    expect(text.nl).toContain(
      "- **gov-policy** naar niveau 2:\n  - gov-policy.1a (niveau 1): NL: A draft policy exists.",
    );
  });

  it("names a blocking practice at the next level without a level note", () => {
    expect(text.en).toContain("- **gov-roles** to level 3:\n  - gov-roles.3: Roles are evaluated.");
  });
});

describe("renderMarkdown of the tier rules", () => {
  it("gives each condition of a rule with an institution type and a factor", () => {
    const r = score(
      m,
      { id: "uni-e", type: "university", riskProfile: { exposure: 0, partnerships: 1 } },
      answersAt(m, 3),
    );
    expect(renderMarkdown(r, en)).toContain(
      "Risk tier **High**, set by tier rule 2 of 3: Partners at least 1 (value 1) and institution type University (University). High exposure.",
    );
    expect(renderMarkdown(r, nl)).toContain(
      "Risiconiveau **Hoog**, vastgesteld door regel 2 van 3: Partners minstens 1 (waarde 1) en type instelling Universiteit (Universiteit). Hoog risico.",
    );
  });

  it("gives a factor condition with the factor's label", () => {
    const r = score(m, { id: "uni-f", riskProfile: { exposure: 2, partnerships: 0 } }, []);
    expect(renderMarkdown(r, en)).toContain(
      "set by tier rule 1 of 3: Exposure at least 2 (value 2). High exposure.",
    );
    expect(renderMarkdown(r, nl)).toContain(
      "vastgesteld door regel 1 van 3: Blootstelling minstens 2 (waarde 2). Hoog risico.",
    );
  });

  it("is not made for an institution type the model does not define", () => {
    // setRiskProfile checks the id's form only; scoring refuses a type the model lacks, so no
    // report ever shows one.
    const a = setRiskProfile(
      assessment(m, { id: "inst-g" }, answersAt(m, 1)),
      { exposure: 0, partnerships: 0 },
      "academy",
    );
    expect(() => scoreAssessment(m, a)).toThrow(KsmError);
    expect(() => scoreAssessment(m, a)).toThrow('unknown institution type "academy"');
  });
});
