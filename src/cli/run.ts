import { readFileSync } from "node:fs";
import { join } from "node:path";
import { KsmError } from "../errors.js";
import { parseCommandLine } from "./args.js";
import { compare, score, sector } from "./commands.js";
import { demo } from "./demo.js";
import { bundledDocuments, packageRoot, readJson, UsageError } from "./files.js";
import type { Io } from "./io.js";
import { checkDocuments, summarize } from "./summarize.js";

/** The help text, printed by --help and after a usage error. */
export const HELP = `ksm — knowledge-security maturity (kennisveiligheid)

Usage:
  ksm score <assessment.json>                score one institution's assessment
  ksm compare <baseline.json> <current.json> compare two measurements of one institution
  ksm sector <files or folders>...           sector picture of many assessments
  ksm validate <file.json>...                validate model and crosswalk documents
  ksm demo                                   score, compare and aggregate the fictitious examples

Options:
  --lang nl|en              language of the output (default en)
  -f, --format md|csv|json|svg
                            output format (default md; svg: radar chart, or heatmap for sector)
  -o, --out <path>          write to a file (demo: a folder, default ksm-demo) instead of stdout
  --as-of <YYYY-MM-DD>      date for stale-evidence warnings (default: each measurement's date)
  --model <file>            an extra model document (repeatable); the bundled models are known
  --crosswalk <file>        an extra crosswalk (repeatable); the bundled crosswalk is known
  --baseline <files or folders>
                            sector: compare with these baseline assessments (repeatable)
  --group-by type           sector: a group per institution type
  --min-group-size <n>      sector: suppress groups smaller than n, at least 3 (default 3)
  -h, --help                show this help
  -v, --version             show the version

Exit codes: 0 success, 1 invalid input (every issue printed with its path), 2 wrong usage.
All example institutions are fictitious.`;

/** Runs the CLI with arguments (without `node` and the script); returns the exit code. */
export function run(argv: readonly string[], io: Io): number {
  try {
    return dispatch(argv, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(error.message);
      if (error.exitCode === 2) io.err(`\n${HELP}`);
      return error.exitCode;
    }
    // The library throws KsmError only for inputs that do not fit together (e.g. results of
    // different model versions in one sector): for the CLI user that is invalid input.
    if (error instanceof KsmError) {
      io.err(error.message);
      return 1;
    }
    throw error;
  }
}

function dispatch(argv: readonly string[], io: Io): number {
  const { command, args, options } = parseCommandLine(argv);
  if (options.help) {
    io.out(HELP);
    return 0;
  }
  if (options.version) {
    const manifest = JSON.parse(readFileSync(join(packageRoot(), "package.json"), "utf8"));
    io.out(String(manifest.version));
    return 0;
  }
  switch (command) {
    case "score":
      return score(args, options, io);
    case "compare":
      return compare(args, options, io);
    case "sector":
      return sector(args, options, io);
    case "demo":
      return demo(options, io);
    case "validate":
      if (args.length === 0) throw new UsageError("validate needs at least one file", 2);
      return validate(args, options.lang, io);
    case undefined:
      throw new UsageError("missing command", 2);
    default:
      throw new UsageError(`unknown command "${command}"`, 2);
  }
}

function validate(files: readonly string[], lang: "nl" | "en", io: Io): number {
  const docs = files.map((f): [string, unknown] => [f, readJson(f)]);
  const bundled = checkDocuments(
    bundledDocuments().map((f): [string, unknown] => [f, readJson(f)]),
    lang,
  ).flatMap((c) => (c.kind === "model" ? [c.model] : []));
  const checked = checkDocuments(docs, lang, bundled);
  io.out(summarize(checked, lang));
  return checked.some((c) => c.kind === "invalid") ? 1 : 0;
}
