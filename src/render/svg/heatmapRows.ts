import { KsmError } from "../../errors.js";
import type { Lang } from "../../issues/messages.js";
import type { Model } from "../../model/modelSchema.js";
import type { SectorGroup, SectorView, Suppression } from "../../sector/types.js";
import { describe } from "../../util/guards.js";
import { domainTitle } from "./modelText.js";
import { chartWords } from "./words.js";

/** One heatmap row: a domain with its counts per level, or why it has none. */
export interface HeatmapRow {
  readonly id: string;
  readonly title: string;
  /** Institutions for which the domain is applicable; `null` when suppressed. */
  readonly n: number | null;
  /** Count per level 0..max; `null` when suppressed. */
  readonly counts: readonly number[] | null;
  /** The suppression note, e.g. `"suppressed (n < 3)"`, or `null`. */
  readonly suppressed: string | null;
}

/**
 * Picks the group to show: the one named by `key`, else the first group that is not suppressed,
 * else the first group.
 *
 * @param view - The sector view.
 * @param key - A group key (`"all"` or an institution type), optional.
 * @returns The group.
 * @throws {KsmError} `invalid_argument` when `key` names no group of the view.
 * @example
 * ```ts
 * pickGroup(view, undefined).key; //=> "hogeschool"
 * ```
 */
export function pickGroup(view: SectorView, key: string | undefined): SectorGroup {
  // A grouped view of no results has no groups at all: show it as one empty, suppressed group.
  const empty: SectorGroup = {
    key: "all",
    n: 0,
    suppressed: "size",
    maturityIndex: null,
    targetAttainment: null,
    indicators: null,
    domains: null,
  };
  const group =
    key === undefined
      ? (view.groups.find((g) => g.suppressed === null) ?? view.groups[0] ?? empty)
      : view.groups.find((g) => g.key === key);
  if (!group) {
    throw new KsmError(
      "invalid_argument",
      `the sector view has no group ${describe(key)}; groups: ${view.groups.map((g) => g.key).join(", ")}`,
    );
  }
  return group;
}

/**
 * The note for a suppressed group or row.
 *
 * @param suppression - Why it is suppressed.
 * @param minGroupSize - The view's minimum group size.
 * @param lang - The language.
 * @returns The note, or `null` when not suppressed.
 * @example
 * ```ts
 * suppressionNote("size", 3, "en"); //=> "suppressed (n < 3)"
 * ```
 */
export function suppressionNote(
  suppression: Suppression,
  minGroupSize: number,
  lang: Lang,
): string | null {
  const words = chartWords(lang);
  if (suppression === "size") return words.suppressed(minGroupSize);
  if (suppression === "secondary") return words.suppressedSecondary(minGroupSize);
  return null;
}

/**
 * The rows of a group: one per domain of the model, in model order. A suppressed group has
 * every row suppressed with the group's note; otherwise a row is suppressed when the domain's
 * statistics are.
 *
 * @param view - The sector view (for `minGroupSize`).
 * @param group - The group to show.
 * @param model - The model, for titles.
 * @param lang - The language.
 * @returns The rows.
 * @example
 * ```ts
 * heatmapRows(view, group, kennisveiligheid2025, "en")[0];
 * //=> { id: "GOV", title: "Board and governance", n: 14, counts: [4, 7, 3, 0, 0, 0], suppressed: null }
 * ```
 */
export function heatmapRows(
  view: SectorView,
  group: SectorGroup,
  model: Model,
  lang: Lang,
): HeatmapRow[] {
  const groupNote = suppressionNote(group.suppressed, view.minGroupSize, lang);
  if (groupNote !== null || group.domains === null) {
    const note = groupNote ?? suppressionNote("size", view.minGroupSize, lang);
    return model.domains.map((d) => ({
      id: d.id,
      title: domainTitle(model, d.id, lang),
      n: null,
      counts: null,
      suppressed: note,
    }));
  }
  return group.domains.map((d) => {
    const note = suppressionNote(d.suppressed, view.minGroupSize, lang);
    const shown = note === null && d.levels !== null;
    return {
      id: d.id,
      title: domainTitle(model, d.id, lang),
      n: shown ? d.n : null,
      counts: shown ? d.levels : null,
      suppressed: shown ? null : (note ?? suppressionNote("size", view.minGroupSize, lang)),
    };
  });
}

/**
 * The name of a group: the institution type's label in the model, or "All institutions".
 *
 * @param key - The group key.
 * @param model - The model.
 * @param lang - The language.
 * @returns The label.
 * @example
 * ```ts
 * groupLabel("universiteit", kennisveiligheid2025, "en"); //=> "Research university"
 * ```
 */
export function groupLabel(key: string, model: Model, lang: Lang): string {
  const words = chartWords(lang);
  if (key === "all") return words.allInstitutions;
  const type = model.riskProfile.institutionTypes.find((t) => t.id === key);
  if (type) return type.label[lang];
  return key === "unknown" ? words.unknownType : key;
}
