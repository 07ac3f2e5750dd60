import { EXIT, type ExitCode } from "./exit.js";
import type { CliErrorCode } from "./messages.js";

/** Values filled into a message; text from data or the command line is cleaned when printed. */
export type CliParams = Readonly<Record<string, string | number>>;

/**
 * A failure the CLI reports as one line (`ksm: … [code]`) and an exit code. The code and params
 * are the contract; the words come from the message table in the chosen language.
 */
export class CliError extends Error {
  constructor(
    readonly code: CliErrorCode,
    readonly params: CliParams,
    readonly exitCode: ExitCode,
    /** Lines printed after the message, e.g. the issues of an invalid document. */
    readonly detail?: string,
  ) {
    super(code);
    this.name = "CliError";
  }
}

/** Invalid input (exit 1): a file that cannot be read, is not JSON, or is not a valid document. */
export const inputError = (code: CliErrorCode, params: CliParams, detail?: string): CliError =>
  new CliError(code, params, EXIT.invalidInput, detail);

/** Wrong usage (exit 2): the command line asks for something ksm cannot do. */
export const usageError = (code: CliErrorCode, params: CliParams = {}): CliError =>
  new CliError(code, params, EXIT.usage);
