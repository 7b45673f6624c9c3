import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** The built CLI (dist/cli.js); `npm test` builds it first. */
export const CLI = fileURLToPath(new URL('../dist/cli.js', import.meta.url));
/** The repository's seed articles. */
export const SEEDS = fileURLToPath(new URL('../../../seeds/', import.meta.url));

/** How a CLI process ended. */
export interface Exit {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the built CLI with arguments, extra environment variables and a working directory (test helper). */
export function runCliProcess(args: string[], env: Record<string, string> = {}, cwd?: string): Promise<Exit> {
  return new Promise((done) => {
    execFile(
      process.execPath,
      [CLI, ...args],
      { encoding: 'utf8', env: { ...process.env, ...env }, cwd },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : -1) : 0;
        done({ code, stdout, stderr });
      },
    );
  });
}
