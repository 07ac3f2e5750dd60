import type { Comparison } from "../../compare/types.js";
import type { Lang } from "../../issues/messages.js";
import type { Result } from "../../scoring/result.js";
import { formatDate } from "../format.js";
import { chartWords } from "./words.js";

/** The series a radar can show. */
export type SeriesKey = "baseline" | "current" | "target";

/** One series: a value per domain, `null` where the domain has none. */
export interface Series {
  readonly key: SeriesKey;
  /** The legend text, e.g. `"Baseline (14 April 2023)"`. */
  readonly label: string;
  readonly values: readonly (number | null)[];
}

/** The marker shape of a series. */
export type Marker = "circle" | "square" | "diamond";

/** How a series is drawn; dash pattern and marker tell the series apart in grey-scale print. */
export interface SeriesStyle {
  readonly stroke: string;
  readonly strokeWidth: number;
  readonly dash?: string;
  /** Area fill (only when the outline is closed). */
  readonly fill?: string;
  readonly marker: Marker;
  /** Marker fill: the stroke colour, or white for an open marker. */
  readonly markerFill: string;
}

/** The look of each series. */
export const SERIES_STYLE: Readonly<Record<SeriesKey, SeriesStyle>> = {
  target: {
    stroke: "#222222",
    strokeWidth: 1.75,
    dash: "7 4",
    marker: "diamond",
    markerFill: "#ffffff",
  },
  baseline: {
    stroke: "#b85c00",
    strokeWidth: 2,
    dash: "1.5 4",
    marker: "square",
    markerFill: "#b85c00",
  },
  current: {
    stroke: "#1f4e79",
    strokeWidth: 2.5,
    fill: "#1f4e79",
    marker: "circle",
    markerFill: "#1f4e79",
  },
};

/** What a radar shows. */
export interface RadarData {
  readonly domains: readonly string[];
  /** Per domain, why it has no value (e.g. `"new"`), or `null` when it has one. */
  readonly notes: readonly (string | null)[];
  readonly series: readonly Series[];
}

/**
 * The domain ids, notes and series of a result or comparison, in legend order: for a result current and
 * target; for a comparison baseline, current and target (the current targets). A comparison's
 * domain figures cover the indicators comparable across both measurements, so a domain that is
 * new in the current model has no value in any series; its note says why.
 *
 * @param input - A result or comparison.
 * @param lang - The language of the legend labels.
 * @returns Domain ids, notes and the series.
 * @example
 * ```ts
 * radarSeries(result, "en").series.map((s) => s.key); //=> ["current", "target"]
 * ```
 */
export function radarSeries(input: Result | Comparison, lang: Lang): RadarData {
  const words = chartWords(lang);
  const domains = input.domains.map((d) => d.id);
  if (input.kind === "result") {
    return {
      domains,
      notes: input.domains.map((d) => (d.score === null ? words.notApplicable : null)),
      series: [
        {
          key: "current",
          label: `${words.current} (${formatDate(input.measuredOn, lang)})`,
          values: input.domains.map((d) => d.score),
        },
        { key: "target", label: words.target, values: input.domains.map((d) => d.target) },
      ],
    };
  }
  return {
    domains,
    notes: input.domains.map((d) =>
      d.status === "new" ? words.newDomain : d.current === null ? words.noValue : null,
    ),
    series: [
      {
        key: "baseline",
        label: `${words.baseline} (${formatDate(input.baseline.measuredOn, lang)})`,
        values: input.domains.map((d) => d.baseline?.score ?? null),
      },
      {
        key: "current",
        label: `${words.current} (${formatDate(input.current.measuredOn, lang)})`,
        values: input.domains.map((d) => d.current?.score ?? null),
      },
      {
        key: "target",
        label: words.target,
        values: input.domains.map((d) => d.current?.target ?? null),
      },
    ],
  };
}
