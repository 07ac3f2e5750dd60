import { cleanText } from "../util/cleanText.js";

/**
 * Text from data (a name, a title, an id, a file name) made safe for one terminal line: control
 * and bidirectional characters removed by `cleanText`, and line breaks and tabs turned into
 * spaces, so a name cannot forge a line of its own (`…\n✔ valid`).
 */
export function oneLine(text: string): string {
  return cleanText(text).replace(/[\t\n\u2028\u2029]+/g, " ");
}
