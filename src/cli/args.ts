import { parseArgs } from "node:util";
import type { GroupBy, Lang } from "../index.js";
import { cliError } from "./cliError.js";
import { isCalendarDate } from "./dates.js";
import { DEFAULT_MAX_BYTES, MAX_MAX_BYTES } from "./input/inputReader.js";
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
  readonly maxBytes: number;
  readonly help: boolean;
  readonly version: boolean;
}

/**
 * The language asked for, found without parsing the whole command line: messages about a
 * command line that does not parse are in that language too.
 */
export function langIn(argv: readonly string[]): Lang {
  let lang: Lang = "en";
  argv.forEach((arg, i) => {
    const value = arg === "--lang" ? argv[i + 1] : arg.startsWith("--lang=") ? arg.slice(7) : null;
    if (value === "nl" || value === "en") lang = value;
  });
  return lang;
}

/** Parses the command line into a command, its positionals and options; usage errors exit 2. */
export function parseCommandLine(argv: readonly string[]): {
  command: string | undefined;
  args: string[];
  options: CliOptions;
} {
  const parsed = parse(argv);
  const v = parsed.values;
  const lang = v.lang ?? "en";
  if (lang !== "nl" && lang !== "en") throw badValue("--lang", "nl | en", lang);
  const format = v.format ?? "md";
  if (!(FORMATS as readonly string[]).includes(format)) {
    throw badValue("--format", FORMATS.join(" | "), format);
  }
  const minGroupSize = Number(v["min-group-size"] ?? "3");
  if (!Number.isInteger(minGroupSize) || minGroupSize < 1) {
    throw badValue("--min-group-size", "wholeNumber", v["min-group-size"] ?? "");
  }
  const groupBy = v["group-by"];
  if (groupBy !== undefined && groupBy !== "type") throw badValue("--group-by", "type", groupBy);
  const asOf = v["as-of"];
  if (asOf !== undefined && !isCalendarDate(asOf)) throw cliError("invalid_date", { value: asOf });
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
      maxBytes: v["max-bytes"] === undefined ? DEFAULT_MAX_BYTES : byteCount(v["max-bytes"]),
      help: v.help === true,
      version: v.version === true,
    },
  };
}

const badValue = (option: string, expected: string, value: string) =>
  cliError("bad_value", { option, expected, value });

/** `--max-bytes`: a whole number of bytes, or of KiB / MiB with a `k` / `M` suffix. */
function byteCount(text: string): number {
  const match = /^(\d{1,12})([kKmM]?)$/.exec(text);
  const unit = { "": 1, k: 1024, K: 1024, m: 1024 ** 2, M: 1024 ** 2 }[match?.[2] ?? ""] ?? 1;
  const bytes = match ? Number(match[1]) * unit : Number.NaN;
  if (!(bytes >= 1 && bytes <= MAX_MAX_BYTES)) {
    throw badValue("--max-bytes", "byteSize", text);
  }
  return bytes;
}

function parse(argv: readonly string[]) {
  try {
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
        "max-bytes": { type: "string" },
        help: { type: "boolean", short: "h" },
        version: { type: "boolean", short: "v" },
      },
    });
  } catch (error) {
    const { code, message } = error as { code?: string; message: string };
    const option = /'([^']*)'/.exec(message)?.[1] ?? "";
    if (code === "ERR_PARSE_ARGS_UNKNOWN_OPTION") throw cliError("unknown_option", { option });
    throw cliError("bad_arguments", { message: message.split("\n")[0] ?? "" });
  }
}
