// JSON.parse says where it failed only for some errors, and in words that change between Node
// versions (and quote the text, escape sequences included). This scanner finds the first offending
// character itself, with the grammar of RFC 8259; it runs only after JSON.parse has failed, and
// keeps an explicit stack, so deeply nested input cannot overflow it.

const WHITESPACE = new Set([" ", "\t", "\n", "\r"]);
const ESCAPES = new Set(['"', "\\", "/", "b", "f", "n", "r", "t"]);
const HEX = /^[0-9a-fA-F]$/;
const LITERALS = new Map([
  ["t", "true"],
  ["f", "false"],
  ["n", "null"],
]);

/** What may come next: a value, an object key, a colon, or a comma / closing bracket. */
type Expect = "value" | "valueOrClose" | "key" | "keyOrClose" | "colon" | "next";

/**
 * The offset of the first character that makes `text` invalid JSON (`text.length` when it ends
 * too early), or `undefined` when it is valid.
 */
export function jsonErrorOffset(text: string): number | undefined {
  const closers: string[] = [];
  let expect: Expect = "value";
  let i = 0;
  for (;;) {
    while (i < text.length && WHITESPACE.has(text[i] as string)) i++;
    if (i >= text.length) return expect === "next" && closers.length === 0 ? undefined : i;
    const c = text[i] as string;
    if ((expect === "valueOrClose" && c === "]") || (expect === "keyOrClose" && c === "}")) {
      closers.pop();
      i++;
      expect = "next";
    } else if (expect === "key" || expect === "keyOrClose") {
      if (c !== '"') return i;
      i = scanString(text, i);
      expect = "colon";
    } else if (expect === "value" || expect === "valueOrClose") {
      if (c === "{" || c === "[") {
        closers.push(c === "{" ? "}" : "]");
        i++;
        expect = c === "{" ? "keyOrClose" : "valueOrClose";
      } else {
        i = scanScalar(text, i);
        expect = "next";
      }
    } else if (expect === "colon") {
      if (c !== ":") return i;
      i++;
      expect = "value";
    } else {
      const closer = closers[closers.length - 1];
      if (c === closer) {
        closers.pop();
        i++;
      } else if (c === "," && closer !== undefined) {
        i++;
        expect = closer === "}" ? "key" : "value";
      } else return i;
    }
    if (i < 0) return -i - 1;
  }
}

// The scanners return the offset after what they read, or -(offset of the fault) - 1.

function scanScalar(text: string, i: number): number {
  const c = text[i] as string;
  if (c === '"') return scanString(text, i);
  if (c === "-" || (c >= "0" && c <= "9")) return scanNumber(text, i);
  const literal = LITERALS.get(c);
  if (literal === undefined) return -i - 1;
  for (let k = 0; k < literal.length; k++) {
    if (text[i + k] !== literal[k]) return -(i + k) - 1;
  }
  return i + literal.length;
}

function scanString(text: string, start: number): number {
  let i = start + 1;
  while (i < text.length) {
    const c = text[i] as string;
    if (c === '"') return i + 1;
    if (c < " ") return -i - 1;
    if (c === "\\") {
      const next = text[i + 1];
      if (next === "u") {
        for (let k = i + 2; k < i + 6; k++) if (!HEX.test(text[k] ?? "")) return -k - 1;
        i += 6;
        continue;
      }
      if (next === undefined || !ESCAPES.has(next)) return -(i + 1) - 1;
      i += 2;
      continue;
    }
    i++;
  }
  return -text.length - 1;
}

function scanNumber(text: string, start: number): number {
  let i = start;
  const digits = (): boolean => {
    const from = i;
    while (i < text.length && (text[i] as string) >= "0" && (text[i] as string) <= "9") i++;
    return i > from;
  };
  if (text[i] === "-") i++;
  if (text[i] === "0") i++;
  else if (!digits()) return -i - 1;
  if (text[i] === ".") {
    i++;
    if (!digits()) return -i - 1;
  }
  if (text[i] === "e" || text[i] === "E") {
    i++;
    if (text[i] === "+" || text[i] === "-") i++;
    if (!digits()) return -i - 1;
  }
  return i;
}
