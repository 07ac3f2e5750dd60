// The command line in-process: dates, sizes, languages, and the message tables behind every
// failure line.
import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { langIn, parseCommandLine } from "../../src/cli/args.js";
import { CliError } from "../../src/cli/cliError.js";
import { isCalendarDate } from "../../src/cli/dates.js";
import { CLI_MESSAGES, type CliErrorCode, cliMessage } from "../../src/cli/messages.js";
import { run } from "../../src/cli/run.js";

/** The code a command line fails with, or undefined when it parses. */
function failure(argv: readonly string[]): string | undefined {
  try {
    parseCommandLine(argv);
    return undefined;
  } catch (error) {
    expect(error).toBeInstanceOf(CliError);
    return (error as CliError).code;
  }
}

describe("--as-of", () => {
  const dateLike = fc
    .tuple(fc.nat({ max: 9999 }), fc.nat({ max: 14 }), fc.nat({ max: 32 }))
    .map(([y, m, d]) =>
      [String(y).padStart(4, "0"), String(m).padStart(2, "0"), String(d).padStart(2, "0")].join(
        "-",
      ),
    );

  test.prop([dateLike])("is a calendar date exactly when the calendar has that day", (text) => {
    const date = new Date(`${text}T00:00:00Z`);
    const real =
      !Number.isNaN(date.getTime()) &&
      date.toISOString().slice(0, 10) === text &&
      date.getUTCFullYear() >= 1;
    expect(isCalendarDate(text)).toBe(real);
  });

  it.each([["2025-02-30"], ["0000-01-01"], ["2023-02-29"], ["1900-02-29"], ["2025-1-01"], ["x"]])(
    "%s is wrong usage",
    (date) => {
      expect(failure(["score", "a.json", "--as-of", date])).toBe("invalid_date");
    },
  );

  it.each([["2024-02-29"], ["2000-02-29"], ["0001-01-01"], ["9999-12-31"]])(
    "%s is fine",
    (date) => {
      expect(failure(["score", "a.json", "--as-of", date])).toBeUndefined();
    },
  );
});

describe("--max-bytes", () => {
  it.each([
    ["1", 1],
    ["64k", 65_536],
    ["2M", 2 * 1024 * 1024],
    ["256M", 256 * 1024 * 1024],
  ])("reads %s as %i bytes", (text, bytes) => {
    expect(parseCommandLine(["score", "a.json", "--max-bytes", text]).options.maxBytes).toBe(bytes);
  });

  it("is 32 MiB by default", () => {
    expect(parseCommandLine(["score", "a.json"]).options.maxBytes).toBe(32 * 1024 * 1024);
  });
});

describe("failures of the command line", () => {
  it.each([
    [["--nope"], "unknown_option"],
    [["score", "--out"], "bad_arguments"],
    [["score", "--lang", "fr"], "bad_value"],
    [["sector", "--min-group-size", "2.5"], "bad_value"],
    [["sector", "--group-by", "size"], "bad_value"],
  ])("%j fails with %s", (argv, code) => {
    expect(failure(argv)).toBe(code);
  });

  it.each([
    [[], "missing_command"],
    [["frobnicate"], "unknown_command"],
    [["score"], "wrong_arguments"],
    [["compare", "a.json"], "wrong_arguments"],
    [["sector"], "wrong_arguments"],
    [["validate"], "wrong_arguments"],
  ])("%j exits 2 with %s", (argv, code) => {
    const err: string[] = [];
    expect(run(argv, { out: () => undefined, err: (t) => err.push(t) })).toBe(2);
    expect(err.join("\n")).toMatch(new RegExp(`^ksm: .*\\[${code}\\]$`));
  });

  it("speaks the language asked for, even when the rest does not parse", () => {
    expect(langIn(["--nope", "--lang", "nl"])).toBe("nl");
    expect(langIn(["--lang=nl"])).toBe("nl");
    expect(langIn(["--lang", "fr"])).toBe("en");
    const err: string[] = [];
    run(["--nope", "--lang", "nl"], { out: () => undefined, err: (t) => err.push(t) });
    expect(err[0]).toMatch(/onbekende optie/);
  });
});

describe("the message tables", () => {
  const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
  const codes = Object.keys(CLI_MESSAGES.en) as CliErrorCode[];

  it("have the same codes in both languages", () => {
    expect(Object.keys(CLI_MESSAGES.nl).sort()).toEqual([...codes].sort());
  });

  it.each(codes)("%s takes the same params in Dutch as in English", (code) => {
    expect(placeholders(CLI_MESSAGES.nl[code])).toEqual(placeholders(CLI_MESSAGES.en[code]));
  });

  it("names stdin in words and puts codes into words", () => {
    expect(cliMessage("not_a_file", { file: "-", kind: "fifo" }, "nl")).toMatch(
      /^standaardinvoer: is een FIFO/,
    );
    expect(cliMessage("unreadable", { file: "a", reason: "EACCES" }, "en")).toMatch(
      /permission denied/,
    );
    expect(cliMessage("unreadable", { file: "a", reason: "EWEIRD" }, "en")).toMatch(/EWEIRD/);
  });
});
