// Outputs are written all or nothing: --out and demo write temporaries beside their targets and
// rename them only when every one is written. A target that cannot be written is one line and
// exit 2, and leaves the folder as it was.
import { execFileSync, spawnSync } from "node:child_process";
import {
  chmodSync,
  existsSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { cli, duinhaven2025, failureCode, ksm, lines, root, tempFolder } from "./process.js";

const tmp = tempFolder();
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** A fresh folder under the test's temporary folder. */
let made = 0;
function folder(): string {
  const dir = join(tmp, `case-${++made}`);
  mkdirSync(dir);
  return dir;
}

/** Every entry of a folder with its content (folders as "<folder>"), dot files included. */
function snapshot(dir: string): Record<string, string> {
  return Object.fromEntries(
    readdirSync(dir)
      .sort()
      .map((name) => {
        const path = join(dir, name);
        return [name, statSync(path).isDirectory() ? "<folder>" : readFileSync(path, "utf8")];
      }),
  );
}

function usage(args: readonly string[], code: string) {
  const r = ksm(args);
  expect(r.code, r.err).toBe(2);
  expect(lines(r.err)).toHaveLength(1);
  expect(failureCode(r.err)).toBe(code);
  return r;
}

describe("ksm score --out", () => {
  it("into a folder that does not exist: wrong usage, nothing created", () => {
    const dir = folder();
    usage(
      ["score", duinhaven2025, "--out", join(dir, "missing", "report.md")],
      "out_folder_missing",
    );
    expect(snapshot(dir)).toEqual({});
  });

  it("under a file, as if it were a folder", () => {
    const dir = folder();
    writeFileSync(join(dir, "file"), "x");
    usage(["score", duinhaven2025, "--out", join(dir, "file", "report.md")], "out_folder_missing");
    expect(snapshot(dir)).toEqual({ file: "x" });
  });

  it("onto a folder", () => {
    const dir = folder();
    usage(["score", duinhaven2025, "--out", dir], "out_is_folder");
    expect(snapshot(dir)).toEqual({});
  });

  it("onto a FIFO: refused without blocking", () => {
    const dir = folder();
    execFileSync("mkfifo", [join(dir, "pipe")]);
    usage(["score", duinhaven2025, "--out", join(dir, "pipe")], "out_not_file");
  });

  it.skipIf(!existsSync("/sys/kernel"))("where nobody may write (sysfs)", () => {
    usage(["score", duinhaven2025, "--out", "/sys/kernel/ksm-report.md"], "out_unwritable");
  });

  it("replaces a file whole, keeps its permissions and leaves no temporary behind", () => {
    const dir = folder();
    const out = join(dir, "report.md");
    writeFileSync(out, "old");
    chmodSync(out, 0o600);
    expect(ksm(["score", duinhaven2025, "--out", out]).code).toBe(0);
    expect(readdirSync(dir)).toEqual(["report.md"]);
    expect(readFileSync(out, "utf8")).toMatch(/^# Universiteit Duinhaven/);
    expect(statSync(out).mode & 0o777).toBe(0o600);
  });

  it("writes through a link to the file it points to", () => {
    const dir = folder();
    writeFileSync(join(dir, "real.md"), "old");
    symlinkSync("real.md", join(dir, "link.md"));
    expect(ksm(["score", duinhaven2025, "--out", join(dir, "link.md")]).code).toBe(0);
    expect(lstatSync(join(dir, "link.md")).isSymbolicLink()).toBe(true);
    expect(readFileSync(join(dir, "real.md"), "utf8")).toMatch(/^# /);
  });
});

describe("ksm demo --out", () => {
  it("with a folder where one of its files must go: writes none and leaves the folder as it was", () => {
    const dir = folder();
    writeFileSync(join(dir, "report-en.md"), "my own report");
    mkdirSync(join(dir, "radar-en.svg"));
    const before = snapshot(dir);
    const r = usage(["demo", "--out", dir], "out_is_folder");
    expect(r.err).toContain("radar-en.svg");
    expect(snapshot(dir)).toEqual(before);
  });

  it("onto a file", () => {
    const dir = folder();
    writeFileSync(join(dir, "file"), "x");
    usage(["demo", "--out", join(dir, "file")], "out_not_folder");
    expect(snapshot(dir)).toEqual({ file: "x" });
  });

  it("creates missing folders and replaces its earlier files, with no temporaries left", () => {
    const dir = join(folder(), "a", "b");
    expect(ksm(["demo", "--out", dir]).code).toBe(0);
    const first = snapshot(dir);
    expect(Object.keys(first)).toHaveLength(7);
    expect(ksm(["demo", "--out", dir]).code).toBe(0);
    expect(snapshot(dir)).toEqual(first);
  });
});

describe("standard output", () => {
  it("ends quietly when the reader stops early (no EPIPE stack trace)", () => {
    // About 100 KB of output (150 × 650 bytes), more than a pipe holds: the write is still going
    // when `true` closes the pipe.
    const model = join(root, "models/kennisveiligheid-2025.1.json");
    const args = Array.from({ length: 150 }, () => `"${model}"`).join(" ");
    const r = spawnSync("sh", ["-c", `"${process.execPath}" "${cli}" validate ${args} | true`], {
      encoding: "utf8",
      timeout: 20_000,
    });
    expect(r.signal).toBeNull();
    expect(r.stderr).toBe("");
  });
});
