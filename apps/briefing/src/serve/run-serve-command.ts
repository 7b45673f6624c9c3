import { resolve } from 'node:path';
import { DealbriefError, ErrorCode } from '@dealbrief/core';
import { resolveConfig } from '../config.js';
import { ExitCode } from '../exit-codes.js';
import type { CliContext } from '../run-cli.js';
import { waitForStopSignal } from '../wait-for-signal.js';
import { SERVE_DEFAULTS, type ServeCommand } from './parse-serve-args.js';
import { startServer } from './start-server.js';

/**
 * `dealbrief serve`: serves the output folder (`--dir`, else the config's `out`, else `out`) on `--port`
 * (else the config's `port`, else 8080) until SIGTERM or SIGINT (or `stop` is aborted), then stops
 * accepting connections, lets the requests in flight finish and returns exit code 0. Prints
 * `serving <dir> at <url>/` once it listens. `DEALBRIEF_TOKEN` (from `context.env`), when set and not
 * empty, is the bearer token every route but `/healthz` needs.
 */
export async function runServeCommand(
  command: ServeCommand,
  context: CliContext,
  stop?: AbortSignal,
): Promise<number> {
  const { config } = await resolveConfig(command.config, context.cwd ?? process.cwd());
  const dir = command.dir ?? config.out ?? SERVE_DEFAULTS.dir;
  const port = command.port ?? config.port ?? SERVE_DEFAULTS.port;
  const token = context.env?.['DEALBRIEF_TOKEN'] || undefined;
  let server: Awaited<ReturnType<typeof startServer>>;
  try {
    server = await startServer({ dir, port, host: command.host, token });
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? (error instanceof Error ? error.message : error);
    throw new DealbriefError(
      ErrorCode.OutputFailed,
      `cannot listen on ${command.host}:${port}: ${String(reason)}`,
      { cause: error },
    );
  }
  const guarded = token === undefined ? '' : ' (bearer token required)';
  context.stdout(`serving ${resolve(dir)} at ${server.url}/${guarded}\n`);
  const signal = await waitForStopSignal(stop);
  context.stderr(`${signal === 'abort' ? 'stop requested' : signal}: finishing the requests in flight\n`);
  await server.close();
  context.stderr('server stopped\n');
  return ExitCode.Ok;
}
