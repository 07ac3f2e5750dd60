import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const src = (file: string) => fileURLToPath(new URL(`./src/${file}`, import.meta.url));

export default defineConfig({
  resolve: {
    // Examples in the docs import the package by name; tests run them against the source.
    alias: [
      { find: /^knowledge-security-maturity\/models$/, replacement: src("models.ts") },
      { find: /^knowledge-security-maturity$/, replacement: src("index.ts") },
    ],
  },
  test: {
    include: ["test/**/*.test.ts"],
    benchmark: { include: ["test/bench/**/*.bench.ts"] },
    testTimeout: 30_000,
    coverage: {
      provider: "v8",
      include: ["src/**/*.ts"],
      // The CLI is tested as a process (test/cli); type-only files have no code to cover.
      exclude: [
        "src/cli/**",
        "src/index.ts",
        "src/**/types.ts",
        "src/scoring/result.ts",
        "src/render/options.ts",
      ],
      reporter: ["text-summary", "html"],
      reportsDirectory: "reports/coverage",
      // Floors, not targets: `npm test` fails below them. Issue 7 asks for at least 95 %; raise
      // a floor when the suite rises, never lower one to make a change pass.
      thresholds: { lines: 99, statements: 99, functions: 99, branches: 98 },
    },
  },
});
