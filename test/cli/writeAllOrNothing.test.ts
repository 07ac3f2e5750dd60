// writeAllOrNothing in-process: whichever file-system call fails, the folder ends as it began.
import * as fs from "node:fs";
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { CliError } from "../../src/cli/cliError.js";
import { outFolder, outTarget } from "../../src/cli/output/outTarget.js";
import { type WriteFs, writeAllOrNothing } from "../../src/cli/output/writeAllOrNothing.js";

const tmp = mkdtempSync(join(tmpdir(), "ksm-write-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** The file-system calls, each counted; the call numbered `failAt` throws EIO instead. */
function failing(failAt: number): { fs: WriteFs; calls: () => number } {
  let n = 0;
  const wrap =
    <A extends unknown[], R>(f: (...args: A) => R) =>
    (...args: A): R => {
      if (++n === failAt) throw Object.assign(new Error("injected"), { code: "EIO" });
      return f(...args);
    };
  const real = fs as unknown as Record<keyof WriteFs, (...args: unknown[]) => unknown>;
  const names = [
    "openSync",
    "writeFileSync",
    "closeSync",
    "chmodSync",
    "renameSync",
    "unlinkSync",
    "lstatSync",
  ] as const;
  const fake = Object.fromEntries(names.map((name) => [name, wrap(real[name])]));
  return { fs: fake as unknown as WriteFs, calls: () => n };
}

function contents(dir: string): Record<string, string> {
  return Object.fromEntries(
    readdirSync(dir)
      .sort()
      .map((f) => [f, readFileSync(join(dir, f), "utf8")]),
  );
}

let cases = 0;
/** A folder holding two of the three targets already, and the three targets. */
function setup() {
  const dir = join(tmp, `case-${++cases}`);
  fs.mkdirSync(dir);
  writeFileSync(join(dir, "a.md"), "old a");
  writeFileSync(join(dir, "c.md"), "old c");
  fs.chmodSync(join(dir, "c.md"), 0o640);
  const targets = ["a.md", "b.md", "c.md"].map((f) => outTarget(join(dir, f), `new ${f}`));
  return { dir, targets };
}

describe("writeAllOrNothing", () => {
  const success = setup();
  const counting = failing(0);
  writeAllOrNothing(success.targets, counting.fs);
  const total = counting.calls();

  it("writes every target, keeps the replaced file's permissions, leaves nothing else", () => {
    expect(contents(success.dir)).toEqual({
      "a.md": "new a.md",
      "b.md": "new b.md",
      "c.md": "new c.md",
    });
    expect(statSync(join(success.dir, "c.md")).mode & 0o777).toBe(0o640);
  });

  it("makes enough file-system calls for the failure cases to mean something", () => {
    expect(total).toBeGreaterThanOrEqual(12);
  });

  // Each call that can fail before the last rename, in turn: the folder must be as before.
  const failures = Array.from({ length: total }, (_, i) => i + 1);
  it.each(failures)("leaves the folder as it was when call %i fails", (failAt) => {
    const { dir, targets } = setup();
    const before = contents(dir);
    let thrown: unknown;
    try {
      writeAllOrNothing(targets, failing(failAt).fs);
    } catch (error) {
      thrown = error;
    }
    if (thrown === undefined) {
      // Only removing an old file's backup, after every rename succeeded, may fail without an
      // error: the targets are all written; the backup stays behind as a dot file.
      const written = contents(dir);
      const leftovers = Object.keys(written).filter((f) => f.startsWith("."));
      for (const f of leftovers) delete written[f];
      expect(written).toEqual(contents(success.dir));
      expect(leftovers).toHaveLength(1);
      expect(leftovers[0]).toMatch(/^\.[ac]\.md\..*\.old$/);
      return;
    }
    expect(thrown).toBeInstanceOf(CliError);
    expect((thrown as CliError).code).toBe("out_unwritable");
    expect(contents(dir)).toEqual(before);
  });
});

describe("outFolder", () => {
  it("creates missing folders and its undo removes exactly those", () => {
    const base = join(tmp, "nest");
    fs.mkdirSync(base);
    const { folder, undo } = outFolder(join(base, "x", "y"));
    expect(statSync(folder).isDirectory()).toBe(true);
    undo();
    expect(readdirSync(base)).toEqual([]);
  });
});
