import { DealbriefError, ErrorCode } from '@dealbrief/core';
import { describe, expect, it } from 'vitest';
import { ExitCode, exitCodeForError, exitCodeForRunStatus } from './exit-codes.js';
import { parseCommandLine } from './parse-command-line.js';

describe('exit codes', () => {
  it('maps usage and config errors to 2, busy to 4 and every other error code to 1', () => {
    expect(exitCodeForError(new DealbriefError(ErrorCode.Usage, 'x'))).toBe(2);
    expect(exitCodeForError(new DealbriefError(ErrorCode.ConfigInvalid, 'x'))).toBe(2);
    expect(exitCodeForError(new DealbriefError(ErrorCode.Busy, 'x'))).toBe(4);
    const special: string[] = [ErrorCode.Usage, ErrorCode.ConfigInvalid, ErrorCode.Busy];
    for (const code of Object.values(ErrorCode).filter((c) => !special.includes(c))) {
      expect(exitCodeForError(new DealbriefError(code, 'x')), code).toBe(1);
    }
    expect(exitCodeForError(new TypeError('bug'))).toBe(1);
    expect(exitCodeForError('thrown string')).toBe(1);
  });

  it('recognises a DealbriefError from another copy of core by name and code', () => {
    const foreign = Object.assign(new Error('bad flag'), { name: 'DealbriefError', code: 'USAGE' });
    expect(exitCodeForError(foreign)).toBe(ExitCode.Usage);
  });

  it('maps run status to 0 or 3', () => {
    expect(exitCodeForRunStatus('ok')).toBe(0);
    expect(exitCodeForRunStatus('partial')).toBe(3);
  });
});

describe('parseCommandLine', () => {
  const usageCode = (argv: string[]): number => {
    try {
      parseCommandLine(argv);
    } catch (error) {
      return exitCodeForError(error);
    }
    return 0;
  };

  it('parses run and verify', () => {
    expect(parseCommandLine(['run', '--sources', 'seeds', '--out', 'out', '--as-of', '2025-11-05'])).toEqual({
      command: 'run',
      sources: 'seeds',
      out: 'out',
      asOf: '2025-11-05',
      force: false,
      json: false,
      quiet: false,
    });
    expect(
      parseCommandLine(['run', '--formats', 'csv,PDF', '--force', '--keep', '3', '--wait', '0', '--json']),
    ).toMatchObject({ command: 'run', formats: ['csv', 'pdf'], force: true, keep: 3, wait: 0, json: true });
    expect(parseCommandLine(['list', '--out', 'o', '--json'])).toEqual({
      command: 'list',
      out: 'o',
      json: true,
    });
    expect(parseCommandLine(['prune', '--keep', '2'])).toMatchObject({ command: 'prune', keep: 2 });
    expect(parseCommandLine(['verify', 'out/latest', '--sources=seeds'])).toEqual({
      command: 'verify',
      pack: 'out/latest',
      sources: 'seeds',
    });
  });

  it('parses help and version', () => {
    expect(parseCommandLine(['--help'])).toEqual({ command: 'help' });
    expect(parseCommandLine(['-h'])).toEqual({ command: 'help' });
    expect(parseCommandLine(['--version'])).toEqual({ command: 'version' });
    expect(parseCommandLine(['run', '--help'])).toEqual({ command: 'help', topic: 'run' });
    expect(parseCommandLine(['help', 'verify'])).toEqual({ command: 'help', topic: 'verify' });
  });

  it('rejects bad command lines as usage errors', () => {
    expect(usageCode([])).toBe(2);
    expect(usageCode(['frobnicate'])).toBe(2);
    expect(usageCode(['run', '--formats', 'csv,docx'])).toBe(2);
    expect(usageCode(['run', '--keep', '0'])).toBe(2);
    expect(usageCode(['run', '--wait', 'soon'])).toBe(2);
    expect(usageCode(['run', '--json', '--quiet'])).toBe(2);
    expect(usageCode(['prune', '--keep', '-1'])).toBe(2);
    expect(usageCode(['list', 'extra'])).toBe(2);
    expect(usageCode(['run', '--sources', 'seeds', '--out', 'out', '--colour'])).toBe(2);
    expect(usageCode(['run', '--sources'])).toBe(2);
    expect(usageCode(['run', '--sources', 's', '--out', 'o', '--as-of', '2025-02-30'])).toBe(2);
    expect(usageCode(['run', '--sources', 's', '--out', 'o', '--as-of', '5.11.2025'])).toBe(2);
    expect(usageCode(['verify'])).toBe(2);
    expect(usageCode(['verify', 'a', 'b'])).toBe(2);
  });
});
