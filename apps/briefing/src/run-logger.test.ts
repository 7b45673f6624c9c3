import { describe, expect, it } from 'vitest';
import { createRunLogger, useColour } from './run-logger.js';

function capture(options: { json?: boolean; quiet?: boolean; tty?: boolean; color?: boolean }) {
  const out: string[] = [];
  const err: string[] = [];
  const logger = createRunLogger({ stdout: (t) => out.push(t), stderr: (t) => err.push(t), ...options });
  return { logger, out, err };
}

describe('createRunLogger', () => {
  it('writes plain lines: progress and problems on stderr, the summary on stdout', () => {
    const { logger, out, err } = capture({});
    logger.progress(1, 2, 'a.txt');
    logger.line('read seeds/a.txt: en, 3 claims');
    logger.line('rejected seeds/b.txt: not valid UTF-8');
    logger.summary('published', 'run X: 2 sources');
    expect(err).toEqual(['read seeds/a.txt: en, 3 claims\n', 'rejected seeds/b.txt: not valid UTF-8\n']);
    expect(out).toEqual(['run X: 2 sources\n']);
  });

  it('writes one JSON object per line on stdout with --json', () => {
    const { logger, out, err } = capture({ json: true, tty: true });
    logger.line('rejected seeds/b.txt: not valid UTF-8');
    logger.summary('unchanged', 'unchanged: X', { runId: 'X' });
    expect(err).toEqual([]);
    expect(out.map((line) => JSON.parse(line))).toEqual([
      { level: 'warn', event: 'source-rejected', message: 'rejected seeds/b.txt: not valid UTF-8' },
      { level: 'info', event: 'unchanged', message: 'unchanged: X', runId: 'X' },
    ]);
  });

  it('keeps only problems and the summary with --quiet', () => {
    const { logger, out, err } = capture({ quiet: true, tty: true });
    logger.progress(1, 2, 'a.txt');
    logger.line('read seeds/a.txt: en, 3 claims');
    logger.line('one story: 001 is a German version of 000');
    logger.log('error', 'failed', 'boom');
    logger.summary('published', 'run X');
    expect(err).toEqual(['boom\n']);
    expect(out).toEqual(['run X\n']);
  });

  it('draws a one-line progress bar on a TTY, in colour unless NO_COLOR', () => {
    const { logger, err } = capture({ tty: true, color: true });
    logger.progress(3, 5, '002_14affad6d9dd433e.txt');
    logger.line('read seeds/002_14affad6d9dd433e.txt: en, 3 claims');
    logger.line('rejected seeds/b.txt: bad');
    expect(err[0]).toBe('\r\u001b[2K[############--------] 3/5 002_14affad6d9dd433e.txt');
    expect(err[1]).toBe('\r\u001b[2K');
    expect(err[2]).toBe('\u001b[33mrejected seeds/b.txt: bad\u001b[0m\n');
    expect(useColour(true, {})).toBe(true);
    expect(useColour(true, { NO_COLOR: '1' })).toBe(false);
    expect(useColour(false, {})).toBe(false);
  });
});
