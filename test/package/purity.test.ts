// The library bundles are pure: no Node built-ins, no I/O, no clock, no randomness, and every
// import is a runtime dependency left external (so no third-party code is inlined). The CLI
// (dist/cli.js) is the only code with I/O and is not checked here.

import { readFileSync } from "node:fs";
import { builtinModules } from "node:module";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { assertBuilt, dist, root } from "./support.js";

const bundles = ["index.js", "index.cjs", "models.js", "models.cjs"] as const;
const pkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as {
  dependencies: Record<string, string>;
};
const dependencies = Object.keys(pkg.dependencies);

const text = (file: string) => readFileSync(dist(file), "utf8");

/** Every module specifier: static import/export … from, bare import, dynamic import(), require(). */
function specifiers(code: string): string[] {
  const found: string[] = [];
  const patterns = [
    /\b(?:import|export)\s[^;'"]*?\bfrom\s*["']([^"']+)["']/g,
    /\bimport\s*["']([^"']+)["']/g,
    /\bimport\s*\(\s*["']([^"']+)["']\s*\)/g,
    /\brequire\s*\(\s*["']([^"']+)["']\s*\)/g,
  ];
  for (const pattern of patterns) for (const m of code.matchAll(pattern)) found.push(m[1] ?? "");
  return found;
}

/** The package a specifier names: `date-fns/locale/nl` → `date-fns`, `@a/b/c` → `@a/b`. */
function packageOf(specifier: string): string {
  const parts = specifier.split("/");
  return (specifier.startsWith("@") ? parts.slice(0, 2) : parts.slice(0, 1)).join("/");
}

// What would make a result depend on the machine, the moment or chance, or do I/O.
const forbidden: readonly [string, RegExp][] = [
  ["a node: import", /["']node:/],
  ["fs", /require\s*\(\s*["']fs["']\s*\)|from\s*["']fs["']/],
  ["process.", /\bprocess\s*\.\s*[A-Za-z_$]/],
  ["Date.now", /\bDate\s*\.\s*now\b/],
  ["new Date() (the clock)", /\bnew\s+Date\s*\(\s*\)/],
  ["Math.random", /\bMath\s*\.\s*random\b/],
  ["performance.now", /\bperformance\s*\.\s*now\b/],
  ["crypto randomness", /\bcrypto\s*\.\s*(?:getRandomValues|randomUUID|randomBytes)\b/],
  ["console output", /\bconsole\s*\.\s*[a-z]+\s*\(/],
];

// One string that only the dependency's own code contains: absent from our bundles, it was not
// inlined (the check of each sentinel against the dependency keeps the test honest).
const sentinels: readonly [string, string, string][] = [
  ["zod", "node_modules/zod/v4/core/core.js", "$ZodAsyncError"],
  ["immer", "node_modules/immer/dist/immer.mjs", "minified error nr"],
  ["date-fns", "node_modules/date-fns/locale/nl/_lib/formatDistance.js", "lessThanXSeconds"],
];

beforeAll(() => assertBuilt(...bundles, "index.js.map", "index.cjs.map"));

describe("the library bundles are pure", () => {
  it.each(bundles)(
    "dist/%s imports only the runtime dependencies, never a Node built-in",
    (file) => {
      const found = specifiers(text(file));
      // The bundles do import zod; an empty list would mean the scan is broken.
      expect(found.map(packageOf)).toContain("zod");
      const builtins = new Set(builtinModules.flatMap((m) => [m, `node:${m}`]));
      expect(found.filter((s) => builtins.has(s) || builtins.has(packageOf(s)))).toEqual([]);
      expect(found.filter((s) => !dependencies.includes(packageOf(s)))).toEqual([]);
    },
  );

  it.each(bundles)("dist/%s has no process, clock, randomness or console", (file) => {
    const code = text(file);
    const hits = forbidden.flatMap(([what, pattern]) => {
      const m = pattern.exec(code);
      return m === null ? [] : [`${what}: …${code.slice(m.index - 60, m.index + 60)}…`];
    });
    expect(hits).toEqual([]);
  });

  it.each(["index.js.map", "index.cjs.map"])("%s maps only to src/, no node_modules", (file) => {
    const map = JSON.parse(text(file)) as { sources: string[] };
    expect(map.sources.length).toBeGreaterThan(10);
    expect(map.sources.filter((s) => !s.startsWith("../src/"))).toEqual([]);
  });

  it.each(bundles)("dist/%s inlines no code of zod, immer or date-fns", (file) => {
    const code = text(file);
    for (const [name, path, sentinel] of sentinels) {
      expect(readFileSync(join(root, path), "utf8"), `${name} sentinel`).toContain(sentinel);
      expect(code.includes(sentinel), `${name} inlined in dist/${file}`).toBe(false);
    }
  });

  it("the scans find what they look for", () => {
    expect(specifiers('import * as z from "zod";\nimport { a } from "node:fs";')).toEqual([
      "zod",
      "node:fs",
    ]);
    expect(specifiers('const fs = require("fs"); await import("node:os"); import "x";')).toEqual([
      "x",
      "node:os",
      "fs",
    ]);
    expect(specifiers("export { a, b } from './c.js';")).toEqual(["./c.js"]);
    const sample =
      "const t = Date.now(); Math.random(); process.env.X; new Date(); console.log(1);";
    const found = forbidden.filter(([, pattern]) => pattern.test(sample)).map(([what]) => what);
    expect(found).toEqual([
      "process.",
      "Date.now",
      "new Date() (the clock)",
      "Math.random",
      "console output",
    ]);
    // Prose such as "the 2023 process audit." is not a use of `process`.
    expect(forbidden.some(([, p]) => p.test('"the 2023 process audit. Next"'))).toBe(false);
  });
});
