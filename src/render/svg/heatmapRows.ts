import { KsmError } from "../../errors.js";
import type { Lang } from "../../issues/messages.js";
import type { Model } from "../../model/modelSchema.js";
import type { SectorGroup, SectorView, WithheldReason } from "../../sector/types.js";
import { describe } from "../../util/guards.js";
import { domainTitle, levelLabel } from "./modelText.js";
import { chartWords } from "./words.js";

/** One cell of a heatmap row: a level, its label and how many institutions are at it. */
export interface HeatmapCell {
  readonly level: number;
  readonly label: string;
  readonly count: number;
}

/**
 * One heatmap row: a domain with its n and a cell per level 0..max, or, when suppressed or its
 * level distribution is withheld, the note that says why (e.g. `"suppressed (n < 3)"`) and neither.
 */
export type HeatmapRow = { readonly id: string; readonly title: string } & (
  | { readonly n: number; readonly cells: readonly HeatmapCell[]; readonly suppressed: null }
  | { readonly n: null; readonly cells: null; readonly suppressed: string }
);

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
    n: null,
    suppressed: "size",
    nothingApplicable: null,
    maturityIndex: null,
    targetAttainment: null,
    indicators: null,
    domains: null,
    withheld: {},
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
  suppression: WithheldReason | null | undefined,
  minGroupSize: number,
  lang: Lang,
): string | null {
  const words = chartWords(lang);
  if (suppression === "size") return words.suppressed(minGroupSize);
  if (suppression === "secondary") return words.suppressedSecondary(minGroupSize);
  if (suppression === "group") return words.withheldGroup;
  return null;
}

/** The note for a shown row whose level distribution is withheld. */
function withheldNote(reason: WithheldReason | undefined, lang: Lang): string | null {
  const words = chartWords(lang);
  if (reason === "group") return words.withheldGroup;
  if (reason === "secondary") return words.withheldSecondary;
  return null;
}

/**
 * The rows of a group: one per domain of the model, in model order. A suppressed group has
 * every row suppressed with the group's note; otherwise a row is suppressed when the domain's
 * statistics are, and its note says why (too few, secondary, or all but one at one level).
 *
 * @param view - The sector view (for `minGroupSize`).
 * @param group - The group to show.
 * @param model - The model, for titles.
 * @param lang - The language.
 * @returns The rows.
 * @example
 * ```ts
 * heatmapRows(view, group, kennisveiligheid2025, "en")[0];
 * //=> { id: "GOV", title: "Board and governance", n: 14, cells: [{ level: 0, label: "Absent", count: 4 }, …], suppressed: null }
 * ```
 */
export function heatmapRows(
  view: SectorView,
  group: SectorGroup,
  model: Model,
  lang: Lang,
): HeatmapRow[] {
  // Statistics that are missing although nothing says why read as too few institutions.
  const sizeNote = chartWords(lang).suppressed(view.minGroupSize);
  const groupNote = suppressionNote(group.suppressed, view.minGroupSize, lang);
  if (groupNote !== null || group.domains === null) {
    const note = groupNote ?? sizeNote;
    return model.domains.map((d) => ({
      id: d.id,
      title: domainTitle(model, d.id, lang),
      n: null,
      cells: null,
      suppressed: note,
    }));
  }
  return group.domains.map((d): HeatmapRow => {
    const title = domainTitle(model, d.id, lang);
    const note =
      suppressionNote(d.suppressed, view.minGroupSize, lang) ??
      withheldNote(d.withheld?.levels, lang);
    if (note !== null || d.levels === null || d.n === null) {
      return { id: d.id, title, n: null, cells: null, suppressed: note ?? sizeNote };
    }
    const cells = d.levels.map((count, level) => ({
      level,
      label: levelLabel(model, level, lang),
      count,
    }));
    return { id: d.id, title, n: d.n, cells, suppressed: null };
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
