import { format } from "date-fns/format";
import { isValid } from "date-fns/isValid";
import { enGB } from "date-fns/locale/en-GB";
import { nl } from "date-fns/locale/nl";
import { parseISO } from "date-fns/parseISO";
import type { Lang } from "../issues/messages.js";

const numberLocale = (lang: Lang): string => (lang === "nl" ? "nl-NL" : "en-GB");

// Making a number format costs about as much as formatting a hundred numbers, and a report of a
// large model has tens of thousands of them: each format is made once, on first use. The formats
// are immutable and the same for everyone, so keeping them changes no output.
const formats = new Map<string, Intl.NumberFormat>();

function numberFormat(lang: Lang, digits: number, signed: boolean): Intl.NumberFormat {
  const key = `${lang}:${digits}:${signed}`;
  let made = formats.get(key);
  if (made === undefined) {
    made = new Intl.NumberFormat(numberLocale(lang), {
      minimumFractionDigits: digits,
      maximumFractionDigits: digits,
      ...(signed ? { signDisplay: "exceptZero" as const } : {}),
    });
    // Only the few digit counts the renderers use are kept, so the map stays tiny.
    if (formats.size < 16) formats.set(key, made);
  }
  return made;
}

/** Values that round to zero print as zero, never as `-0,00`. */
const unsignedZero = (value: number, digits: number): number =>
  Math.abs(value) < 0.5 * 10 ** -digits ? 0 : value;

/**
 * Formats a number for a language: decimal comma in Dutch, decimal point in English.
 *
 * @param value - The number, or `null` for "no value".
 * @param lang - The language.
 * @param digits - Decimals to show; default 2.
 * @returns The formatted number, or `–` for `null`.
 * @example
 * ```ts
 * formatNumber(2.333, "nl"); //=> "2,33"
 * ```
 */
export function formatNumber(value: number | null, lang: Lang, digits = 2): string {
  if (value === null) return "–";
  return numberFormat(lang, digits, false).format(unsignedZero(value, digits));
}

/**
 * Formats a change with its sign: `+0,35`, `-0,67`, and `0,00` for no change.
 *
 * @param value - The change, or `null` for "no value".
 * @param lang - The language.
 * @param digits - Decimals to show; default 2.
 * @returns The signed number, or `–` for `null`.
 * @example
 * ```ts
 * formatSigned(0.35, "nl"); //=> "+0,35"
 * ```
 */
export function formatSigned(value: number | null, lang: Lang, digits = 2): string {
  if (value === null) return "–";
  return numberFormat(lang, digits, true).format(unsignedZero(value, digits));
}

/**
 * Formats a share in [0, 1] as a whole percentage.
 *
 * @param value - The share, or `null` for "no value".
 * @param lang - The language.
 * @returns The percentage, or `–` for `null`.
 * @example
 * ```ts
 * formatPercent(0.615, "nl"); //=> "62%"
 * ```
 */
export function formatPercent(value: number | null, lang: Lang): string {
  if (value === null) return "–";
  return `${formatNumber(value * 100, lang, 0)}%`;
}

/**
 * Formats an ISO date (`YYYY-MM-DD`) in long form with the date-fns locale of the language. The
 * date is read as a calendar date, so the output does not depend on the time zone.
 *
 * @param iso - The ISO date.
 * @param lang - The language.
 * @returns The long date; the input unchanged when it is not a valid date.
 * @example
 * ```ts
 * formatDate("2025-04-11", "nl"); //=> "11 april 2025"
 * ```
 */
export function formatDate(iso: string, lang: Lang): string {
  const date = parseISO(iso);
  if (!isValid(date)) return iso;
  return format(date, "PPP", { locale: lang === "nl" ? nl : enGB });
}
