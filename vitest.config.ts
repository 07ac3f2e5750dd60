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
  },
});
