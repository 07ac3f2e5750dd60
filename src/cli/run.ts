import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import type { Lang } from "../index.js";
import { demo } from "./demo.js";
import { bundledDocuments, packageRoot, readJson, UsageError } from "./files.js";
import type { Io } from "./io.js";
import { checkDocuments, summarize } from "./summarize.js";

const HELP = `ksm — knowledge-security maturity (kennisveiligheid)

Usage:
  ksm demo                      validate the bundled models, score the fictitious example
  ksm validate <file.json>...   validate model and crosswalk documents

Options:
  --lang nl|en    language of the output (default en)
  -h, --help      show this help
  -v, --version   show the version

Exit codes: 0 success, 1 invalid input, 2 wrong usage.`;

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
    throw error;
  }
}

function dispatch(argv: readonly string[], io: Io): number {
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(argv);
  } catch (error) {
    throw new UsageError((error as Error).message, 2);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.out(HELP);
    return 0;
  }
  if (values.version) {
    const manifest = JSON.parse(readFileSync(join(packageRoot(), "package.json"), "utf8"));
    io.out(String(manifest.version));
    return 0;
  }
  const lang = values.lang;
  if (lang !== "nl" && lang !== "en") throw new UsageError(`--lang must be nl or en`, 2);
  const [command, ...files] = positionals;
  switch (command) {
    case "demo":
      return demo(lang, io);
    case "validate":
      if (files.length === 0) throw new UsageError("validate needs at least one file", 2);
      return validate(files, lang, io);
    case undefined:
      throw new UsageError("missing command", 2);
    default:
      throw new UsageError(`unknown command "${command}"`, 2);
  }
}

function parse(argv: readonly string[]) {
  return parseArgs({
    args: [...argv],
    allowPositionals: true,
    options: {
      lang: { type: "string", default: "en" },
      help: { type: "boolean", short: "h" },
      version: { type: "boolean", short: "v" },
    },
  });
}

function validate(files: readonly string[], lang: Lang, io: Io): number {
  const docs = files.map((f): [string, unknown] => [f, readJson(f)]);
  const bundled = checkDocuments(
    bundledDocuments().map((f): [string, unknown] => [f, readJson(f)]),
    lang,
  ).flatMap((c) => (c.kind === "model" ? [c.model] : []));
  const checked = checkDocuments(docs, lang, bundled);
  io.out(summarize(checked, lang));
  return checked.some((c) => c.kind === "invalid") ? 1 : 0;
}
