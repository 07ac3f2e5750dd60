import {
  aggregateSector,
  type Crosswalk,
  compareResults,
  compareSectors,
  type Result,
} from "../index.js";
import type { CliOptions } from "./args.js";
import { cliError } from "./cliError.js";
import { InputReader } from "./input/inputReader.js";
import type { Terminal } from "./io.js";
import { Library } from "./library.js";
import { emit, render } from "./output.js";

/** The reader and the library of models every command starts with. */
function setup(o: CliOptions): { reader: InputReader; library: Library } {
  const reader = new InputReader(o.maxBytes);
  return { reader, library: new Library(o.lang, reader, o.models, o.crosswalks) };
}

/** `ksm score <assessment.json | ->`: score one assessment. */
export function score(args: readonly string[], o: CliOptions, terminal: Terminal): number {
  const expected = "oneAssessment";
  const [arg] = args;
  if (args.length !== 1 || arg === undefined) {
    throw cliError("wrong_arguments", { command: "score", expected });
  }
  const { reader, library } = setup(o);
  const { model, result } = library.score(reader.one(arg, "score", expected), o.asOf);
  emit(render({ input: result, model }, o.format, o.lang), o.out, terminal);
  return 0;
}

/** `ksm compare <baseline.json> <current.json>`: compare two measurements of one institution. */
export function compare(args: readonly string[], o: CliOptions, terminal: Terminal): number {
  const expected = "twoAssessments";
  const [first, second] = args;
  if (args.length !== 2 || first === undefined || second === undefined) {
    throw cliError("wrong_arguments", { command: "compare", expected });
  }
  const { reader, library } = setup(o);
  const before = library.score(reader.one(first, "compare", expected), o.asOf);
  const after = library.score(reader.one(second, "compare", expected), o.asOf);
  const crosswalk = crosswalkBetween(library, before.result, after.result);
  const comparison = compareResults(before.result, after.result, crosswalk ? { crosswalk } : {});
  emit(
    render(
      { input: comparison, model: after.model, baselineModel: before.model },
      o.format,
      o.lang,
    ),
    o.out,
    terminal,
  );
  return 0;
}

/** `ksm sector <files or folders>`: a sector picture; with `--baseline`, a sector comparison. */
export function sector(args: readonly string[], o: CliOptions, terminal: Terminal): number {
  if (args.length === 0) {
    throw cliError("wrong_arguments", {
      command: "sector",
      expected: "assessments",
    });
  }
  const { reader, library } = setup(o);
  const scoreAll = (paths: readonly string[]) =>
    reader.all(paths).map((d) => library.score(d, o.asOf));
  const current = scoreAll(args);
  const first = current[0];
  if (!first) throw cliError("no_json_files", { file: args.join(" ") });
  const options = {
    minGroupSize: o.minGroupSize,
    ...(o.groupBy ? { groupBy: o.groupBy } : {}),
  };
  if (o.baseline.length === 0) {
    const view = aggregateSector(
      current.map((c) => c.result),
      options,
    );
    emit(render({ input: view, model: first.model }, o.format, o.lang), o.out, terminal);
    return 0;
  }
  const baseline = scoreAll(o.baseline);
  const before = baseline[0];
  if (!before) throw cliError("no_json_files", { file: o.baseline.join(" ") });
  const crosswalk = crosswalkBetween(library, before.result, first.result);
  const comparison = compareSectors(
    baseline.map((b) => b.result),
    current.map((c) => c.result),
    { ...options, ...(crosswalk ? { crosswalk } : {}) },
  );
  emit(
    render(
      { input: comparison, model: first.model, baselineModel: before.model },
      o.format,
      o.lang,
    ),
    o.out,
    terminal,
  );
  return 0;
}

const ref = (r: Result) => `${r.modelRef.id}@${r.modelRef.version}`;

/** The crosswalk needed to compare two results: none for one version, else a known one. */
function crosswalkBetween(library: Library, before: Result, after: Result): Crosswalk | undefined {
  if (ref(before) === ref(after)) return undefined;
  const found = library.crosswalk(before.modelRef, after.modelRef);
  if (!found) throw cliError("no_crosswalk", { from: ref(before), to: ref(after) });
  return found;
}
