import type { Lang } from "../issues/messages.js";

/** Formats a number for a language: `2,33` in Dutch, `2.33` in English; `–` for null. */
export function formatNumber(value: number | null, lang: Lang, digits = 2): string {
  if (value === null) return "–";
  return value.toLocaleString(lang === "nl" ? "nl-NL" : "en-GB", {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  });
}

/** Formats a share in [0, 1] as a percentage: `62%`. */
export function formatPercent(value: number, lang: Lang): string {
  return `${formatNumber(value * 100, lang, 0)}%`;
}
