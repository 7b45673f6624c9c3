import { type ErrorCode, isDealbriefError } from '@dealbrief/core';

/**
 * The process exit codes of `dealbrief`, defined in this one place (documented in `--help` and the README).
 */
export const ExitCode = {
  /** The run or verification succeeded. */
  Ok: 0,
  /**
   * Anything else failed (unreadable folder, bad profile, citation mismatch, write error, bug), or `eval`
   * scored below its thresholds.
   */
  Failure: 1,
  /** The command line or the config file was wrong: unknown command or option, missing required option. */
  Usage: 2,
  /** The run succeeded but some sources were rejected or sources.json had problems. */
  Partial: 3,
  /** Another run holds the output folder's lock (and `--wait` ran out): nothing was done. */
  Busy: 4,
} as const;

export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode];

/** Exit code for each error code when it ends a command as a thrown {@link DealbriefError}. */
const EXIT_CODE_BY_ERROR: Record<ErrorCode, ExitCode> = {
  SOURCE_UNREADABLE: ExitCode.Failure,
  SOURCE_ENCODING: ExitCode.Failure,
  SOURCE_EMPTY: ExitCode.Failure,
  SOURCES_REGISTRY_INVALID: ExitCode.Failure,
  PROFILE_INVALID: ExitCode.Failure,
  CITATION_MISMATCH: ExitCode.Failure,
  SOURCE_CHANGED: ExitCode.Failure,
  PACK_INVALID: ExitCode.Failure,
  USAGE: ExitCode.Usage,
  CONFIG_INVALID: ExitCode.Usage,
  BUSY: ExitCode.Busy,
  OUTPUT_FAILED: ExitCode.Failure,
  INTERNAL: ExitCode.Failure,
};

/** Maps anything a command threw to its exit code: usage and config errors → 2, busy → 4, everything else → 1. */
export function exitCodeForError(error: unknown): ExitCode {
  if (isDealbriefError(error)) return EXIT_CODE_BY_ERROR[error.code] ?? ExitCode.Failure;
  return ExitCode.Failure;
}

/** Exit code of a run that completed: 3 when it had to drop sources or registry entries, else 0. */
export function exitCodeForRunStatus(status: 'ok' | 'partial'): ExitCode {
  return status === 'partial' ? ExitCode.Partial : ExitCode.Ok;
}

/** Exit code of `dealbrief eval`: 0 when the scores clear every threshold, else 1. */
export function exitCodeForEvaluation(passed: boolean): ExitCode {
  return passed ? ExitCode.Ok : ExitCode.Failure;
}

/** The exit-code table as help text lines. */
export function describeExitCodes(): string[] {
  return [
    '  0  success (run: also "unchanged", when nothing changed since the latest run)',
    '  1  failure (unreadable input, invalid profile, citation mismatch, changed source, write error;',
    '     eval: scores below the thresholds or a citation that does not verify)',
    '  2  usage error (unknown command or option, missing required option, invalid config file)',
    '  3  partial success: the pack was published but sources were rejected or sources.json had problems',
    '  4  busy: another run holds <out>/.lock (and --wait ran out); nothing was done',
  ];
}
