/**
 * The exit codes of `ksm`, documented in `--help` and `docs/cli.md`. 70 is `EX_SOFTWARE` of BSD
 * `sysexits.h`: scripts can tell a bug in ksm from a mistake of their own.
 */
export const EXIT = {
  ok: 0,
  invalidInput: 1,
  usage: 2,
  internal: 70,
} as const;

/** One of the exit codes in {@link EXIT}. */
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];
