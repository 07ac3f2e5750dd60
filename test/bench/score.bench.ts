// npm run bench: scoreAssessment and parseAssessment + scoreAssessment against the plain reference
// scorer, in the same run. Goals (issue 4): within 3× and 6× of the reference.
import { bench, describe } from "vitest";
import { type Assessment, parseAssessment, scoreAssessment } from "../../src/index.js";
import { kennisveiligheid2025 as model } from "../../src/models.js";
import { fullAssessmentDocument } from "./fullAnswers.js";
import { referenceScore } from "./reference.js";

const doc = fullAssessmentDocument();
const parsed = parseAssessment(doc, model);
if (!parsed.ok) throw new Error("the benchmark assessment is invalid");
const assessment: Assessment = parsed.value;

// Sanity: both scorers agree, so the comparison is fair.
const ours = scoreAssessment(model, assessment).overall.maturityIndex;
const theirs = referenceScore(model, assessment).maturityIndex;
if (Math.abs(ours - theirs) > 1e-9) throw new Error(`scorers disagree: ${ours} vs ${theirs}`);

describe("score the 2025 model, full answer set", () => {
  bench("reference scorer (plain loops)", () => {
    referenceScore(model, assessment);
  });
  bench("scoreAssessment", () => {
    scoreAssessment(model, assessment);
  });
});

describe("parse + score the 2025 model, full answer set", () => {
  bench("reference scorer (plain loops)", () => {
    referenceScore(model, assessment);
  });
  bench("parseAssessment + scoreAssessment", () => {
    const p = parseAssessment(doc, model);
    if (p.ok) scoreAssessment(model, p.value);
  });
});
