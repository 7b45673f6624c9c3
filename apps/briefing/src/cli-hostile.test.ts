import { execFile } from 'node:child_process';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { type Briefing, BriefingSchema } from '@dealbrief/core';
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Exit, runCliProcess, SEEDS } from './test-cli.js';
import { type HostileCase, makeHostileSources } from './test-hostile-corpus.js';
import { skipWithout } from './test-tools.js';

// The whole pipeline over the hostile corpus (fixtures/hostile/ plus cases made in a temp folder) next to
// the seeds: good sources make it into the pack, bad ones are listed with their reason everywhere, the
// run is partial (exit 3), nothing throws, and every citation verifies. The README's "What happens with
// bad input" table states the same outcomes.

const SEED_IDS = ['000', '001', '002', '003', '004'];
const STACK = /^\s+at .+[:(]/m;
let root: string;
let sources: string;
let cases: HostileCase[];
let run: Exit;
let pack: string;
let briefing: Briefing;

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'dealbrief-hostile-'));
  ({ dir: sources, cases } = await makeHostileSources(root));
  run = await runCliProcess([
    'run',
    '--sources',
    sources,
    '--out',
    join(root, 'out'),
    '--as-of',
    '2025-11-05',
  ]);
  pack = join(root, 'out', 'latest');
  briefing = BriefingSchema.parse(JSON.parse(await readFile(join(pack, 'briefing.json'), 'utf8')));
}, 60_000);

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

const rejectedCases = (): HostileCase[] => cases.filter((c) => c.outcome === 'rejected');
const sourceOf = (file: string) => briefing.sources.find((s) => s.file === file);
/** A text cell as written (CSV and XLSX escape a leading `-`, `=`, `+`, `@` with an apostrophe). */
const unquoteCell = (text: string): string => text.replace(/^'(?=[-=+@])/, '');

describe('a run over the hostile corpus', () => {
  it('exits 3 (partial), names every rejected file and its reason on stderr, and shows no stack', () => {
    expect(run.code, run.stderr).toBe(3);
    expect(run.stderr).not.toMatch(STACK);
    for (const c of rejectedCases()) {
      const line = run.stderr.split('\n').find((l) => l.startsWith(`rejected ${join(sources, c.file)}: `));
      expect(line, c.file).toBeDefined();
      expect(line, c.file).toMatch(c.reason ?? /./);
    }
    expect(run.stdout).toMatch(/^run \S+: \d+ sources \(\d+ rejected\), \d+ claims, \d+ fields → /);
  });

  it('keeps every seed with its claims and gives each hostile file its outcome in briefing.json', () => {
    for (const id of SEED_IDS) {
      expect(briefing.sources.find((s) => s.id === id)?.status).toBe('ok');
      expect(briefing.claims.some((c) => c.source === id)).toBe(true);
    }
    for (const c of cases) {
      const source = sourceOf(c.file);
      expect(source?.status, c.file).toBe(c.outcome);
      if (c.outcome === 'rejected') {
        expect(source?.problem, c.file).toMatch(c.reason ?? /./);
        expect(briefing.claims.some((claim) => claim.source === source?.id)).toBe(false);
      }
      if (c.claims)
        expect(
          briefing.claims.some((claim) => claim.source === source?.id),
          c.file,
        ).toBe(true);
      if (c.encoding) expect(source?.encoding, c.file).toBe(c.encoding);
    }
  });

  it('reads nothing through the link outside the folder and records rejected entries as 0 bytes', () => {
    for (const file of ['125_outside-link.txt', '127_folder.txt', '120_20mb.txt']) {
      expect(sourceOf(file)).toMatchObject({ status: 'rejected', bytes: 0 });
    }
  });

  it('cites in code points past emoji and astral characters', async () => {
    const text = await readFile(join(sources, '116_astral-before-number.txt'), 'utf8');
    const points = Array.from(text);
    const source = sourceOf('116_astral-before-number.txt');
    const claims = briefing.claims.filter((c) => c.source === source?.id);
    expect(claims.some((c) => c.citation.exact.includes('260,000'))).toBe(true);
    for (const { citation } of claims) {
      expect(points.slice(citation.start, citation.end).join('')).toBe(citation.exact);
    }
  });

  it('lists every rejected file with its reason in sources.csv', async () => {
    const text = (await readFile(join(pack, 'sources.csv'), 'utf8')).replace(/^\uFEFF/, '');
    const rows = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true }).data;
    for (const c of cases) {
      const row = rows.find((r) => unquoteCell(r.file ?? '') === c.file);
      expect(row?.status, c.file).toBe(c.outcome);
      if (c.outcome === 'rejected') expect(unquoteCell(row?.problem ?? ''), c.file).toMatch(c.reason ?? /./);
    }
  });

  it('lists every rejected file with its reason on the Sources sheet', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(join(pack, 'briefing.xlsx'));
    const sheet = workbook.getWorksheet('Sources');
    const rows: string[][] = [];
    sheet?.eachRow((row) => {
      const cells: string[] = [];
      row.eachCell((cell) => {
        cells.push(unquoteCell(cell.text));
      });
      rows.push(cells);
    });
    for (const c of rejectedCases()) {
      const row = rows.find((cells) => cells.includes(c.file));
      expect(row, c.file).toBeDefined();
      expect(row, c.file).toContain('rejected');
      expect(row?.join(' | '), c.file).toContain(sourceOf(c.file)?.problem);
    }
  });

  it.skipIf(skipWithout('pdftotext'))('lists every rejected file with its reason in the PDF', async () => {
    const { stdout } = await promisify(execFile)('pdftotext', [join(pack, 'briefing.pdf'), '-'], {
      maxBuffer: 64 * 1024 * 1024,
    });
    const squeezed = stdout.replace(/\s+/g, '');
    for (const c of rejectedCases()) {
      const problem = sourceOf(c.file)?.problem ?? '';
      expect(squeezed, c.file).toContain(`${c.file}`.replace(/\s+/g, ''));
      expect(squeezed, c.file).toContain(`Rejected:${problem.replace(/\s+/g, '')}`);
    }
  });

  it('verifies: every citation in the pack is a slice of its source', async () => {
    const verify = await runCliProcess(['verify', pack]);
    expect(verify.code, verify.stderr).toBe(0);
    const runRecord = JSON.parse(await readFile(join(pack, 'run.json'), 'utf8'));
    expect(runRecord.status).toBe('partial');
  }, 30_000);
});

describe('a bad sources.json', () => {
  const REGISTRY_CASES: { name: string; edit: (json: string) => string; message: RegExp }[] = [
    {
      name: 'invalid JSON',
      edit: (json) => json.replace(/\}\s*\]/, '},\n  ]'),
      message: /sources\.json: invalid JSON at line 8, column 3: Unexpected token ']'\n/,
    },
    {
      name: 'a value of the wrong type',
      edit: (json) => json.replace('"published": "2025-11-03"', '"published": 20251103'),
      message: /sources\.json: \$\.sources\[2\]\.published: .*expected string/,
    },
    {
      name: 'an entry naming a missing file',
      edit: (json) => json.replace(/\}\s*\]/, '},\n  { "file": "999_missing.txt", "kind": "news" }\n  ]'),
      message: /sources\.json: \$\.sources\[5\]\.file: "999_missing\.txt" names a file that does not exist/,
    },
  ];

  it.each(REGISTRY_CASES)(
    '$name: exit 3, the file and where, and every source still in',
    async (c) => {
      const dir = await mkdtemp(join(root, 'registry-'));
      await cp(SEEDS, join(dir, 'sources'), { recursive: true });
      const registry = join(dir, 'sources', 'sources.json');
      const edited = c.edit(await readFile(registry, 'utf8'));
      await writeFile(registry, edited);
      const out = join(dir, 'out');
      const result = await runCliProcess([
        'run',
        '--sources',
        join(dir, 'sources'),
        '--out',
        out,
        '--as-of',
        '2025-11-05',
      ]);
      expect(result.code, result.stderr).toBe(3);
      expect(result.stderr).toMatch(c.message);
      expect(result.stderr).toContain(registry);
      expect(result.stderr).not.toMatch(STACK);
      const packed = BriefingSchema.parse(
        JSON.parse(await readFile(join(out, 'latest', 'briefing.json'), 'utf8')),
      );
      expect(packed.sources.filter((s) => s.status === 'ok').map((s) => s.id)).toEqual(SEED_IDS);
      for (const id of SEED_IDS) expect(packed.claims.some((claim) => claim.source === id)).toBe(true);
    },
    30_000,
  );
});
