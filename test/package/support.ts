// Shared by the package tests: where the repository and its build are, and how to run a child
// process with a clear error when it fails.
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

/** The repository root, with a trailing slash. */
export const root = fileURLToPath(new URL("../../", import.meta.url));

/** The absolute path of a file in dist/. */
export function dist(file: string): string {
  return join(root, "dist", file);
}

/** Throws a clear error unless `npm run build` has made the given files in dist/. */
export function assertBuilt(...files: string[]): void {
  const missing = files.filter((f) => !existsSync(dist(f)));
  if (missing.length > 0) {
    throw new Error(`dist/${missing.join(", dist/")} missing: run \`npm run build\` first`);
  }
}

/**
 * The environment for a child process. Drops what `npm run`/`npx` put there about *this* package
 * (npm_package_*, npm_lifecycle_*, the prefixes), so a child `npm install` in a temporary
 * project can only ever work on that project.
 */
export function childEnv(extra: Readonly<Record<string, string>> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    const k = key.toLowerCase();
    if (k.startsWith("npm_package_") || k.startsWith("npm_lifecycle_")) continue;
    if (k === "npm_config_prefix" || k === "npm_config_local_prefix") continue;
    if (k === "npm_config_global_prefix" || k === "init_cwd") continue;
    env[key] = value;
  }
  return { ...env, ...extra };
}

export interface RunOptions {
  readonly cwd?: string;
  readonly env?: Readonly<Record<string, string>>;
}

/** Runs a command; resolves with its stdout, rejects with its exit code, stderr and stdout. */
export function run(command: string, args: readonly string[], options: RunOptions = {}) {
  return new Promise<string>((resolve, reject) => {
    const child = spawn(command, args, {
      cwd: options.cwd ?? root,
      env: childEnv(options.env),
      stdio: ["ignore", "pipe", "pipe"],
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on("data", (b: Buffer) => out.push(b));
    child.stderr.on("data", (b: Buffer) => err.push(b));
    child.on("error", reject);
    child.on("close", (code, signal) => {
      const stdout = Buffer.concat(out).toString("utf8");
      if (code === 0) return resolve(stdout);
      const stderr = Buffer.concat(err).toString("utf8");
      const how = signal === null ? `exit ${String(code)}` : `signal ${signal}`;
      reject(
        new Error(
          `\`${[command, ...args].join(" ")}\` failed (${how})\n${stderr.slice(-4000)}\n${stdout.slice(-2000)}`,
        ),
      );
    });
  });
}
