import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Briefing } from '@dealbrief/core';
import Papa from 'papaparse';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { INJECTED_DDE, INJECTED_FORMULA, TEST_BRIEFING } from './test-briefing.js';
import { CSV_FILES, writeCsv } from './write-csv.js';

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
  it('writes the four files in order, with a BOM and CRLF line ends', async () => {
    expect(await writeCsv(TEST_BRIEFING, dir)).toEqual([...CSV_FILES]);
    for (const file of CSV_FILES) {
      const bytes = await readFile(join(dir, file));
      expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const text = bytes.toString('utf8');
      expect(text.endsWith('\r\n')).toBe(true);
      // Outside quoted cells (multi-line rationales and quotes), every line break is a CRLF record end.
      expect(text.replace(/"(?:[^"]|"")*"/g, '').replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    }
  });

  it('leaves the BOM out on request', async () => {
    await writeCsv(TEST_BRIEFING, dir, { bom: false });
    const text = await readFile(join(dir, 'briefing.csv'), 'utf8');
    expect(
      text.startsWith(
        'field,label,value,display,status,confidence,sources,citations,dissent,consistent,rationale\r\n',
      ),
    ).toBe(true);
  });

  it('writes one briefing row per field with readable citations and dissent', async () => {
    await writeCsv(TEST_BRIEFING, dir);
    const { header, rows } = await readTable('briefing.csv');
    expect(header).toEqual([
      'field',
      'label',
      'value',
      'display',
      'status',
      'confidence',
      'sources',
      'citations',
      'dissent',
      'consistent',
      'rationale',
    ]);
    expect(rows.map((r) => r['field'])).toEqual([
      'gpu_total',
      'gpu_public_sector',
      'announcement_date',
      'venue',
      'partner_companies',
      'people',
      'deal_value',
      'quotes',
      'headline',
      'gpu_delivery',
    ]);
    const gpu = findRow(rows, 'field', 'gpu_total');
    expect(gpu['value']).toBe('260000');
    expect(gpu['display']).toBe('up to 260,000 GPUs');
    expect(gpu['status']).toBe('disputed');
    expect(gpu['confidence']).toBe('0.78');
    expect(gpu['sources']).toBe('000 001 002 004 005');
    expect(gpu['citations']?.split(' | ')).toEqual([
      '000 L1:250 “up to 260,000 graphics processing units”',
      '001 L1:289 “bis zu 260.000 Grafikprozessoren (GPUs) in Südkorea”',
      '002 L15:90 “supply of 260,000 graphics processing units”',
      "002 L19:51 “over 260,000 of Nvidia's latest GPUs”",
      '004 L1:34 “more than 260,000 of its most advanced artificial intelligence (AI) chips”',
      '005 L3:24 “26만 장”',
    ]);
    expect(gpu['dissent']).toBe('003 L5:51 “receive 250,000 GPUs”');
    expect(gpu['consistent']).toBe('003 L2:447 “more than a quarter‑million NVIDIA GPUs”');
    expect(findRow(rows, 'field', 'announcement_date')['consistent']).toBe(
      '000 L1:81 “Friday” | 001 L1:57 “Freitag”',
    );
    expect(gpu['rationale']).toContain('\r\nThe opinion piece 003 says "a quarter-million"');

    const partners = findRow(rows, 'field', 'partner_companies');
    expect(partners['display']).toBe('Samsung Electronics; SK Group; LG; Naver Cloud');
    expect(partners['sources']).toBe('000 002 004 005');
    expect(partners['citations']?.split(' | ').at(-1)).toBe('005 L4:18 “네이버클라우드”');

    // A list field that keeps its evidence on its members only.
    const quotes = findRow(rows, 'field', 'quotes');
    expect(quotes['display']).toMatch(/^Lee Jae Myung: “I am confident that under your leadership/);
    expect(quotes['value']).toMatch(/^I am confident that under your leadership/);
    expect(quotes['sources']).toBe('000');
    expect(quotes['citations']).toBe(
      '000 L2:56 “I am confident that under your leadership, Republic of Korea will serve as a true testing ground and a testbed”',
    );

    const missing = findRow(rows, 'field', 'gpu_delivery');
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
      'display',
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
      value: '260000',
      display: '260,000 GPUs',
      qualifier: 'exact',
      source: '005',
      publisher: '연합뉴스',
      rule: 'quantity-ko',
    });
    expect(ko).toMatchObject({
      start: '41',
      end: '46',
      line: '3',
      column: '24',
      exact: '26만 장',
      confidence: '0.9',
    });
    expect(findRow(rows, 'id', '000-partner_companies-1')['qualifier']).toBe('');
    expect(findRow(rows, 'id', '002-people-1')).toMatchObject({
      exact: '이재명 대통령',
      publisher: 'Korea.net',
    });
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
      'weight',
      'same_story_as',
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
    expect(rows.map((r) => r['id'])).toEqual(['000', '001', '002', '003', '004', '005', '006', '007']);
    expect(findRow(rows, 'id', '002')).toMatchObject({
      weight: '0.95',
      same_story_as: '',
      languages: 'en ko',
      author: 'Jeon Misun',
      bytes: '2777',
    });
    expect(findRow(rows, 'id', '003')['title']).toBe('Sovereign AI, "made in Gyeongju", with commas');
    expect(findRow(rows, 'id', '001')['publisher']).toBe('Süddeutsche Beispiel-Zeitung');
    for (const id of ['000', '001']) {
      expect(findRow(rows, 'id', id)['same_story_as']).toBe('000+001: 001 is a German version of 000');
    }
    expect(findRow(rows, 'id', '007')).toMatchObject({
      status: 'rejected',
      problem: expect.stringMatching(/^SOURCE_EMPTY/),
      kind: 'unknown',
      weight: '',
      languages: '',
      bytes: '0',
    });
  });

  it('writes one conflicts row per disputed or single-source field or member, disputed first', async () => {
    await writeCsv(TEST_BRIEFING, dir);
    const { header, rows } = await readTable('conflicts.csv');
    expect(header).toEqual([
      'field',
      'label',
      'member',
      'status',
      'confidence',
      'answer',
      'sources',
      'support',
      'dissent',
      'consistent',
      'claims',
      'rationale',
    ]);
    expect(rows.map((r) => [r['field'], r['member'], r['status']])).toEqual([
      ['gpu_total', '', 'disputed'],
      ['announcement_date', '', 'single-source'],
      ['venue', '', 'single-source'],
      ['partner_companies', '3', 'single-source'],
      ['partner_companies', '4', 'single-source'],
      ['deal_value', '', 'single-source'],
      ['quotes', '1', 'single-source'],
      ['headline', '', 'single-source'],
    ]);
    const gpu = findRow(rows, 'field', 'gpu_total');
    expect(gpu).toMatchObject({
      confidence: '0.78',
      answer: 'up to 260,000 GPUs',
      dissent: '250,000 GPUs — 003 L5:51 “receive 250,000 GPUs”',
      consistent: 'more than 250,000 GPUs — 003 L2:447 “more than a quarter‑million NVIDIA GPUs”',
    });
    expect(gpu['support']?.split(' | ')).toHaveLength(6);
    expect(gpu['claims']?.split(' ').slice(0, 2)).toEqual(['003-gpu_total-2', '003-gpu_total-1']);
    expect(gpu['rationale']).toContain('\r\nThe opinion piece 003 says "a quarter-million"');
    expect(findRow(rows, 'field', 'announcement_date')['consistent']).toBe(
      'Friday — 000 L1:81 “Friday” | Friday — 001 L1:57 “Freitag”',
    );
    expect(rows.find((r) => r['answer'] === 'Naver Cloud')).toMatchObject({
      sources: '005',
      support: '005 L4:18 “네이버클라우드”',
      claims: '005-partner_companies-1',
      rationale: 'Only 005 supports this member.',
    });
  });

  it('writes a conflicts file with only its header when nothing is disputed or single-source', async () => {
    const fields = TEST_BRIEFING.fields.filter((f) => f.status === 'agreed' && f.members.length === 0);
    await writeCsv({ ...TEST_BRIEFING, fields }, dir, { bom: false });
    const text = await readFile(join(dir, 'conflicts.csv'), 'utf8');
    expect(text).toBe(
      'field,label,member,status,confidence,answer,sources,support,dissent,consistent,claims,rationale\r\n',
    );
  });

  it('neutralises formula-like text cells but leaves numbers alone', async () => {
    await writeCsv(TEST_BRIEFING, dir);
    const briefing = await readTable('briefing.csv');
    const claims = await readTable('claims.csv');
    const sources = await readTable('sources.csv');
    const conflicts = await readTable('conflicts.csv');
    expect(findRow(conflicts.rows, 'field', 'headline')['answer']).toBe(`'${INJECTED_FORMULA}`);
    const headline = findRow(briefing.rows, 'field', 'headline');
    expect(headline['value']).toBe(`'${INJECTED_FORMULA}`);
    expect(headline['rationale']).toBe("'-5 points for an anonymous blog source");
    const claim = findRow(claims.rows, 'id', '006-headline-1');
    expect(claim).toMatchObject({ value: `'${INJECTED_FORMULA}`, exact: `'${INJECTED_FORMULA}` });
    expect(claim).toMatchObject({ prefix: "'@everyone ", suffix: "'\tend" });
    expect(findRow(claims.rows, 'id', '006-gpu_public_sector-1')).toMatchObject({
      prefix: "'- the public and private arenas.",
      suffix: "'\rwill be allocated to the public",
    });
    expect(findRow(sources.rows, 'id', '006')['author']).toBe("'@SUM(A1:A9)");
    expect(findRow(sources.rows, 'id', '007')['title']).toBe(`'${INJECTED_DDE}`);
    for (const table of [briefing, claims, sources, conflicts]) {
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
      for (const file of CSV_FILES) {
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
