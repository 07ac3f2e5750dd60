import type { Box } from "./labels.js";
import { chartText, MAX_CHART_TEXT } from "./modelText.js";
import { wrapText } from "./textWidth.js";
import { el, escapeXml, idPrefix, num } from "./xml.js";

/** The fonts the charts ask for; none is loaded from anywhere, the viewer's own fonts are used. */
export const FONT_FAMILY = "Arial, Helvetica, Liberation Sans, DejaVu Sans, sans-serif";
/** Margin around the drawing, in px. */
export const MARGIN = 16;

/** A chart's `<title>` is its short name: its parts are cut to {@link MAX_CHART_TEXT} already. */
const MAX_TITLE = 2 * MAX_CHART_TEXT;
const TITLE_FONT = 16;
const SUBTITLE_FONT = 12;

/** A chart's heading: a bold title and a smaller subtitle, each wrapped to the chart's width. */
export interface Heading {
  readonly title: string;
  readonly subtitle: string;
}

/**
 * Lays out a heading at the top-left of a box of at least `minWidth`.
 *
 * @param heading - Title and subtitle.
 * @param x - Left edge of the text.
 * @param y - Top of the heading.
 * @param maxWidth - The width to wrap at.
 * @returns The markup and the heading's height.
 * @example
 * ```ts
 * headingMarkup({ title: "Radar", subtitle: "2025" }, 16, 16, 600).height; //=> 45.6
 * ```
 */
export function headingMarkup(
  heading: Heading,
  x: number,
  y: number,
  maxWidth: number,
): { markup: string; height: number } {
  const title = wrapText(heading.title, {
    fontSize: TITLE_FONT,
    maxWidth,
    maxLines: 3,
    bold: true,
  });
  const subtitle = wrapText(heading.subtitle, {
    fontSize: SUBTITLE_FONT,
    maxWidth,
    maxLines: 3,
  });
  const lines: string[] = [];
  let baseline = y;
  for (const line of title) {
    baseline += TITLE_FONT * 1.25;
    lines.push(
      el(
        "text",
        { x, y: baseline, "font-size": TITLE_FONT, "font-weight": "bold" },
        escapeXml(line),
      ),
    );
  }
  baseline += 4;
  for (const line of subtitle) {
    baseline += SUBTITLE_FONT * 1.3;
    lines.push(
      el("text", { x, y: baseline, "font-size": SUBTITLE_FONT, fill: "#444" }, escapeXml(line)),
    );
  }
  return { markup: el("g", { class: "heading" }, ...lines), height: baseline - y + 6 };
}

/**
 * The id prefix of a chart: stable for the same chart, different for charts with another title or
 * description, so several charts can be inlined in one page.
 *
 * @param kind - What kind of chart, e.g. `"radar"`.
 * @param title - The chart's title.
 * @param desc - The chart's text alternative.
 * @returns The prefix, e.g. `"ksm-radar-1x9k2a"`.
 * @example
 * ```ts
 * chartPrefix("radar", "T", "D") === chartPrefix("radar", "T", "D"); //=> true
 * ```
 */
export function chartPrefix(kind: string, title: string, desc: string): string {
  return idPrefix(kind, `${title}\n${desc}`);
}

/** What a chart document is made of. */
export interface SvgDocument {
  /** What kind of chart, for the class, e.g. `"radar"`. */
  readonly kind: string;
  /** From {@link chartPrefix}; every id in the chart starts with it. */
  readonly prefix: string;
  readonly title: string;
  /** The text alternative. */
  readonly desc: string;
  /** The area the body draws in, in body coordinates. */
  readonly viewBox: Box;
  /** Definitions such as patterns. */
  readonly defs?: readonly string[];
  readonly body: readonly string[];
}

/**
 * Serialises a standalone, accessible SVG document: `role="img"`, a `<title>` and `<desc>` the
 * root is labelled by, a `viewBox` with matching `width` and `height`, a white background, and no
 * external references.
 *
 * @param doc - Kind, id prefix, title, description, view box, definitions and body.
 * @returns The SVG markup.
 * @example
 * ```ts
 * svgDocument({ kind: "radar", prefix: "ksm-radar-1", title: "T", desc: "D", viewBox, body: [] });
 * //=> '<svg xmlns="http://www.w3.org/2000/svg" viewBox="…" …>…</svg>'
 * ```
 */
export function svgDocument(doc: SvgDocument): string {
  const { prefix } = doc;
  const { x, y, width, height } = doc.viewBox;
  const defs = doc.defs ?? [];
  return `${el(
    "svg",
    {
      xmlns: "http://www.w3.org/2000/svg",
      viewBox: `${num(x)} ${num(y)} ${num(width)} ${num(height)}`,
      width: num(width),
      height: num(height),
      role: "img",
      "aria-labelledby": `${prefix}-title ${prefix}-desc`,
      class: `ksm-${doc.kind}`,
      "font-family": FONT_FAMILY,
      "font-size": 12,
      fill: "#111",
    },
    el("title", { id: `${prefix}-title` }, escapeXml(chartText(doc.title, MAX_TITLE))),
    el("desc", { id: `${prefix}-desc` }, escapeXml(doc.desc)),
    ...(defs.length > 0 ? [el("defs", {}, ...defs)] : []),
    el("rect", { x, y, width, height, fill: "#ffffff" }),
    ...doc.body,
  )}\n`;
}
