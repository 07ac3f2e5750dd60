// Setup for the Stryker run only (vitest.stryker.config.ts): caps every fast-check property at a
// few runs. Every mutant reruns the properties that cover it, and at their full counts (up to 500)
// a run takes hours on two cores. Examples in test/mutation/ cover what the few runs miss.
import * as fc from "fast-check";

const CAP = Number(process.env.KSM_MUTATION_RUNS ?? 10);
const installed = Symbol.for("ksm.fastCheckCap");
const state = globalThis as { [installed]?: true };

if (!state[installed]) {
  state[installed] = true;
  const cap: fc.UniversalPlugin = () => {
    let generated = 0;
    let runs = 0;
    return {
      // Past the cap, generation repeats the last value (generating whole models is slow) and a
      // run passes without evaluating the predicate. A failure within the cap still fails.
      decorateGenerate: (generate) => {
        let last: ReturnType<typeof generate> | undefined;
        return (mrng, biasFactor) => {
          if (last === undefined || ++generated <= CAP) last = generate(mrng, biasFactor);
          return last;
        };
      },
      decorateRun: (run) => (value) => (++runs > CAP ? null : run(value)),
    };
  };
  fc.installGlobalPlugin(cap);
}
