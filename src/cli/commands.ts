import {
  aggregateSector,
  type Crosswalk,
  compareResults,
  compareSectors,
  type Result,
} from "../index.js";
import type { CliOptions } from "./args.js";
import { UsageError } from "./files.js";
import type { Io } from "./io.js";
import { expandFiles, Library } from "./library.js";
import { emit, render } from "./output.js";

/** `ksm score <assessment.json>`: score one assessment. */
export function score(files: readonly string[], o: CliOptions, io: Io): number {
  if (files.length !== 1) throw new UsageError("score needs exactly one assessment file", 2);
  const library = new Library(o.lang, o.models, o.crosswalks);
  const { model, result } = library.score(files[0] as string, o.asOf);
  emit(render({ input: result, model }, o.format, o.lang), o.out, io);
  return 0;
}

/** `ksm compare <baseline.json> <current.json>`: compare two measurements of one institution. */
export function compare(files: readonly string[], o: CliOptions, io: Io): number {
  if (files.length !== 2)
    throw new UsageError("compare needs a baseline and a current assessment file", 2);
  const library = new Library(o.lang, o.models, o.crosswalks);
  const before = library.score(files[0] as string, o.asOf);
  const after = library.score(files[1] as string, o.asOf);
  const crosswalk = crosswalkBetween(library, before.result, after.result);
  const comparison = compareResults(before.result, after.result, crosswalk ? { crosswalk } : {});
  emit(
    render(
      { input: comparison, model: after.model, baselineModel: before.model },
      o.format,
      o.lang,
    ),
    o.out,
    io,
  );
  return 0;
}

/** `ksm sector <files or folders>`: a sector picture; with `--baseline`, a sector comparison. */
export function sector(paths: readonly string[], o: CliOptions, io: Io): number {
  if (paths.length === 0) throw new UsageError("sector needs assessment files or folders", 2);
  const library = new Library(o.lang, o.models, o.crosswalks);
  const scoreAll = (files: readonly string[]) => files.map((f) => library.score(f, o.asOf));
  const current = scoreAll(expandFiles(paths));
  const first = current[0];
  if (!first) throw new UsageError("no assessment files found", 1);
  const options = {
    minGroupSize: o.minGroupSize,
    ...(o.groupBy ? { groupBy: o.groupBy } : {}),
  };
  if (o.baseline.length === 0) {
    const view = aggregateSector(
      current.map((c) => c.result),
      options,
    );
    emit(render({ input: view, model: first.model }, o.format, o.lang), o.out, io);
    return 0;
  }
  const baseline = scoreAll(expandFiles(o.baseline));
  const before = baseline[0];
  if (!before) throw new UsageError("no baseline assessment files found", 1);
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
    io,
  );
  return 0;
}

const ref = (r: Result) => `${r.modelRef.id}@${r.modelRef.version}`;

/** The crosswalk needed to compare two results: none for one version, else a known one. */
function crosswalkBetween(library: Library, before: Result, after: Result): Crosswalk | undefined {
  if (ref(before) === ref(after)) return undefined;
  const found = library.crosswalk(before.modelRef, after.modelRef);
  if (!found) {
    throw new UsageError(
      `no crosswalk from ${ref(before)} to ${ref(after)}; pass one with --crosswalk`,
      1,
    );
  }
  return found;
}
