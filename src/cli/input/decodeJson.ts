import { cliError } from "../cliError.js";
import { jsonErrorOffset } from "./jsonError.js";

// fatal: a byte sequence that is not UTF-8 is an error, not a silent U+FFFD. A leading byte-order
// mark is removed (ignoreBOM false, the default): editors on Windows write one.
const utf8 = new TextDecoder("utf-8", { fatal: true });

/** Decodes an input's bytes as UTF-8 JSON; an empty, non-UTF-8 or malformed input is an error. */
export function decodeJson(file: string, bytes: Uint8Array): unknown {
  if (bytes.length === 0) throw cliError("empty", { file });
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    throw cliError("not_utf8", { file });
  }
  try {
    return JSON.parse(text);
  } catch {
    throw cliError("invalid_json", { file, ...where(text) });
  }
}

/** Line, column (1-based, in characters) and the character at the first fault in JSON text. */
function where(text: string): { line: number; column: number; found: string } {
  // JSON.parse failed, so the scanner finds a fault; the end of the text is a safe fallback.
  const offset = jsonErrorOffset(text) ?? text.length;
  const lineStart = text.lastIndexOf("\n", offset - 1) + 1;
  let line = 1;
  for (let i = text.indexOf("\n"); i !== -1 && i < offset; i = text.indexOf("\n", i + 1)) line++;
  const column = [...text.slice(lineStart, offset)].length + 1;
  const char = text.codePointAt(offset);
  return { line, column, found: char === undefined ? "end" : shown(char) };
}

/** A character as a message shows it: quoted, or as U+XXXX when it is invisible or a control. */
function shown(codePoint: number): string {
  const char = String.fromCodePoint(codePoint);
  return /^[\p{L}\p{N}\p{P}\p{S}]$/u.test(char)
    ? `"${char}"`
    : `U+${codePoint.toString(16).toUpperCase().padStart(4, "0")}`;
}
