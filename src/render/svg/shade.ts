/** A cell's fill and the text colour that contrasts with it. */
export interface Shade {
  readonly fill: string;
  readonly text: string;
}

const hex = (v: number): string => v.toString(16).padStart(2, "0");

/**
 * The grey of a heatmap cell for a share in [0, 1]: white for nobody, then from light grey to
 * near black as the share grows, so the order survives grey-scale print. Text turns white where
 * white contrasts more than black (below about 46% grey).
 *
 * @param share - The share of the row's institutions in the cell.
 * @returns Fill and text colour.
 * @example
 * ```ts
 * shade(1); //=> { fill: "#232323", text: "#ffffff" }
 * ```
 */
export function shade(share: number): Shade {
  if (!(share > 0)) return { fill: "#ffffff", text: "#767676" };
  const v = Math.round(235 - Math.min(1, share) * 200);
  return { fill: `#${hex(v).repeat(3)}`, text: v < 118 ? "#ffffff" : "#111111" };
}

/**
 * The hatch pattern that marks suppressed cells.
 *
 * @param id - The pattern's id.
 * @returns The `<pattern>` markup, for `<defs>`.
 * @example
 * ```ts
 * hatchPattern("ksm-heatmap-1-hatch"); //=> '<pattern id="ksm-heatmap-1-hatch" …>…</pattern>'
 * ```
 */
export function hatchPattern(id: string): string {
  return [
    `<pattern id="${id}" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">`,
    `<rect width="6" height="6" fill="#ffffff"/>`,
    `<line x1="0" y1="0" x2="0" y2="6" stroke="#a0a0a0" stroke-width="2"/>`,
    "</pattern>",
  ].join("\n");
}
