/**
 * Every failure dealbrief reports carries one of these codes. The CLI maps codes to exit codes in one
 * place (apps/briefing), the server to HTTP statuses in one place.
 */
export const ErrorCode = {
  /** A source file could not be read (permissions, not a regular file, vanished). */
  SourceUnreadable: 'SOURCE_UNREADABLE',
  /** A source file's bytes are not text in a supported encoding. */
  SourceEncoding: 'SOURCE_ENCODING',
  /** A source file holds no text. */
  SourceEmpty: 'SOURCE_EMPTY',
  /** `sources.json` is not valid JSON or does not match its schema. */
  SourcesRegistryInvalid: 'SOURCES_REGISTRY_INVALID',
  /** A deal profile does not match its schema. */
  ProfileInvalid: 'PROFILE_INVALID',
  /** A citation's `exact` text is not the code-point slice it claims to be. */
  CitationMismatch: 'CITATION_MISMATCH',
  /** A source's bytes no longer match the sha256 recorded in the pack. */
  SourceChanged: 'SOURCE_CHANGED',
  /** A pack on disk is missing files or does not match its schema. */
  PackInvalid: 'PACK_INVALID',
  /** The command line was wrong. */
  Usage: 'USAGE',
  /** A config file (`dealbrief.config.json`) cannot be read or does not match its schema. */
  ConfigInvalid: 'CONFIG_INVALID',
  /** Another run holds the output folder's lock. */
  Busy: 'BUSY',
  /** Writing output failed. */
  OutputFailed: 'OUTPUT_FAILED',
  /** A bug: something that should not happen. */
  Internal: 'INTERNAL',
} as const;

export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

/** Options of a {@link DealbriefError}: the file it concerns and the error that caused it. */
export interface DealbriefErrorOptions {
  /** The file the problem is about, if any. */
  file?: string | undefined;
  cause?: unknown;
}

/** The one error class of dealbrief: a code from {@link ErrorCode}, a message, and optionally the file. */
export class DealbriefError extends Error {
  override readonly name = 'DealbriefError';
  readonly code: ErrorCode;
  readonly file: string | undefined;

  constructor(code: ErrorCode, message: string, options: DealbriefErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.code = code;
    this.file = options.file;
  }
}

/** True when `error` is a {@link DealbriefError} (also across package copies). */
export function isDealbriefError(error: unknown): error is DealbriefError {
  return (
    error instanceof DealbriefError ||
    (error instanceof Error &&
      error.name === 'DealbriefError' &&
      typeof (error as { code?: unknown }).code === 'string')
  );
}

/** A problem with input data, returned as a value (bad input is data, not an exception). */
export interface Problem {
  code: ErrorCode;
  message: string;
  file?: string | undefined;
  /** JSON path or other location inside the file, if known. */
  path?: string | undefined;
}
