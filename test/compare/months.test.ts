// Months between measurements are counted by calendar arithmetic; date-fns (differenceInMonths of
// parseISO dates, in UTC) is the oracle they must agree with, month ends and leap days included.
import { fc, test } from "@fast-check/vitest";
import { differenceInMonths, parseISO } from "date-fns";
import { describe, expect, it } from "vitest";
import { monthsBetween } from "../../src/compare/months.js";

/** What date-fns counts, from the earlier date either way, in UTC. */
function dateFns(from: string, to: string): number {
  const saved = process.env.TZ;
  process.env.TZ = "UTC";
  try {
    return from <= to
      ? differenceInMonths(parseISO(to), parseISO(from))
      : -differenceInMonths(parseISO(from), parseISO(to));
  } finally {
    if (saved === undefined) delete process.env.TZ;
    else process.env.TZ = saved;
  }
}

const dayArb = (min: string, max: string) =>
  fc
    .date({
      min: new Date(`${min}T00:00:00Z`),
      max: new Date(`${max}T00:00:00Z`),
      noInvalidDate: true,
    })
    .map((d) => d.toISOString().slice(0, 10));

/** Days near month ends, where date-fns has its special cases. */
const monthEndArb = fc
  .record({
    year: fc.integer({ min: 1999, max: 2026 }),
    month: fc.integer({ min: 1, max: 12 }),
    day: fc.integer({ min: 26, max: 31 }),
  })
  .map(({ year, month, day }) => `${year}-${String(month).padStart(2, "0")}-${day}`)
  .filter((iso) => new Date(`${iso}T00:00:00Z`).toISOString().startsWith(iso));

const anyDayArb = fc.oneof(dayArb("1999-01-01", "2027-12-31"), monthEndArb);

describe("monthsBetween", () => {
  test.prop([anyDayArb, anyDayArb], { numRuns: 2000 })(
    "agrees with date-fns for any two dates",
    (from, to) => {
      expect(Object.is(monthsBetween(from, to), dateFns(from, to))).toBe(true);
    },
  );

  it("agrees with date-fns at month ends, leap days and in the first centuries", () => {
    const days = [
      "0000-02-29",
      "0000-03-31",
      "0001-01-31",
      "0099-12-31",
      "0100-02-28",
      "0100-03-28",
      "1900-02-28",
      "1900-03-31",
      "2000-02-29",
      "2023-01-31",
      "2023-02-28",
      "2024-01-31",
      "2024-02-28",
      "2024-02-29",
      "2024-03-29",
      "2024-03-31",
      "2024-04-30",
      "2024-12-31",
      "9999-12-31",
    ];
    for (const from of days) {
      for (const to of days)
        expect(monthsBetween(from, to), `${from} → ${to}`).toBe(dateFns(from, to));
    }
  });

  it("counts a month from the end of one month to the end of the next", () => {
    expect(monthsBetween("2024-01-31", "2024-02-29")).toBe(1);
    expect(monthsBetween("2023-01-31", "2023-02-28")).toBe(1);
    expect(monthsBetween("2024-02-29", "2024-03-29")).toBe(1);
    expect(monthsBetween("2024-03-29", "2024-02-29")).toBe(-1);
    expect(monthsBetween("2024-01-15", "2024-02-14")).toBe(0);
  });

  it("leaves dates that are not real YYYY-MM-DD dates to date-fns", () => {
    // A result scored with an explicit asOf keeps whatever measuredOn its assessment had.
    for (const [from, to] of [
      ["2025-04", "2025-06-01"],
      ["2025-02-30", "2025-06-01"],
      ["2025-13-01", "2025-06-01"],
      ["2025-06-01", "20250101"],
    ] as const) {
      expect(Object.is(monthsBetween(from, to), dateFns(from, to)), `${from} → ${to}`).toBe(true);
    }
    expect(monthsBetween("2025-04", "2025-06-01")).toBe(2);
    expect(monthsBetween("2025-06-01", "2025-04")).toBe(-2);
    expect(monthsBetween("2025-02-30", "2025-06-01")).toBeNaN();
  });

  it("tells real dates from impossible ones by the leap-year and month-length rules", () => {
    // Impossible dates go to date-fns, which gives NaN; real ones are counted, both ways round.
    const impossible = [
      "2023-02-29",
      "1900-02-29",
      "2100-02-29",
      "2025-04-31",
      "2025-06-31",
      "2025-00-10",
      "2025-01-00",
      "2025-01-32",
    ];
    for (const day of impossible) {
      expect(monthsBetween(day, "2026-01-01"), day).toBeNaN();
      expect(monthsBetween("2026-01-01", day), day).toBeNaN();
    }
    const real = [
      "1600-02-29",
      "2000-02-29",
      "2024-02-29",
      "2025-01-31",
      "2025-03-31",
      "2025-12-31",
    ];
    for (const day of real) {
      expect(monthsBetween(day, "2030-01-01"), day).toBe(dateFns(day, "2030-01-01"));
      expect(monthsBetween("2030-01-01", day), day).toBe(dateFns("2030-01-01", day));
    }
    // Day 27 of February is not yet the end of it; day 28 is (as date-fns counts).
    expect(monthsBetween("2025-01-28", "2025-02-27")).toBe(0);
    expect(monthsBetween("2025-01-29", "2025-02-28")).toBe(1);
    expect(monthsBetween("2025-01-28", "2025-02-27")).toBe(dateFns("2025-01-28", "2025-02-27"));
  });
});
