import { defineConfig, type Options } from "tsup";

const library: Options = {
  format: ["esm", "cjs"],
  dts: { compilerOptions: { ignoreDeprecations: "6.0" } },
  target: "es2022",
  platform: "neutral",
  treeshake: true,
  splitting: false,
};

export default defineConfig([
  // The library: pure, browser-safe, tree-shakable.
  { ...library, entry: { index: "src/index.ts" }, sourcemap: true, clean: true },
  // The bundled models: data, so no source map (it would double the package for nothing).
  { ...library, entry: { models: "src/models.ts" }, sourcemap: false },
  // The CLI: the only code with I/O.
  {
    entry: { cli: "src/cli/main.ts" },
    format: ["esm"],
    target: "node20",
    platform: "node",
    sourcemap: true,
    banner: { js: "#!/usr/bin/env node" },
  },
]);
