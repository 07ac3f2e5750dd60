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
