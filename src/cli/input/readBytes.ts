import { closeSync, constants, fstatSync, openSync, readSync, type Stats, statSync } from "node:fs";
import { isatty } from "node:tty";
import { cliError } from "../cliError.js";

/** Bytes asked for per read: big enough to be fast, small enough not to overshoot the limit. */
const CHUNK = 1 << 20;

// O_NONBLOCK: opening a FIFO that no one writes to returns at once instead of waiting for a
// writer (fstat then refuses it); O_NOCTTY: opening a terminal never makes it ours. Neither
// exists on Windows, where neither problem does.
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0) | (constants.O_NOCTTY ?? 0);

/** What a file-system entry is when it is not a regular file, as a word code for messages. */
export function kindOf(stats: Stats): string {
  if (stats.isDirectory()) return "folder";
  if (stats.isFIFO()) return "fifo";
  if (stats.isSocket()) return "socket";
  if (stats.isCharacterDevice()) return "characterDevice";
  if (stats.isBlockDevice()) return "blockDevice";
  return "other";
}

/** The CLI error for a failed file-system call on an input. */
export function fsError(file: string, error: unknown) {
  const code = (error as NodeJS.ErrnoException | null)?.code ?? "error";
  return code === "ENOENT"
    ? cliError("not_found", { file })
    : cliError("unreadable", { file, reason: code });
}

/**
 * Reads a regular file, at most `limit` bytes of it. Anything else (a FIFO, a socket, a device,
 * a folder) is refused before a byte is read, so ksm never blocks on a pipe nor reads `/dev/zero`
 * until memory runs out.
 */
export function readFileBytes(file: string, limit: number): Uint8Array {
  let stats: Stats;
  try {
    stats = statSync(file);
  } catch (error) {
    throw fsError(file, error);
  }
  // Checked before opening: opening some devices has effects of its own.
  if (!stats.isFile()) throw cliError("not_a_file", { file, kind: kindOf(stats) });
  if (stats.size > limit) throw cliError("too_large", { file, limit });
  let fd: number;
  try {
    fd = openSync(file, OPEN_FLAGS);
  } catch (error) {
    throw fsError(file, error);
  }
  try {
    // The path may have been replaced between stat and open: what counts is what was opened.
    const opened = fstatSync(fd);
    if (!opened.isFile()) throw cliError("not_a_file", { file, kind: kindOf(opened) });
    const bytes = readUpTo(fd, file, limit);
    if (bytes === undefined) throw cliError("too_large", { file, limit });
    return bytes;
  } finally {
    closeSync(fd);
  }
}

/**
 * Reads standard input, at most `limit` bytes. A pipe, a socket or a redirected file is read; a
 * terminal or a device is refused (a terminal would wait for typing, `/dev/zero` never ends).
 */
export function readStdinBytes(limit: number): Uint8Array {
  const file = "-";
  let stats: Stats;
  try {
    stats = fstatSync(0);
  } catch (error) {
    throw fsError(file, error);
  }
  if (isatty(0)) throw cliError("not_a_file", { file, kind: "terminal" });
  if (stats.isCharacterDevice() || stats.isBlockDevice() || stats.isDirectory()) {
    throw cliError("not_a_file", { file, kind: kindOf(stats) });
  }
  if (stats.isFile() && stats.size > limit) throw cliError("too_large", { file, limit });
  const bytes = readUpTo(0, file, limit);
  if (bytes === undefined) throw cliError("too_large", { file, limit });
  return bytes;
}

/** Reads until the end, or `undefined` once more than `limit` bytes came (at most limit + 1). */
function readUpTo(fd: number, file: string, limit: number): Uint8Array | undefined {
  const chunks: Buffer[] = [];
  let total = 0;
  for (;;) {
    const buffer = Buffer.allocUnsafe(Math.min(CHUNK, limit + 1 - total));
    const n = readChunk(fd, file, buffer);
    if (n === 0) return Buffer.concat(chunks, total);
    chunks.push(buffer.subarray(0, n));
    total += n;
    if (total > limit) return undefined;
  }
}

const pause = new Int32Array(new SharedArrayBuffer(4));

/** One read; waits and retries while a non-blocking pipe has no data yet (EAGAIN). */
function readChunk(fd: number, file: string, buffer: Buffer): number {
  for (;;) {
    try {
      return readSync(fd, buffer, 0, buffer.length, null);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      // Windows reports the end of a pipe as an error.
      if (code === "EOF") return 0;
      if (code !== "EAGAIN") throw fsError(file, error);
      Atomics.wait(pause, 0, 0, 10);
    }
  }
}
