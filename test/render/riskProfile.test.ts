// The risk-profile section of a result's Markdown report: why the tier was set and which target
// rules raised which targets, in both languages, with labels from the model.
import { describe, expect, it } from "vitest";
import { parseAssessment, scoreAssessment } from "../../src/index.js";
import { renderMarkdown } from "../../src/render/markdown/renderMarkdown.js";
import { uniformAssessmentDocument } from "../fixtures/arbitraries.js";
import { setAt } from "../fixtures/jsonEdit.js";
import { miniModel } from "../fixtures/miniModel.js";
import { parsedModel } from "../fixtures/parsed.js";

const doc = miniModel();
// gov-roles: targets low 1 / high 2, raised to 3 for partnerships ≥ 2 and for a college.
setAt(
  doc,
  ["domains", 0, "indicators", 1, "targetRules"],
  [
    { when: { factors: { partnerships: 2 } }, target: 3 },
    { when: { institutionTypes: ["college"] }, target: 3 },
  ],
);
// A label with Markdown in it, to show that names from the model are escaped.
setAt(doc, ["domains", 0, "indicators", 1, "title", "en"], "Roles *and* tasks");
const model = parsedModel(doc);

function report(riskProfile: Record<string, number>, lang: "nl" | "en", type?: string): string {
  const assessment = uniformAssessmentDocument(model, { riskProfile });
  if (type !== undefined) assessment.institution.type = type;
  const parsed = parseAssessment(assessment, model);
  if (!parsed.ok) throw new Error("invalid assessment");
  const md = renderMarkdown(scoreAssessment(model, parsed.value), { model, lang });
  // The section runs from the factor table to the next heading.
  const start = md.search(/^\| (Risk factor|Risicofactor) /m);
  return md.slice(start).split(/\n#/)[0] ?? "";
}

describe("the risk-profile section", () => {
  it("names the rule that raised a target, with its condition and value, in English", () => {
    const en = report({ exposure: 0, partnerships: 2 }, "en");
    expect(en).toContain("A target rule raised the target of 1 indicator");
    expect(en).toContain(
      "- gov-roles (Roles \\*and\\* tasks): target 3 instead of 1, raised by target rule 1 of 2: Partners at least 2 (value 2).",
    );
    // Not a university and 0 + 2 < 3: the default tier low, whose target is 1.
    expect(en).toContain("the default tier, as no tier rule applies");
  });

  it("says so in Dutch, also for a rule on the institution type", () => {
    const nl = report({ exposure: 0, partnerships: 0 }, "nl", "college");
    expect(nl).toContain("Een doelregel verhoogde het doelniveau van 1 indicator");
    expect(nl).toContain("doelniveau 3 in plaats van 1, verhoogd door doelregel 2 van 2");
    expect(nl).toContain("type instelling Hogeschool (Hogeschool)");
  });

  it("lists nothing when no target rule raised a target", () => {
    const en = report({ exposure: 0, partnerships: 0 }, "en", "university");
    expect(en).not.toContain("target rule");
    expect(en).toContain("the default tier, as no tier rule applies");
  });

  it("explains the tier in the words of deriveRiskTier's explanation", () => {
    const assessment = uniformAssessmentDocument(model, {
      riskProfile: { exposure: 2, partnerships: 0 },
    });
    const parsed = parseAssessment(assessment, model);
    if (!parsed.ok) throw new Error("invalid assessment");
    const result = scoreAssessment(model, parsed.value);
    for (const lang of ["nl", "en"] as const) {
      const md = renderMarkdown(result, { model, lang });
      // The same sentence; the report sets the tier in bold.
      const plain = result.riskProfile.explanation[lang];
      const tier = lang === "nl" ? "Hoog" : "High";
      expect(md).toContain(plain.replace(` ${tier},`, ` **${tier}**,`));
    }
  });
});
