import { parseArgs } from "node:util";
import type { GroupBy, Lang } from "../index.js";
import { UsageError } from "./files.js";
import { FORMATS, type Format } from "./output.js";

/** The options every command understands. */
export interface CliOptions {
  readonly lang: Lang;
  readonly format: Format;
  readonly out: string | undefined;
  readonly asOf: string | undefined;
  readonly models: readonly string[];
  readonly crosswalks: readonly string[];
  readonly baseline: readonly string[];
  readonly minGroupSize: number;
  readonly groupBy: GroupBy | undefined;
  readonly help: boolean;
  readonly version: boolean;
}

/** Parses the command line into a command, its positionals and options; usage errors exit 2. */
export function parseCommandLine(argv: readonly string[]): {
  command: string | undefined;
  args: string[];
  options: CliOptions;
} {
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(argv);
  } catch (error) {
    throw new UsageError((error as Error).message, 2);
  }
  const v = parsed.values;
  const lang = v.lang ?? "en";
  if (lang !== "nl" && lang !== "en") throw new UsageError("--lang must be nl or en", 2);
  const format = v.format ?? "md";
  if (!(FORMATS as readonly string[]).includes(format)) {
    throw new UsageError(`--format must be one of ${FORMATS.join(", ")}`, 2);
  }
  const minGroupSize = Number(v["min-group-size"] ?? "3");
  // The disclosure policy's floor (docs/disclosure.md): below 3, a group's figures tell a member
  // the other's.
  if (!Number.isInteger(minGroupSize) || minGroupSize < 3) {
    throw new UsageError("--min-group-size must be a whole number ≥ 3", 2);
  }
  const groupBy = v["group-by"];
  if (groupBy !== undefined && groupBy !== "type")
    throw new UsageError("--group-by must be type", 2);
  const asOf = v["as-of"];
  if (asOf !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(asOf)) {
    throw new UsageError("--as-of must be a date YYYY-MM-DD", 2);
  }
  const [command, ...args] = parsed.positionals;
  return {
    command,
    args,
    options: {
      lang,
      format: format as Format,
      out: v.out,
      asOf,
      models: v.model ?? [],
      crosswalks: v.crosswalk ?? [],
      baseline: v.baseline ?? [],
      minGroupSize,
      groupBy: groupBy === "type" ? "institutionType" : undefined,
      help: v.help === true,
      version: v.version === true,
    },
  };
}

function parse(argv: readonly string[]) {
  return parseArgs({
    args: [...argv],
    allowPositionals: true,
    options: {
      lang: { type: "string" },
      format: { type: "string", short: "f" },
      out: { type: "string", short: "o" },
      "as-of": { type: "string" },
      model: { type: "string", multiple: true },
      crosswalk: { type: "string", multiple: true },
      baseline: { type: "string", multiple: true },
      "min-group-size": { type: "string" },
      "group-by": { type: "string" },
      help: { type: "boolean", short: "h" },
      version: { type: "boolean", short: "v" },
    },
  });
}
