import { readdirSync, type Stats, statSync } from "node:fs";
import { join } from "node:path";
import { CliError, cliError } from "../cliError.js";
import { decodeJson } from "./decodeJson.js";
import { fsError, readFileBytes, readStdinBytes } from "./readBytes.js";

/** The default size limit of one input (a file, a folder's files together, or stdin): 32 MiB. */
export const DEFAULT_MAX_BYTES = 32 * 1024 * 1024;
/** The highest limit `--max-bytes` accepts: 256 MiB stays well within V8's longest string. */
export const MAX_MAX_BYTES = 256 * 1024 * 1024;

/** One JSON document read from the command line; `name` is its path, or `-` for stdin. */
export interface Document {
  readonly name: string;
  readonly doc: unknown;
}

/** Reads a JSON file (e.g. a bundled model) under a size limit. */
export function readJsonFile(file: string, limit = DEFAULT_MAX_BYTES): unknown {
  return decodeJson(file, readFileBytes(file, limit));
}

/**
 * Reads what command-line arguments name, the same way for every command: a regular file, a
 * folder (its `*.json` files, sorted by name, one level deep, names starting with `.` skipped),
 * or `-` for standard input (once per run). Each argument is one input under the size limit —
 * a folder's files count together. Anything else is an error that names the file.
 */
export class InputReader {
  private stdinRead = false;

  constructor(readonly maxBytes: number = DEFAULT_MAX_BYTES) {}

  /** The documents one argument names, in order. */
  documents(arg: string): Document[] {
    if (arg === "-") return [{ name: arg, doc: decodeJson(arg, this.stdin()) }];
    let stats: Stats;
    try {
      stats = statSync(arg);
    } catch (error) {
      throw fsError(arg, error);
    }
    if (!stats.isDirectory()) return [{ name: arg, doc: readJsonFile(arg, this.maxBytes) }];
    return this.folder(arg);
  }

  /** The documents of several arguments, in order. */
  all(args: readonly string[]): Document[] {
    return args.flatMap((arg) => this.documents(arg));
  }

  /** The one document an argument must name (e.g. `ksm compare`'s baseline); else wrong usage. */
  one(arg: string, command: string, expected: string): Document {
    const docs = this.documents(arg);
    const [first] = docs;
    if (docs.length !== 1 || !first) throw cliError("wrong_arguments", { command, expected });
    return first;
  }

  private stdin(): Uint8Array {
    if (this.stdinRead) throw cliError("stdin_twice");
    this.stdinRead = true;
    return readStdinBytes(this.maxBytes);
  }

  private folder(dir: string): Document[] {
    let names: string[];
    try {
      names = readdirSync(dir);
    } catch (error) {
      throw fsError(dir, error);
    }
    // Dot files are skipped: editors keep lock and backup files there (`.#a.json`, a dangling
    // link), and ksm's own temporaries start with a dot.
    const files = names
      .filter((n) => n.endsWith(".json") && !n.startsWith("."))
      .sort()
      .map((n) => join(dir, n));
    if (files.length === 0) throw cliError("no_json_files", { file: dir });
    let left = this.maxBytes;
    return files.map((file) => {
      let bytes: Uint8Array;
      try {
        bytes = readFileBytes(file, left);
      } catch (error) {
        if (error instanceof CliError && error.code === "too_large" && left < this.maxBytes) {
          throw cliError("folder_too_large", { file: dir, limit: this.maxBytes });
        }
        throw error;
      }
      left -= bytes.length;
      return { name: file, doc: decodeJson(file, bytes) };
    });
  }
}
