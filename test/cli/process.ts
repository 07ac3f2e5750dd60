// Runs the built CLI (dist/cli.js, made by `npm run build`, which `npm test` runs first) as a
// process, with a timeout: a regression that blocks (on a FIFO, a terminal) fails the test
// instead of hanging the suite.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

export const root = new URL("../../", import.meta.url).pathname;
// KSM_TEST_CLI runs the suite against another build (e.g. an older one, to see the tests fail).
export const cli = process.env.KSM_TEST_CLI ?? join(root, "dist/cli.js");
export const panel = join(root, "docs/examples/panel");
/** The example university's 2025 assessment. */
export const duinhaven2025 = join(panel, "2025/uni-duinhaven.json");

/** A fresh temporary folder for one test file (removed by the caller's afterAll). */
export const tempFolder = (): string => mkdtempSync(join(tmpdir(), "ksm-cli-"));

/** What a run of the CLI gave. */
export interface Run {
  /** The exit code; `null` when the process was killed (by the timeout). */
  readonly code: number | null;
  readonly out: string;
  readonly err: string;
}

/** Options of one run: the working folder, what stdin is, and the timeout. */
export interface RunOptions {
  readonly cwd?: string;
  /** Text piped to stdin, or a file descriptor / "ignore" for stdin. */
  readonly stdin?: string | number | "ignore";
  readonly timeoutMs?: number;
}

export function ksm(args: readonly string[], options: RunOptions = {}): Run {
  if (!existsSync(cli)) throw new Error("dist/cli.js is missing: run `npm run build` first");
  const { stdin } = options;
  const r = spawnSync(process.execPath, [cli, ...args], {
    cwd: options.cwd ?? root,
    encoding: "utf8",
    timeout: options.timeoutMs ?? 10_000,
    ...(typeof stdin === "string" ? { input: stdin } : {}),
    stdio: [typeof stdin === "string" || stdin === undefined ? "pipe" : stdin, "pipe", "pipe"],
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

/** The code at the end of a CLI failure line: `ksm: … [code]`. */
export function failureCode(err: string): string | undefined {
  return /^ksm: .* \[(\w+)\]$/m.exec(err)?.[1];
}

/** Asserts nothing of the usual failure shape is missing: one line, no stack trace. */
export function lines(text: string): string[] {
  return text.split("\n").filter((l) => l !== "");
}
