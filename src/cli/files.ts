import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/** The package's root folder, found by walking up from this file (works from src/ and dist/). */
export function packageRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const manifest = join(dir, "package.json");
    if (
      existsSync(manifest) &&
      readFileSync(manifest, "utf8").includes('"knowledge-security-maturity"')
    ) {
      return dir;
    }
    const up = dirname(dir);
    if (up === dir) throw new Error("cannot find the knowledge-security-maturity package root");
    dir = up;
  }
}

/** The bundled model documents (models/*.json), sorted by name. */
export function bundledDocuments(): string[] {
  const dir = join(packageRoot(), "models");
  return readdirSync(dir)
    .filter((f) => f.endsWith(".json") && f !== "package.json")
    .sort()
    .map((f) => join(dir, f));
}

/** Reads and parses a JSON file; the error names the file. */
export function readJson(file: string): unknown {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (error) {
    throw new UsageError(
      `${file}: cannot read (${(error as NodeJS.ErrnoException).code ?? "error"})`,
      1,
    );
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new UsageError(`${file} is not valid JSON: ${(error as Error).message}`, 1);
  }
}

/** An error the CLI reports as one line and an exit code. */
export class UsageError extends Error {
  constructor(
    message: string,
    readonly exitCode: 1 | 2,
  ) {
    super(message);
  }
}
