import { execFile, execFileSync } from 'node:child_process';

/** True when a command is on PATH (test helper). */
export function hasCommand(command: string): boolean {
  try {
    execFileSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/**
 * Whether tests needing `command` should be skipped: only outside CI. In CI (`CI=true`) the tools are
 * installed by scripts/install-system-deps.sh, so a missing one must fail the test, not skip it.
 */
export function skipWithout(command: string): boolean {
  return !hasCommand(command) && process.env.CI !== 'true';
}

/** Runs a command to completion; resolves with its exit code and output (test helper). */
export function runCommand(
  command: string,
  args: string[],
  timeout = 120_000,
): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((done) => {
    execFile(
      command,
      args,
      { encoding: 'utf8', timeout, maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => {
        done({ code: error ? (typeof error.code === 'number' ? error.code : -1) : 0, stdout, stderr });
      },
    );
  });
}
