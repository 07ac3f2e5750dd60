// asOf is a calendar date that must not depend on the machine's time zone.
import { afterEach, describe, expect, it } from "vitest";
import { type Model, parseAssessment, parseModel, scoreAssessment } from "../../src/index.js";
import { uniformAssessmentDocument } from "../fixtures/arbitraries.js";
import { miniModel } from "../fixtures/miniModel.js";
import { thrown } from "../fixtures/thrown.js";

const parsed = parseModel(miniModel());
if (!parsed.ok) throw new Error("fixture model is invalid");
const model: Model = parsed.value;
const assessment = parseAssessment(
  uniformAssessmentDocument(model, { code: "L", level: 2 }),
  model,
);
if (!assessment.ok) throw new Error("fixture assessment is invalid");

const original = process.env.TZ;
afterEach(() => {
  process.env.TZ = original;
});

describe("asOf in any time zone", () => {
  it.each(["UTC", "Asia/Tokyo", "America/New_York", "Pacific/Kiritimati"])("%s", (zone) => {
    process.env.TZ = zone;
    const asOf = (value: string | Date) =>
      scoreAssessment(model, assessment.value, { asOf: value }).asOf;
    expect(asOf("2025-03-01")).toBe("2025-03-01");
    expect(asOf("2025-03-01T23:30:00Z")).toBe("2025-03-01");
    expect(asOf(new Date("2025-03-01"))).toBe("2025-03-01");
    expect(asOf(new Date(Date.UTC(2025, 2, 1, 23, 30)))).toBe("2025-03-01");
  });
});

describe("asOf from 0001-01-01 on", () => {
  const asOf = (value: string | Date) =>
    scoreAssessment(model, assessment.value, { asOf: value }).asOf;

  it("accepts the first day of year 1, as a string and as a Date", () => {
    expect(asOf("0001-01-01")).toBe("0001-01-01");
    expect(asOf(new Date("0001-01-01T00:00:00Z"))).toBe("0001-01-01");
  });

  it.each(["0000-12-31", new Date("0000-12-31T00:00:00Z")])(
    "refuses the last day of year 0 (%s) as invalid_argument",
    (value) => {
      expect(thrown(() => asOf(value)).code).toBe("invalid_argument");
    },
  );
});
