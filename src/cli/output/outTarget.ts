import { mkdirSync, realpathSync, rmdirSync, type Stats, statSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { cliError } from "../cliError.js";
import { kindOf } from "../input/readBytes.js";

/** A file to write: where, what, and the permissions of the file it replaces, if any. */
export interface Target {
  /** The absolute path written (a link resolved). */
  readonly path: string;
  /** The path as the user wrote it, for messages. */
  readonly shown: string;
  readonly content: string;
  readonly mode?: number;
}

const errno = (error: unknown): string => (error as NodeJS.ErrnoException | null)?.code ?? "error";

function statOrUndefined(path: string, shown: string): Stats | undefined {
  try {
    return statSync(path);
  } catch (error) {
    if (errno(error) === "ENOENT" || errno(error) === "ENOTDIR") return undefined;
    throw cliError("out_unwritable", { file: shown, reason: errno(error) });
  }
}

/**
 * Checks a file `--out` names, before anything is written: its folder must exist, and the file
 * must be absent or a regular file (a link is followed, so the file it points to is replaced).
 * `shown` is how messages name it: the path as the user wrote it.
 */
export function outTarget(path: string, content: string, shown: string = path): Target {
  const absolute = resolve(path);
  const stats = statOrUndefined(absolute, shown);
  if (stats === undefined) {
    const folder = dirname(absolute);
    if (!statOrUndefined(folder, shown)?.isDirectory()) {
      throw cliError("out_folder_missing", { file: shown, folder: dirname(path) });
    }
    return { path: absolute, shown, content };
  }
  if (stats.isDirectory()) throw cliError("out_is_folder", { file: shown });
  if (!stats.isFile()) throw cliError("out_not_file", { file: shown, kind: kindOf(stats) });
  // Replacing a file keeps its permissions: a report kept private stays private.
  return { path: realpathSync(absolute), shown, content, mode: stats.mode & 0o7777 };
}

/**
 * Makes sure the folder `ksm demo --out` names exists, creating it (and missing parents) if
 * needed; returns it and a function that removes what was created, for when writing fails.
 */
export function outFolder(path: string): { folder: string; undo: () => void } {
  const folder = resolve(path);
  // Missing folders from the deepest up. Not mkdirSync's `recursive`: where mkdir answers ENOENT
  // for a parent that exists (in /proc), Node 20 retries it forever.
  const missing: string[] = [];
  let dir = folder;
  let stats = statOrUndefined(dir, path);
  while (stats === undefined && dirname(dir) !== dir) {
    missing.push(dir);
    dir = dirname(dir);
    stats = statOrUndefined(dir, path);
  }
  if (!stats?.isDirectory()) {
    throw missing.length === 0
      ? cliError("out_not_folder", { file: path })
      : cliError("out_folder_missing", { file: path, folder: dir });
  }
  const created: string[] = [];
  // rmdir, not rm -r: it removes only folders that are (still) empty.
  const undo = () => {
    for (const made of created.reverse()) {
      try {
        rmdirSync(made);
      } catch {
        return;
      }
    }
  };
  for (const make of missing.reverse()) {
    try {
      mkdirSync(make);
    } catch (error) {
      undo();
      throw cliError("out_unwritable", { file: path, reason: errno(error) });
    }
    created.push(make);
  }
  return { folder, undo };
}
