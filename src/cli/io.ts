import { cleanText } from "../util/cleanText.js";

/** Where the CLI writes: injected so tests can capture output. */
export interface Io {
  out(text: string): void;
  err(text: string): void;
}

/** What commands write to standard output: lines for people, and documents (reports, data). */
export interface Terminal {
  /** A summary or message line; control characters are removed whatever the caller forgot. */
  line(text: string): void;
  /** A rendered document, as it is (the renderers clean their text; JSON escapes it). */
  document(text: string): void;
}

/** The terminal of an `Io`: every line passes through `cleanText` on its way out. */
export function terminalOf(io: Io): Terminal {
  return { line: (text) => io.out(cleanText(text)), document: (text) => io.out(text) };
}
