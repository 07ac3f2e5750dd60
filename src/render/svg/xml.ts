import { cleanText } from "../../util/cleanText.js";

/** Attribute values of an element; `undefined` leaves the attribute out. Numbers are rounded. */
export type Attrs = Readonly<Record<string, string | number | undefined>>;

/**
 * What XML 1.0 cannot carry: C0 controls but tab, LF and CR; lone surrogates (the `u` flag reads
 * them as code points of their own); U+FFFE and U+FFFF.
 */
const NOT_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/**
 * Escapes text for XML content and attribute values, and drops characters XML cannot carry, C1
 * controls and explicit bidirectional controls (`cleanText`: an unclosed U+202E would reverse the
 * text after it).
 *
 * @param text - Any text, e.g. a title from a model.
 * @returns Text that is safe between tags and inside double or single quotes.
 * @example
 * ```ts
 * escapeXml(`R&D <"EU">`); //=> "R&amp;D &lt;&quot;EU&quot;&gt;"
 * ```
 */
export function escapeXml(text: string): string {
  return cleanText(text)
    .replace(NOT_XML, "")
    .replaceAll("&", "&amp;")
    .replaceAll("<", "&lt;")
    .replaceAll(">", "&gt;")
    .replaceAll('"', "&quot;")
    .replaceAll("'", "&apos;");
}

/**
 * Formats a coordinate: rounded to two decimals, no trailing zeros, never `-0`, so the same
 * chart always serialises to the same string.
 *
 * @param value - A coordinate or length.
 * @returns The number as SVG expects it.
 * @example
 * ```ts
 * num(12.3456); //=> "12.35"
 * ```
 */
export function num(value: number): string {
  const rounded = Math.round(value * 100) / 100;
  return String(Object.is(rounded, -0) ? 0 : rounded);
}

/**
 * Serialises an element. Attribute values are escaped; children are already serialised markup
 * (use {@link escapeXml} for text), one per line.
 *
 * @param name - The tag name.
 * @param attrs - The attributes, in output order.
 * @param children - Serialised child elements or escaped text.
 * @returns The element's markup.
 * @example
 * ```ts
 * el("circle", { cx: 1.256, r: 2, fill: undefined }); //=> '<circle cx="1.26" r="2"/>'
 * ```
 */
export function el(name: string, attrs: Attrs, ...children: readonly string[]): string {
  let open = name;
  for (const [key, value] of Object.entries(attrs)) {
    if (value === undefined) continue;
    open += ` ${key}="${typeof value === "number" ? num(value) : escapeXml(value)}"`;
  }
  if (children.length === 0) return `<${open}/>`;
  if (children.length === 1 && !children[0]?.startsWith("<")) {
    return `<${open}>${children[0]}</${name}>`;
  }
  return `<${open}>\n${children.join("\n")}\n</${name}>`;
}

/**
 * Serialises points for `points` of a polygon or polyline.
 *
 * @param pts - `[x, y]` pairs.
 * @returns `"x1,y1 x2,y2 …"` with rounded coordinates.
 * @example
 * ```ts
 * points([[0, -10], [8.66, 5]]); //=> "0,-10 8.66,5"
 * ```
 */
export function points(pts: readonly (readonly [number, number])[]): string {
  return pts.map(([x, y]) => `${num(x)},${num(y)}`).join(" ");
}

/**
 * A short, stable id prefix derived from a chart's text (FNV-1a), so that several charts inlined
 * in one HTML page do not share ids, while the same chart always gets the same ids.
 *
 * @param kind - What the chart is, e.g. `"radar"`.
 * @param text - Text that tells this chart from others (its title and description).
 * @returns An id prefix such as `"ksm-radar-1x9k2a"`.
 * @example
 * ```ts
 * idPrefix("radar", "Universiteit Duinhaven"); //=> "ksm-radar-…" (the same every time)
 * ```
 */
export function idPrefix(kind: string, text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return `ksm-${kind}-${hash.toString(36)}`;
}
