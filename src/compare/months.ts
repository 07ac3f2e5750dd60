import { differenceInMonths } from "date-fns/differenceInMonths";
import { parseISO } from "date-fns/parseISO";

/** A calendar date: year, month 0–11, day 1–31. */
interface CalendarDate {
  readonly y: number;
  readonly m: number;
  readonly d: number;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
/** Bit `m` is set when month `m` (0–11) has 31 days. */
const LONG_MONTHS = 0b1010_1101_0101;

function daysIn(y: number, m: number): number {
  if (m !== 1) return 30 + ((LONG_MONTHS >> m) & 1);
  return y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 29 : 28;
}

/** The date of a real `YYYY-MM-DD` string, else `undefined`. */
function calendarDate(iso: string): CalendarDate | undefined {
  if (!ISO_DATE.test(iso)) return undefined;
  const y = Number(iso.slice(0, 4));
  const m = Number(iso.slice(5, 7)) - 1;
  const d = Number(iso.slice(8, 10));
  return m >= 0 && m < 12 && d >= 1 && d <= daysIn(y, m) ? { y, m, d } : undefined;
}

/**
 * What date-fns' `differenceInMonths(later, earlier)` gives in UTC, by calendar arithmetic: the
 * calendar months between the dates, one fewer when the later day of the month is before the
 * earlier one. As in date-fns, 28 February and later count as early March (30 February), and the
 * last day of a month is a whole month after any later day of the month before.
 */
function wholeMonths(earlier: CalendarDate, later: CalendarDate): number {
  const months = (later.y - earlier.y) * 12 + later.m - earlier.m;
  if (months < 1) return 0;
  if ((later.m === 1 && later.d > 27) || later.d >= earlier.d) return months;
  return months === 1 && later.d === daysIn(later.y, later.m) ? months : months - 1;
}

/**
 * Whole months from one ISO date to another, negative when `to` is earlier. Counted from the
 * earlier date either way, so swapping the dates exactly negates the result (date-fns alone does
 * not at month ends: 29 Feb → 29 Mar 2024 is 1 month, 29 Mar → 29 Feb is 0). Real `YYYY-MM-DD`
 * dates are counted without date-fns (parsing dominated the cost of a comparison) and so do not
 * depend on the host time zone; anything else goes through date-fns' `parseISO` as before.
 */
export function monthsBetween(from: string, to: string): number {
  const a = calendarDate(from);
  const b = calendarDate(to);
  if (a === undefined || b === undefined) {
    return from <= to
      ? differenceInMonths(parseISO(to), parseISO(from))
      : -differenceInMonths(parseISO(from), parseISO(to));
  }
  return from <= to ? wholeMonths(a, b) : -wholeMonths(b, a);
}
