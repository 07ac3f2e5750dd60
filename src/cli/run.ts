import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Lang } from "../index.js";
import { langIn, parseCommandLine } from "./args.js";
import { cliError } from "./cliError.js";
import { compare, score, sector } from "./commands.js";
import { demo } from "./demo.js";
import { bundledDocuments, packageRoot } from "./files.js";
import { InputReader, readJsonFile } from "./input/inputReader.js";
import { type Io, type Terminal, terminalOf } from "./io.js";
import { failure } from "./report.js";
import { checkDocuments, summarize } from "./summarize.js";

/** The help text, printed by --help. */
export const HELP = `ksm — knowledge-security maturity (kennisveiligheid)

Usage:
  ksm score <assessment>                     score one institution's assessment
  ksm compare <baseline> <current>           compare two measurements of one institution
  ksm sector <assessments>...                sector picture of many assessments
  ksm validate <documents>...                validate model and crosswalk documents
  ksm demo                                   score, compare and aggregate the fictitious examples

Inputs are JSON files (UTF-8, a byte-order mark is fine), folders (their *.json files, sorted,
not subfolders) or - for standard input (once). Pipes, devices and empty files are refused.

Options:
  --lang nl|en              language of the output (default en)
  -f, --format md|csv|json|svg
                            output format (default md; svg: radar chart, or heatmap for sector)
  -o, --out <path>          write to a file in an existing folder (demo: a folder, default
                            ksm-demo) instead of stdout; all files are written or none
  --as-of <YYYY-MM-DD>      date for stale-evidence warnings (default: each measurement's date)
  --model <file>            an extra model document (repeatable); the bundled models are known
  --crosswalk <file>        an extra crosswalk (repeatable); the bundled crosswalk is known
  --baseline <files or folders>
                            sector: compare with these baseline assessments (repeatable)
  --group-by type           sector: a group per institution type
  --min-group-size <n>      sector: suppress groups smaller than n (default 3)
  --max-bytes <size>        size limit of each input, a folder's files together (default 32M;
                            bytes, or with k or M; at most 256M)
  -h, --help                show this help
  -v, --version             show the version

Exit codes: 0 success; 1 invalid input (one line naming the file, or every issue with its path);
2 wrong usage, or an --out that cannot be written; 70 internal error (a bug in ksm: please report).
All example institutions are fictitious.`;

/** Runs the CLI with arguments (without `node` and the script); returns the exit code. */
export function run(argv: readonly string[], io: Io): number {
  let lang: Lang = langIn(argv);
  try {
    const { command, args, options } = parseCommandLine(argv);
    lang = options.lang;
    const terminal = terminalOf(io);
    if (options.help) {
      terminal.line(HELP);
      return 0;
    }
    if (options.version) {
      const manifest = JSON.parse(readFileSync(join(packageRoot(), "package.json"), "utf8"));
      terminal.line(String(manifest.version));
      return 0;
    }
    switch (command) {
      case "score":
        return score(args, options, terminal);
      case "compare":
        return compare(args, options, terminal);
      case "sector":
        return sector(args, options, terminal);
      case "demo":
        return demo(options, terminal);
      case "validate":
        return validate(args, options.lang, new InputReader(options.maxBytes), terminal);
      case undefined:
        throw cliError("missing_command");
      default:
        throw cliError("unknown_command", { command });
    }
  } catch (error) {
    const { text, exitCode } = failure(error, lang);
    io.err(text);
    return exitCode;
  }
}

function validate(
  args: readonly string[],
  lang: Lang,
  reader: InputReader,
  terminal: Terminal,
): number {
  if (args.length === 0) {
    throw cliError("wrong_arguments", { command: "validate", expected: "documents" });
  }
  const docs = reader.all(args).map((d): [string, unknown] => [d.name, d.doc]);
  const bundled = checkDocuments(
    bundledDocuments().map((f): [string, unknown] => [f, readJsonFile(f)]),
    lang,
  ).flatMap((c) => (c.kind === "model" ? [c.model] : []));
  const checked = checkDocuments(docs, lang, bundled);
  terminal.line(summarize(checked, lang));
  return checked.some((c) => c.kind === "invalid") ? 1 : 0;
}
