import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatDateInZone, loadConfig, resolveConfig } from './config.js';
import { effectiveFormats, parseFormats } from './formats.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'dealbrief-config-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function configFile(name: string, text: string): Promise<string> {
  const file = join(dir, name);
  await writeFile(file, text);
  return file;
}

describe('loadConfig', () => {
  it('reads every key and resolves paths against the config file folder', async () => {
    const file = await configFile(
      'ok.json',
      JSON.stringify({
        sources: 'seeds',
        out: '/abs/out',
        formats: ['csv', 'pdf'],
        timeZone: 'Asia/Seoul',
        schedule: '0 6 * * *',
        keep: 7,
        profile: 'profiles/p.json',
        port: 8080,
      }),
    );
    expect(await loadConfig(file)).toEqual({
      sources: join(dir, 'seeds'),
      out: '/abs/out',
      formats: ['csv', 'pdf'],
      timeZone: 'Asia/Seoul',
      schedule: '0 6 * * *',
      keep: 7,
      profile: join(dir, 'profiles/p.json'),
      port: 8080,
    });
  });

  it('names the file and the JSON path of every issue', async () => {
    const file = await configFile(
      'bad.json',
      JSON.stringify({
        formats: ['csv', 'docx'],
        timeZone: 'Mars/Base',
        keep: 0,
        schedule: 'daily',
        colour: 1,
      }),
    );
    const error = (await loadConfig(file).then(
      () => new Error('no error'),
      (e: unknown) => e as Error,
    )) as Error & { code?: string };
    expect(error.code).toBe('CONFIG_INVALID');
    expect(error.message).toContain(`${file} is not a valid config`);
    for (const path of ['$.formats[1]', '$.timeZone', '$.keep', '$.schedule', 'colour']) {
      expect(error.message).toContain(path);
    }
  });

  it('reports invalid JSON with line and column, and a missing file', async () => {
    const file = await configFile('syntax.json', '{\n  "out": "x",\n}');
    await expect(loadConfig(file)).rejects.toThrow(/syntax\.json: invalid JSON at line 3/);
    await expect(loadConfig(join(dir, 'none.json'))).rejects.toThrow(/cannot read the config file/);
  });

  it('falls back to dealbrief.config.json in the working folder only when it exists', async () => {
    const empty = await mkdtemp(join(dir, 'cwd-'));
    expect(await resolveConfig(undefined, empty)).toEqual({ config: {}, file: undefined });
    await writeFile(join(empty, 'dealbrief.config.json'), '{ "keep": 3 }');
    expect((await resolveConfig(undefined, empty)).config).toEqual({ keep: 3 });
  });
});

describe('dates and formats', () => {
  it('gives today in a time zone', () => {
    const now = new Date('2025-11-05T20:00:00Z');
    expect(formatDateInZone(now)).toBe('2025-11-05');
    expect(formatDateInZone(now, 'Asia/Seoul')).toBe('2025-11-06');
    expect(formatDateInZone(now, 'America/Los_Angeles')).toBe('2025-11-05');
  });

  it('parses --formats and always adds json', () => {
    expect(parseFormats('csv, XLSX,csv')).toEqual(['csv', 'xlsx']);
    expect(() => parseFormats('csv,docx')).toThrow(/unknown: docx/);
    expect(effectiveFormats(['zip', 'csv'])).toEqual(['csv', 'json', 'zip']);
    expect(effectiveFormats(undefined)).toEqual(['csv', 'xlsx', 'pdf', 'json', 'zip']);
  });
});
