import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Briefing } from '@dealbrief/core';
import Papa from 'papaparse';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { INJECTED_DDE, INJECTED_FORMULA, TEST_BRIEFING } from './test-briefing.js';
import { writeCsv } from './write-csv.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'dealbrief-csv-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** Reads a CSV back with papaparse's own parser (an independent reader), as header → value records. */
async function readTable(
  file: string,
): Promise<{ raw: string; header: string[]; rows: Record<string, string>[] }> {
  const raw = await readFile(join(dir, file), 'utf8');
  const parsed = Papa.parse<string[]>(raw.replace(/^\uFEFF/, ''), { skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  const [header = [], ...data] = parsed.data;
  const rows = data.map((cells) => {
    expect(cells).toHaveLength(header.length);
    return Object.fromEntries(header.map((name, i) => [name, cells[i] ?? '']));
  });
  return { raw, header, rows };
}

function findRow(rows: Record<string, string>[], key: string, value: string): Record<string, string> {
  const row = rows.find((r) => r[key] === value);
  if (row === undefined) throw new Error(`no row with ${key}=${value}`);
  return row;
}

describe('writeCsv', () => {
  it('writes the three files in order, with a BOM and CRLF line ends', async () => {
    expect(await writeCsv(TEST_BRIEFING, dir)).toEqual(['briefing.csv', 'claims.csv', 'sources.csv']);
    for (const file of ['briefing.csv', 'claims.csv', 'sources.csv']) {
      const bytes = await readFile(join(dir, file));
      expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const text = bytes.toString('utf8');
      expect(text.endsWith('\r\n')).toBe(true);
      // Every line feed outside the one quoted multi-line rationale ends a CRLF record.
      expect(text.replace(/\r\n/g, '')).not.toMatch(/\n/);
    }
  });

  it('leaves the BOM out on request', async () => {
    await writeCsv(TEST_BRIEFING, dir, { bom: false });
    const text = await readFile(join(dir, 'briefing.csv'), 'utf8');
    expect(
      text.startsWith('field,label,value,status,confidence,sources,citations,dissent,rationale\r\n'),
    ).toBe(true);
  });

  it('writes one briefing row per field with readable citations and dissent', async () => {
    await writeCsv(TEST_BRIEFING, dir);
    const { header, rows } = await readTable('briefing.csv');
    expect(header).toEqual([
      'field',
      'label',
      'value',
      'status',
      'confidence',
      'sources',
      'citations',
      'dissent',
      'rationale',
    ]);
    expect(rows.map((r) => r['field'])).toEqual([
      'gpu_total',
      'public_gpus',
      'partners',
      'headline',
      'deal_value',
    ]);
    const gpu = findRow(rows, 'field', 'gpu_total');
    expect(gpu['value']).toBe('up to 260,000 GPUs');
    expect(gpu['status']).toBe('disputed');
    expect(gpu['confidence']).toBe('0.72');
    expect(gpu['sources']).toBe('000 001 002 005');
    expect(gpu['citations']?.split(' | ')).toEqual([
      '000 L1:250 “up to 260,000 graphics processing units (GPUs)”',
      '001 L1:289 “bis zu 260.000 Grafikprozessoren (GPUs)”',
      "002 L19:51 “over 260,000 of Nvidia's latest GPUs”",
      '005 L3:24 “26만 장”',
    ]);
    expect(gpu['dissent']).toBe('003 L2:447 “more than a quarter‑million NVIDIA GPUs”');
    expect(gpu['rationale']).toContain('\r\nThe opinion piece 003 says "a quarter-million"');

    const partners = findRow(rows, 'field', 'partners');
    expect(partners['value']).toBe('Samsung Electronics; Naver Cloud');
    expect(partners['sources']).toBe('000 005');
    expect(partners['citations']).toBe('000 L1:395 “Samsung Electronics” | 005 L4:18 “네이버클라우드”');

    const missing = findRow(rows, 'field', 'deal_value');
    expect([missing['value'], missing['status'], missing['confidence'], missing['citations']]).toEqual([
      '',
      'not-found',
      '0',
      '',
    ]);
  });

  it('writes one claims row per claim, with the source publisher and plain numbers', async () => {
    await writeCsv(TEST_BRIEFING, dir);
    const { raw, header, rows } = await readTable('claims.csv');
    expect(header).toEqual([
      'id',
      'field',
      'value',
      'qualifier',
      'source',
      'publisher',
      'start',
      'end',
      'line',
      'column',
      'exact',
      'prefix',
      'suffix',
      'rule',
      'confidence',
    ]);
    expect(rows).toHaveLength(TEST_BRIEFING.claims.length);
    const ko = findRow(rows, 'id', '005-gpu_total-1');
    expect(ko).toMatchObject({
      value: '260,000 GPUs',
      qualifier: 'exact',
      source: '005',
      publisher: '연합뉴스',
    });
    expect(ko).toMatchObject({
      start: '41',
      end: '46',
      line: '3',
      column: '24',
      exact: '26만 장',
      confidence: '0.9',
    });
    expect(findRow(rows, 'id', '000-partners-1')['qualifier']).toBe('');
    expect(findRow(rows, 'id', '000-gpu_total-1')['publisher']).toBe('');
    expect(raw).toContain(',002,Korea.net,1424,1460,19,51,"over 260,000 of Nvidia\'s latest GPUs",');
  });

  it('writes sources with languages, status and problem', async () => {
    await writeCsv(TEST_BRIEFING, dir);
    const { header, rows } = await readTable('sources.csv');
    expect(header).toEqual([
      'id',
      'file',
      'status',
      'problem',
      'kind',
      'languages',
      'publisher',
      'title',
      'url',
      'published',
      'author',
      'encoding',
      'bytes',
      'sha256',
    ]);
    expect(rows.map((r) => r['id'])).toEqual(['000', '001', '002', '003', '004', '005']);
    expect(findRow(rows, 'id', '002')).toMatchObject({
      languages: 'en ko',
      author: 'Jeon Misun',
      bytes: '2777',
    });
    expect(findRow(rows, 'id', '003')['title']).toBe('Sovereign AI, "made in Gyeongju", with commas');
    expect(findRow(rows, 'id', '004')).toMatchObject({
      status: 'rejected',
      problem: expect.stringMatching(/^duplicate/),
    });
  });

  it('neutralises formula-like text cells but leaves numbers alone', async () => {
    await writeCsv(TEST_BRIEFING, dir);
    const briefing = await readTable('briefing.csv');
    const claims = await readTable('claims.csv');
    const sources = await readTable('sources.csv');
    const headline = findRow(briefing.rows, 'field', 'headline');
    expect(headline['value']).toBe(`'${INJECTED_FORMULA}`);
    expect(headline['rationale']).toBe("'-5 points for an opinion source");
    const claim = findRow(claims.rows, 'id', '003-headline-1');
    expect(claim).toMatchObject({ value: `'${INJECTED_FORMULA}`, exact: `'${INJECTED_FORMULA}` });
    expect(claim).toMatchObject({ prefix: "'@everyone ", suffix: "'\tend" });
    expect(findRow(claims.rows, 'id', '002-public_gpus-1')['prefix']).toBe(
      "'- the public and private arenas.",
    );
    expect(findRow(sources.rows, 'id', '004')['title']).toBe(`'${INJECTED_DDE}`);
    for (const table of [briefing, claims, sources]) {
      for (const row of table.rows) {
        for (const cell of Object.values(row)) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
      }
    }
  });

  it('writes the same bytes for the same briefing', async () => {
    const other = await mkdtemp(join(tmpdir(), 'dealbrief-csv-'));
    try {
      await writeCsv(TEST_BRIEFING, dir);
      await writeCsv(TEST_BRIEFING, other);
      for (const file of ['briefing.csv', 'claims.csv', 'sources.csv']) {
        expect((await readFile(join(other, file))).equals(await readFile(join(dir, file)))).toBe(true);
      }
    } finally {
      await rm(other, { recursive: true, force: true });
    }
  });

  it('streams many claims across batch boundaries without losing or merging rows', async () => {
    const template = TEST_BRIEFING.claims[0]!;
    const claims = Array.from({ length: 2501 }, (_, i) => ({ ...template, id: `000-gpu_total-${i + 1}` }));
    const big: Briefing = { ...TEST_BRIEFING, claims };
    await writeCsv(big, dir);
    const { rows } = await readTable('claims.csv');
    expect(rows.map((r) => r['id'])).toEqual(claims.map((c) => c.id));
  });

  it('reports a directory it cannot write to as OUTPUT_FAILED', async () => {
    await expect(writeCsv(TEST_BRIEFING, join(dir, 'missing'))).rejects.toMatchObject({
      name: 'DealbriefError',
      code: 'OUTPUT_FAILED',
    });
  });
});
