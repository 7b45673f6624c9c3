import { cp, mkdtemp, readFile, readlink, realpath, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type Briefing, BriefingSchema, sha256Hex, sliceCodePoints } from '@dealbrief/core';
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { extractText, getDocumentProxy } from 'unpdf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Exit, runCliProcess, SEEDS } from './test-cli.js';

// End to end: the built CLI (dist/cli.js) over a copy of the seeds. Build first (`npm test` does).
const E2E_TIMEOUT = 60_000;

function readCsv(text: string): Record<string, string>[] {
  const parsed = Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ''), {
    header: true,
    skipEmptyLines: true,
  });
  expect(parsed.errors).toEqual([]);
  return parsed.data;
}

/** Undoes the CSV/XLSX formula guard ("'=..." → "=...") so cells compare with the source text. */
function unguard(cell: string): string {
  return /^'[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell;
}

let root: string;
let sources: string;
let out: string;
let run: Exit;
let briefing: Briefing;
let pack: string;

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'dealbrief-e2e-'));
  sources = join(root, 'seeds');
  out = join(root, 'out');
  await cp(SEEDS, sources, { recursive: true });
  run = await runCliProcess(['run', '--sources', sources, '--out', out, '--as-of', '2025-11-05']);
  pack = join(out, 'latest');
  briefing = BriefingSchema.parse(JSON.parse(await readFile(join(pack, 'briefing.json'), 'utf8')));
}, E2E_TIMEOUT);

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('dealbrief run on the seeds', () => {
  it('exits 0 and prints the summary line on stdout', () => {
    expect(run.stderr).not.toMatch(/rejected|dealbrief:/);
    expect(run.code).toBe(0);
    const summary =
      /^run (2025-11-05T\d{6}Z): 5 sources \(0 rejected\), (\d+) claims, (\d+) fields → (.+)\n$/.exec(
        run.stdout,
      );
    expect(summary).not.toBeNull();
    expect(Number(summary?.[2])).toBe(briefing.claims.length);
    expect(Number(summary?.[3])).toBe(briefing.fields.length);
    expect(summary?.[4]).toBe(join(out, 'runs', summary?.[1] ?? ''));
  });

  it('publishes runs/<id>, the latest symlink and the LATEST pointer', async () => {
    const runId = (await readFile(join(out, 'LATEST'), 'utf8')).trim();
    expect(await readlink(join(out, 'latest'))).toBe(join('runs', runId));
    const record = JSON.parse(await readFile(join(pack, 'run.json'), 'utf8'));
    expect(record).toMatchObject({ runId, status: 'ok', problems: [] });
    expect(resolve(await realpath(pack), record.sourcesDir)).toBe(await realpath(sources));
  });

  it('writes briefing.json for the profile with every seed accepted and claims for each', () => {
    expect(briefing).toMatchObject({ schemaVersion: 1, profile: 'korea-nvidia-2025', asOf: '2025-11-05' });
    expect(briefing.sources.map((s) => [s.id, s.status])).toEqual(
      ['000', '001', '002', '003', '004'].map((id) => [id, 'ok']),
    );
    expect(briefing.sources.find((s) => s.id === '002')).toMatchObject({
      kind: 'government',
      author: 'Jeon Misun',
    });
    expect(briefing.claims.length).toBeGreaterThan(0);
    expect(briefing.fields.length).toBeGreaterThan(0);
  });

  it('records every pack file with its sha256 in manifest.json', async () => {
    const manifest = JSON.parse(await readFile(join(pack, 'manifest.json'), 'utf8'));
    expect(manifest).toMatchObject({ schemaVersion: 1, tool: 'dealbrief', asOf: '2025-11-05' });
    expect(manifest).not.toHaveProperty('runId');
    const names = manifest.files.map((f: { name: string }) => f.name);
    expect(names).toEqual([
      'briefing.csv',
      'briefing.json',
      'briefing.pdf',
      'briefing.xlsx',
      'claims.csv',
      'conflicts.csv',
      'sources.csv',
    ]);
    for (const file of manifest.files) {
      const bytes = await readFile(join(pack, file.name));
      expect(sha256Hex(bytes), file.name).toBe(file.sha256);
    }
    expect(manifest.inputs).toHaveLength(5);
  });

  it('writes CSVs whose claim citations are the code-point slices of the seed text', async () => {
    const fields = readCsv(await readFile(join(pack, 'briefing.csv'), 'utf8'));
    expect(fields.map((row) => row['field'])).toEqual(briefing.fields.map((f) => f.field));
    const claims = readCsv(await readFile(join(pack, 'claims.csv'), 'utf8'));
    expect(claims).toHaveLength(briefing.claims.length);
    for (const row of claims) {
      const source = briefing.sources.find((s) => s.id === row['source']);
      expect(source, row['id']).toBeDefined();
      const text = await readFile(join(SEEDS, source?.file ?? ''), 'utf8');
      const slice = sliceCodePoints(text, Number(row['start']), Number(row['end']));
      expect(unguard(row['exact'] ?? ''), row['id']).toBe(slice);
    }
    expect(readCsv(await readFile(join(pack, 'sources.csv'), 'utf8')).map((r) => r['sha256'])).toEqual(
      briefing.sources.map((s) => s.sha256),
    );
  });

  it('writes an XLSX workbook whose sheets hold the values of briefing.json', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(join(pack, 'briefing.xlsx'));
    expect(workbook.worksheets.map((s) => s.name)).toEqual([
      'Briefing',
      'Evidence',
      'Conflicts',
      'Quotes',
      'Sources',
      'About',
    ]);
    const evidence = workbook.getWorksheet('Evidence');
    if (!evidence) throw new Error('no Evidence sheet');
    const header = (evidence.getRow(1).values as unknown[]).map(String);
    const exactColumn = header.indexOf('exact');
    expect(exactColumn).toBeGreaterThan(0);
    expect(evidence.actualRowCount).toBe(briefing.claims.length + 1);
    // Evidence rows are grouped by field, so find each claim's row by its id.
    const rowOf = new Map<unknown, number>();
    for (let r = 2; r <= evidence.actualRowCount; r++) rowOf.set(evidence.getRow(r).getCell(1).value, r);
    for (const claim of briefing.claims) {
      const cell = evidence.getRow(rowOf.get(claim.id) ?? 0).getCell(exactColumn).value;
      expect(unguard(String(cell)), claim.id).toBe(claim.citation.exact);
    }
    expect(workbook.getWorksheet('Sources')?.actualRowCount).toBe(briefing.sources.length + 1);
  });

  it('writes a PDF that shows the Korean text of a citation', async () => {
    const hangul = briefing.claims
      .flatMap((c) => c.citation.exact.match(/[\p{Script=Hangul}]{2,}/gu) ?? [])
      .filter((s) => s.length >= 2);
    expect(hangul.length, 'some claim cites Korean text').toBeGreaterThan(0);
    const pdf = await getDocumentProxy(new Uint8Array(await readFile(join(pack, 'briefing.pdf'))));
    const { text } = await extractText(pdf, { mergePages: true });
    expect(hangul.some((name) => text.includes(name))).toBe(true);
  });

  it(
    'verifies the pack (exit 0), then fails once a seed byte changes, naming the source',
    async () => {
      const ok = await runCliProcess(['verify', out]);
      expect(ok.stderr).toBe('');
      expect(ok).toMatchObject({ code: 0 });
      expect(ok.stdout).toBe(`verified ${briefing.claims.length} claims in 5 sources\n`);
      expect((await runCliProcess(['verify', pack])).code).toBe(0);

      // change the first (ASCII) character of a citation: the hash and that citation must both fail
      const cited = briefing.claims.find((c) => /^[A-Za-z0-9]/.test(c.citation.exact));
      expect(cited, 'some claim cites text starting with an ASCII letter or digit').toBeDefined();
      if (!cited) return;
      const source = briefing.sources.find((s) => s.id === cited.source);
      const file = join(sources, source?.file ?? '');
      const bytes = await readFile(file);
      const at = Buffer.byteLength(sliceCodePoints(bytes.toString('utf8'), 0, cited.citation.start));
      bytes[at] = bytes[at] === 0x58 ? 0x59 : 0x58;
      await writeFile(file, bytes);
      const bad = await runCliProcess(['verify', pack]);
      expect(bad.code).toBe(1);
      expect(bad.stdout).toBe('');
      expect(bad.stderr).toContain(`source ${cited.source} (${source?.file}) changed: sha256 is `);
      expect(bad.stderr).toMatch(/changed: sha256 is [0-9a-f]{64}, the pack recorded [0-9a-f]{64}/);
      expect(bad.stderr).toContain(
        `claim ${cited.id}: exact ${JSON.stringify(cited.citation.exact)} but the text at`,
      );
    },
    E2E_TIMEOUT,
  );
});
