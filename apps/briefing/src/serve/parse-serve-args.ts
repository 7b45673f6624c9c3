import { parseArgs } from 'node:util';
import { DealbriefError, ErrorCode } from '@dealbrief/core';

/**
 * `dealbrief serve [--port 8080] [--dir out] [--host 127.0.0.1] [--config <file>]`. A missing port or
 * folder falls back to the config file's `port` and `out`, then to {@link SERVE_DEFAULTS}.
 */
export interface ServeCommand {
  command: 'serve';
  port?: number | undefined;
  dir?: string | undefined;
  host: string;
  config?: string | undefined;
}

/** Defaults of `dealbrief serve`. */
export const SERVE_DEFAULTS = { port: 8080, dir: 'out', host: '127.0.0.1' } as const;

/**
 * Parses the arguments after `serve`. Returns `{ command: 'help' }` for `--help`; throws USAGE for
 * anything else it does not accept (a port outside 0–65535, an unknown option, an argument).
 */
export function parseServeArgs(args: readonly string[]): ServeCommand | { command: 'help'; topic: 'serve' } {
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({
      args: [...args],
      options: {
        port: { type: 'string', short: 'p' },
        dir: { type: 'string' },
        host: { type: 'string' },
        config: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
      allowPositionals: true,
    });
  } catch (error) {
    throw usage(
      error instanceof Error ? error.message.replace(/\. To specify a positional.*$/s, '') : String(error),
    );
  }
  const values = parsed.values as Record<string, string | boolean | undefined>;
  if (values['help']) return { command: 'help', topic: 'serve' };
  if (parsed.positionals.length > 0) throw usage(`serve takes no arguments, got "${parsed.positionals[0]}"`);
  const text = (name: string): string | undefined => {
    const value = values[name];
    if (value === undefined) return undefined;
    if (typeof value !== 'string' || value === '') throw usage(`--${name} needs a value`);
    return value;
  };
  const portText = text('port');
  if (portText !== undefined && (!/^\d{1,5}$/.test(portText) || Number(portText) > 65535)) {
    throw usage(`--port needs a number from 0 to 65535, got "${portText}"`);
  }
  return {
    command: 'serve',
    port: portText === undefined ? undefined : Number(portText),
    dir: text('dir'),
    host: text('host') ?? SERVE_DEFAULTS.host,
    config: text('config'),
  };
}

function usage(message: string): DealbriefError {
  return new DealbriefError(ErrorCode.Usage, message);
}
