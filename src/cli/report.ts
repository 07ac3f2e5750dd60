import { formatIssues, KsmError, type Lang } from "../index.js";
import { cleanText } from "../util/cleanText.js";
import { CliError } from "./cliError.js";
import { EXIT, type ExitCode } from "./exit.js";
import { cliMessage } from "./messages.js";
import { oneLine } from "./oneLine.js";

const HINT = { en: "; ksm --help shows the usage", nl: "; ksm --help toont het gebruik" } as const;

/**
 * What the CLI prints for a failure, and its exit code: one line `ksm: … [code]` (for invalid
 * documents followed by their issues), never a stack trace. An error that is neither the CLI's
 * nor the library's is a bug in ksm: one line saying so, exit 70.
 */
export function failure(error: unknown, lang: Lang): { text: string; exitCode: ExitCode } {
  if (error instanceof CliError) {
    const hint = error.exitCode === EXIT.usage && !error.code.startsWith("out_") ? HINT[lang] : "";
    const line = `ksm: ${oneLine(cliMessage(error.code, error.params, lang))}${hint} [${error.code}]`;
    return {
      text: error.detail === undefined ? line : `${line}\n${error.detail}`,
      exitCode: error.exitCode,
    };
  }
  // The library throws KsmError only for inputs that do not fit together (e.g. results of
  // different model versions in one sector): for the CLI user that is invalid input.
  if (error instanceof KsmError) {
    const issues =
      error.issues.length > 0 ? `\n${cleanText(formatIssues(error.issues, { lang }))}` : "";
    // The library names its option; a CLI user needs the flag.
    const flag =
      error.code === "institution_mismatch" ? ` (ksm compare: --allow-institution-change)` : "";
    return {
      text: `ksm: ${oneLine(error.message)}${flag}${issues}`,
      exitCode: EXIT.invalidInput,
    };
  }
  return { text: internalLine(error, lang), exitCode: EXIT.internal };
}

/** The one line for an unexpected error: its kind and the start of its first line. */
export function internalLine(error: unknown, lang: Lang): string {
  let message: string = typeof error;
  try {
    if (error instanceof Error) message = `${error.name}: ${error.message.split("\n")[0] ?? ""}`;
  } catch {
    // A hostile error object: its type is all that is said.
  }
  const params = { message: oneLine(message).slice(0, 200) };
  return `ksm: ${cliMessage("internal", params, lang)} [internal]`;
}
