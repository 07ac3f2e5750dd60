import { randomBytes } from "node:crypto";
import * as nodeFs from "node:fs";
import { basename, dirname, join } from "node:path";
import { cliError } from "../cliError.js";
import type { Target } from "./outTarget.js";

/** The file-system calls used, replaceable in tests to make one of them fail. */
export type WriteFs = Pick<
  typeof nodeFs,
  | "openSync"
  | "writeFileSync"
  | "closeSync"
  | "chmodSync"
  | "renameSync"
  | "unlinkSync"
  | "lstatSync"
>;

/** One target on its way: its temporary file, and the old file's backup once moved aside. */
interface Step {
  readonly target: Target;
  readonly temp: string;
  created?: boolean;
  backup?: string;
  placed?: boolean;
}

const errno = (error: unknown): string => (error as NodeJS.ErrnoException | null)?.code ?? "error";

const quietly = (action: () => void): void => {
  try {
    action();
  } catch {
    // Best effort: the error being reported is the one that matters.
  }
};

/**
 * Writes every target or none. Each is first written in full to a temporary file beside it
 * (created exclusively, so nothing is overwritten by accident); only when all are written are
 * they renamed into place — the old files moved aside until the last rename succeeded, and put
 * back if one fails. A failure removes every temporary and leaves the folders as they were.
 * (Should removing a backup fail after all renames succeeded, it stays as a dot file: the
 * targets are written, so that is not reported as a failure.)
 *
 * @param targets - The files to write, checked by `outTarget` (folders exist, targets are files).
 * @param fs - The file-system calls (tests replace one to make it fail).
 * @throws CliError `out_unwritable` naming the file that could not be written.
 */
export function writeAllOrNothing(targets: readonly Target[], fs: WriteFs = nodeFs): void {
  const tag = `${process.pid}-${randomBytes(4).toString("hex")}`;
  const aside = (path: string, suffix: string) =>
    join(dirname(path), `.${basename(path)}.${tag}.${suffix}`);
  const steps = targets.map((target): Step => ({ target, temp: aside(target.path, "tmp") }));
  let current: Step | undefined;
  try {
    for (const step of steps) {
      current = step;
      const fd = fs.openSync(step.temp, "wx");
      step.created = true;
      try {
        fs.writeFileSync(fd, step.target.content);
      } finally {
        fs.closeSync(fd);
      }
      if (step.target.mode !== undefined) fs.chmodSync(step.temp, step.target.mode);
    }
    steps.forEach((step, n) => {
      current = step;
      // The last rename replaces its file atomically; earlier ones move the old file aside
      // first, so that a later failure can put it back.
      if (n < steps.length - 1 && exists(fs, step.target.path)) {
        const backup = aside(step.target.path, "old");
        fs.renameSync(step.target.path, backup);
        step.backup = backup;
      }
      fs.renameSync(step.temp, step.target.path);
      step.placed = true;
    });
  } catch (error) {
    for (const step of [...steps].reverse()) {
      if (step.placed) quietly(() => fs.unlinkSync(step.target.path));
      else if (step.created) quietly(() => fs.unlinkSync(step.temp));
      const backup = step.backup;
      if (backup !== undefined) quietly(() => fs.renameSync(backup, step.target.path));
    }
    throw cliError("out_unwritable", { file: current?.target.shown ?? "", reason: errno(error) });
  }
  for (const step of steps) {
    const backup = step.backup;
    if (backup !== undefined) quietly(() => fs.unlinkSync(backup));
  }
}

function exists(fs: WriteFs, path: string): boolean {
  try {
    fs.lstatSync(path);
    return true;
  } catch (error) {
    // Only "not there" means there is nothing to keep; anything else could hide a file.
    if (errno(error) === "ENOENT") return false;
    throw error;
  }
}
