/**
 * Characters that must not reach a terminal, a Markdown report or an issue message from data:
 * C0 controls but tab and line feed (ESC starts terminal escape sequences, CR overwrites a line),
 * DEL, C1 controls (U+0080–U+009F, e.g. CSI), and the explicit bidirectional embedding, override
 * and isolate controls (U+202A–U+202E, U+2066–U+2069): an unclosed U+202E reverses every
 * character after it. The implicit marks U+200E and U+200F stay: they cannot leak past a line.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point
const UNSAFE = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g;

/**
 * Removes control characters and explicit bidirectional controls from text that comes from data
 * (a title, an institution name, an id, a file name), so printing it cannot move the cursor, clear
 * the screen, reset the terminal or reverse the text after it. Tabs and line feeds stay; callers
 * that need one line replace those themselves.
 *
 * @param text - Any text.
 * @returns The text without the unsafe characters.
 * @example
 * ```ts
 * cleanText("Uni\u001b[2J \u202Eevil"); //=> "Uni[2J evil"
 * ```
 */
export function cleanText(text: string): string {
  return text.replace(UNSAFE, "");
}
