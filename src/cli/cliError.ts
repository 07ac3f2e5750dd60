import { EXIT, type ExitCode } from "./exit.js";
import type { CliErrorCode } from "./messages.js";

/** Values filled into a message; text from data or the command line is cleaned when printed. */
export type CliParams = Readonly<Record<string, string | number>>;

const { invalidInput, usage, internal } = EXIT;

/**
 * The exit code of each failure: 1 for input that cannot be read or is not valid, 2 for a
 * command line ksm cannot carry out (an `--out` that cannot be written included), 70 for a bug.
 */
export const CLI_EXIT_CODES: Readonly<Record<CliErrorCode, ExitCode>> = {
  not_found: invalidInput,
  unreadable: invalidInput,
  not_a_file: invalidInput,
  empty: invalidInput,
  too_large: invalidInput,
  folder_too_large: invalidInput,
  not_utf8: invalidInput,
  invalid_json: invalidInput,
  no_json_files: invalidInput,
  not_an_assessment: invalidInput,
  unknown_model: invalidInput,
  no_crosswalk: invalidInput,
  invalid_document: invalidInput,
  unknown_option: usage,
  missing_value: usage,
  bad_arguments: usage,
  bad_value: usage,
  invalid_date: usage,
  missing_command: usage,
  unknown_command: usage,
  wrong_arguments: usage,
  stdin_twice: usage,
  out_folder_missing: usage,
  out_is_folder: usage,
  out_not_folder: usage,
  out_not_file: usage,
  out_unwritable: usage,
  internal,
};

/**
 * A failure the CLI reports as one line (`ksm: … [code]`) and the code's exit code. The code and
 * params are the contract; the words come from the message table in the chosen language.
 */
export class CliError extends Error {
  /** The exit code that goes with the code. */
  readonly exitCode: ExitCode;

  constructor(
    readonly code: CliErrorCode,
    readonly params: CliParams = {},
    /** Lines printed after the message, e.g. the issues of an invalid document. */
    readonly detail?: string,
  ) {
    super(code);
    this.name = "CliError";
    this.exitCode = CLI_EXIT_CODES[code];
  }
}

/** A failure: the code, the values its message needs, and lines to print after it. */
export const cliError = (code: CliErrorCode, params: CliParams = {}, detail?: string): CliError =>
  new CliError(code, params, detail);
