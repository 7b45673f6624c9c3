import { copyFile, mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { locateJsonError } from './json-error-position.js';
import { readSourceRegistry } from './source-registry.js';

const SEEDS = fileURLToPath(new URL('../../../seeds/', import.meta.url));

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'dealbrief-registry-'));
  for (const name of await readdir(SEEDS)) await copyFile(join(SEEDS, name), join(dir, name));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('readSourceRegistry', () => {
  it('reads the seeds registry without problems', async () => {
    const registry = await readSourceRegistry(dir);
    expect(registry.problems).toEqual([]);
    expect(registry.found).toBe(true);
    expect(registry.entries.size).toBe(5);
    expect(registry.entries.get('002_14affad6d9dd433e.txt')).toMatchObject({
      kind: 'government',
      author: 'Jeon Misun',
      published: '2025-11-03',
    });
  });

  it('gives no entries and no problems when there is no sources.json', async () => {
    await rm(join(dir, 'sources.json'));
    const registry = await readSourceRegistry(dir);
    expect(registry).toMatchObject({ found: false, problems: [] });
    expect(registry.entries.size).toBe(0);
  });

  it('reports invalid JSON with the line and column of the error', async () => {
    await writeFile(
      join(dir, 'sources.json'),
      '{\n  "sources": [\n    { "file": "000_69938086f725314d.txt", },\n  ]\n}\n',
    );
    const registry = await readSourceRegistry(dir);
    expect(registry.entries.size).toBe(0);
    expect(registry.problems).toHaveLength(1);
    const [problem] = registry.problems;
    expect(problem?.code).toBe('SOURCES_REGISTRY_INVALID');
    expect(problem?.file).toBe(join(dir, 'sources.json'));
    // the "}" after the trailing comma on line 3
    expect(problem?.message).toMatch(/sources\.json: invalid JSON at line 3, column 43/);
  });

  it('reports an unexpected end of input at the end', async () => {
    await writeFile(join(dir, 'sources.json'), '{ "sources": [');
    const [problem] = (await readSourceRegistry(dir)).problems;
    expect(problem?.message).toMatch(/invalid JSON at line 1, column 15/);
  });

  it('reports each schema error with its JSON path and ignores the registry', async () => {
    await writeFile(
      join(dir, 'sources.json'),
      JSON.stringify({
        sources: [
          { file: '000_69938086f725314d.txt', kind: 'news' },
          { file: '001_b9a33dd55acbecd8.txt', published: 'Oct 31' },
          { file: '002_14affad6d9dd433e.txt', kind: 'tabloid' },
        ],
      }),
    );
    const registry = await readSourceRegistry(dir);
    expect(registry.entries.size).toBe(0);
    const messages = registry.problems.map((p) => p.message);
    expect(messages).toHaveLength(2);
    expect(messages[0]).toBe(
      `${join(dir, 'sources.json')}: $.sources[1].published: expected a date as YYYY-MM-DD`,
    );
    expect(messages[1]).toMatch(/sources\.json: \$\.sources\[2\]\.kind: Invalid option: expected one of/);
    expect(registry.problems[1]?.path).toBe('$.sources[2].kind');
  });

  it('reports entries naming missing or non-source files and keeps the others', async () => {
    await writeFile(join(dir, 'notes.md'), 'hello');
    await mkdir(join(dir, 'sub.txt'));
    await writeFile(
      join(dir, 'sources.json'),
      JSON.stringify({
        sources: [
          { file: '000_69938086f725314d.txt', kind: 'news' },
          { file: '999_gone.txt', kind: 'wire' },
          { file: 'notes.md' },
          { file: '000_69938086f725314d.txt', kind: 'blog' },
        ],
      }),
    );
    const registry = await readSourceRegistry(dir);
    expect([...registry.entries.keys()]).toEqual(['000_69938086f725314d.txt']);
    expect(registry.entries.get('000_69938086f725314d.txt')?.kind).toBe('news');
    expect(registry.problems.map((p) => p.path)).toEqual([
      '$.sources[1].file',
      '$.sources[2].file',
      '$.sources[3].file',
    ]);
    expect(registry.problems[0]?.message).toMatch(/"999_gone\.txt" names a file that does not exist/);
    expect(registry.problems[1]?.message).toMatch(/"notes\.md" is not a \*\.txt source/);
  });
});

describe('locateJsonError', () => {
  it('returns null for valid JSON', () => {
    expect(locateJsonError('{"a": [1, -2.5e3, "x\\u00e9", true, null]}')).toBeNull();
  });

  it('counts columns in code points', () => {
    expect(locateJsonError('{"이름": "😀" x}')).toMatchObject({ line: 1, column: 12, offset: 11 });
  });

  it('finds errors Node reports without a position', () => {
    expect(locateJsonError('{"a":tru}')).toMatchObject({ line: 1, column: 9 });
    expect(locateJsonError('')).toMatchObject({ line: 1, column: 1 });
    expect(locateJsonError('[1,2]\n x')).toMatchObject({ line: 2, column: 2 });
  });
});
