import { defineConfig } from "tsup";

const dts = { compilerOptions: { ignoreDeprecations: "6.0" } } as const;

export default defineConfig([
  {
    // The library and the bundled models: pure, browser-safe, tree-shakable.
    entry: { index: "src/index.ts", models: "src/models.ts" },
    format: ["esm", "cjs"],
    dts,
    target: "es2022",
    platform: "neutral",
    sourcemap: true,
    clean: true,
    treeshake: true,
    splitting: false,
  },
  {
    // The CLI: the only code with I/O.
    entry: { cli: "src/cli/main.ts" },
    format: ["esm"],
    target: "node20",
    platform: "node",
    sourcemap: true,
    banner: { js: "#!/usr/bin/env node" },
  },
]);
