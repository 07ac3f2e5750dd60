import { defineConfig, mergeConfig } from "vitest/config";
import { BaseSequencer, type TestSpecification } from "vitest/node";
import base from "./vitest.config.js";

/**
 * Where a test file runs in a mutant run: the targeted and example suites first, properties last.
 * Stryker stops a mutant at its first failing test, so most mutants die in a fast file.
 */
const rank = (file: string): number =>
  file.includes("/test/mutation/")
    ? 0
    : file.includes("properties")
      ? 3
      : file.includes("/test/hostile/") || file.includes("/test/coverage/")
        ? 2
        : 1;

class FastFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    return [...files].sort(
      (a, b) => rank(a.moduleId) - rank(b.moduleId) || (a.moduleId < b.moduleId ? -1 : 1),
    );
  }
}

// The suites Stryker runs for every mutant: unit and property tests only. Left out: the CLI as a
// process and the docs generators (slow, and they run outside the instrumented code), the README
// example, the package suites, three hostile-input suites (huge inputs, time bounds), benchmarks.
export default mergeConfig(
  base,
  defineConfig({
    test: {
      include: ["test/**/*.test.ts"],
      exclude: [
        "**/node_modules/**",
        "test/cli/**",
        "test/docs/examples.test.ts",
        "test/docs/readme.test.ts",
        "test/package/**",
        // Hostile inputs of 100,000 answers (seconds per mutant once instrumented), and time bounds
        // that instrumented code cannot meet.
        "test/hostile/assessments.test.ts",
        "test/hostile/builders.test.ts",
        "test/hostile/models.test.ts",
        "test/bench/**",
      ],
      // A fixed fast-check seed (the properties read CI), so the dry run and every mutant run see
      // the same cases; test/mutation/fastCheckCap.setup.ts caps every property at a few runs.
      env: { CI: "true", KSM_RUNS: "5", KSM_MUTATION_RUNS: "5" },
      setupFiles: ["test/mutation/fastCheckCap.setup.ts"],
      // One module graph per run instead of one per test file: a third of the time per mutant. The
      // suites share no state that this breaks (a plain run of this config passes).
      isolate: false,
      sequence: { sequencer: FastFirst },
    },
  }),
);
