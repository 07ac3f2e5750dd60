import { cleanText } from "../../util/cleanText.js";

/** Characters with a meaning in (GitHub-flavoured) Markdown inline text and tables. */
const SPECIAL = /[\\`*_[\]<>|~&#]/g;
/** Text with nothing to escape: no line break, special character, control or bidi control. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
const PLAIN = /^[^\\`*_[\]<>|~&#\u0000-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]*$/;

/**
 * Escapes text from data (names, titles, ids, messages) for Markdown: line breaks become spaces
 * (a line break would end a table row or list item), control characters and explicit
 * bidirectional controls are removed (`cleanText`: an unclosed U+202E would reverse the rest of a
 * heading), and every character that could start emphasis, a link, HTML, an entity, a heading or
 * a table cell is backslash-escaped.
 *
 * @param text - Plain text.
 * @returns Markdown that renders as the same text.
 * @example
 * ```ts
 * escapeMarkdown("R&D | *core*"); //=> "R\\&D \\| \\*core\\*"
 * ```
 */
export function escapeMarkdown(text: string): string {
  // Most text (ids, titles) needs no escaping: one test instead of four passes.
  if (PLAIN.test(text)) return text.trim();
  return cleanText(text.replace(/\s*[\r\n]+\s*/g, " "))
    .replace(SPECIAL, (c) => `\\${c}`)
    .trim();
}
