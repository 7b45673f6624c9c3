import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  type Briefing,
  BriefingSchema,
  CLAIM_COLUMNS,
  CONFLICT_COLUMNS,
  FIELD_COLUMNS,
  indexBriefing,
  listConflictRows,
  SOURCE_COLUMNS,
  type TableColumn,
} from '@dealbrief/core';
import fc from 'fast-check';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_BRIEFING } from './test-briefing.js';
import { writeCsv } from './write-csv.js';

/** Fixed seed so a failure replays; each run writes four files, so runs stay modest. */
const RUN = { seed: 42, numRuns: 100 } as const;

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'dealbrief-csv-props-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** The documented neutralisation, restated here: a leading = + - @ tab or CR gets a `'`. */
function neutralised(text: string): string {
  return /^(?:[\t\r]|[\s"'“”‘’\u00a0\u3000\ufeff]*[=+\-@])/u.test(text) ? `'${text}` : text;
}

/** Pieces that stress a CSV writer: quotes, delimiters, every line end, BOMs, formula triggers, astral. */
const PIECES = [
  '"',
  '""',
  ',',
  ';',
  '\r',
  '\n',
  '\r\n',
  '\n\r',
  '\uFEFF',
  '\t',
  ' ',
  '=',
  '+',
  '-',
  '@',
  "'",
  '=HYPERLINK("https://evil.example","x")',
  '26만 장',
  '😀',
  '👨‍👩‍👧',
  'e\u0301',
  '\u202e',
  '\u0000',
] as const;

/** Arbitrary Unicode text (astral included, no lone surrogates: the files are UTF-8). */
const textArb = fc
  .tuple(
    fc.constantFrom('', '', '', '=', '+', '-', '@', '\t', '\r', '\n', ' ', '"', '\uFEFF'),
    fc.array(
      fc.oneof(
        fc.string({ unit: 'binary', maxLength: 6 }),
        fc.string({ unit: 'grapheme', maxLength: 4 }),
        fc.constantFrom(...PIECES),
      ),
      { maxLength: 12 },
    ),
  )
  .map(([lead, parts]) => lead + parts.join(''));

const nonEmptyTextArb = textArb.filter((text) => text.length > 0);

/** A pool of values handed out in turn, so a small generated array can fill every record. */
function take<T>(pool: readonly T[], i: number): T {
  return pool[i % pool.length]!;
}

const inputsArb = fc.record({
  texts: fc.array(textArb, { minLength: 1, maxLength: 24 }),
  required: fc.array(nonEmptyTextArb, { minLength: 1, maxLength: 24 }),
  counts: fc.array(fc.nat({ max: 2 ** 31 }), { minLength: 1, maxLength: 16 }),
  positives: fc.array(fc.integer({ min: 1, max: 1e6 }), { minLength: 1, maxLength: 16 }),
  fractions: fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 1, maxLength: 16 }),
});
type Inputs = typeof inputsArb extends fc.Arbitrary<infer T> ? T : never;

/** The shared fixture with its text cells (and numbers) replaced; still a valid briefing. */
function buildBriefing({ texts, required, counts, positives, fractions }: Inputs): Briefing {
  let t = 0;
  let r = 0;
  let n = 0;
  const text = () => take(texts, t++);
  const req = () => take(required, r++);
  const count = () => take(counts, n++);
  const positive = () => take(positives, n++);
  const fraction = () => take(fractions, n++);
  const b = TEST_BRIEFING;
  return BriefingSchema.parse({
    ...b,
    title: text(),
    sources: b.sources.map((s) => ({
      ...s,
      title: text(),
      publisher: text(),
      author: text(),
      problem: s.problem === undefined ? undefined : text(),
      bytes: count(),
      weight: fraction(),
    })),
    claims: b.claims.map((c) => ({
      ...c,
      display: req(),
      rule: req(),
      confidence: fraction(),
      citation: {
        start: count(),
        end: count(),
        exact: req(),
        prefix: text(),
        suffix: text(),
        line: positive(),
        column: positive(),
      },
    })),
    fields: b.fields.map((f) => ({
      ...f,
      label: text(),
      rationale: text(),
      display: f.cardinality === 'one' ? req() : f.display,
      confidence: fraction(),
      members: f.members.map((m) => ({ ...m, display: req(), confidence: fraction() })),
    })),
    groups: b.groups.map((g) => ({ ...g, note: text() })),
  });
}

/** Reads a written CSV back with papaparse's parser: header, then rows of strings. */
async function readCsv(file: string): Promise<string[][]> {
  const raw = await readFile(join(dir, file), 'utf8');
  expect(raw.startsWith('\uFEFF')).toBe(true);
  // RFC 4180: records end with CRLF and fields are comma-separated; say so rather than let papaparse guess.
  const parsed = Papa.parse<string[]>(raw.slice(1), {
    delimiter: ',',
    newline: '\r\n',
    skipEmptyLines: false,
  });
  expect(parsed.errors).toEqual([]);
  const rows = parsed.data;
  // The file ends with CRLF, which papaparse reads as one last empty record.
  expect(rows.at(-1)).toEqual(['']);
  return rows.slice(0, -1);
}

/** Checks one table: header, then every cell — text neutralised only when it starts with a trigger, numbers as numbers. */
async function expectTable<T>(
  file: string,
  columns: readonly TableColumn<T>[],
  records: readonly T[],
  briefing: Briefing,
): Promise<string[][]> {
  const index = indexBriefing(briefing);
  const [header, ...rows] = await readCsv(file);
  expect(header).toEqual(columns.map((c) => c.header));
  expect(rows).toHaveLength(records.length);
  records.forEach((record, i) => {
    const row = rows[i]!;
    expect(row).toHaveLength(columns.length);
    columns.forEach((column, j) => {
      const raw = column.read(record, index);
      const cell = row[j]!;
      if (typeof raw === 'number' && column.kind === 'number') {
        expect(cell).toBe(String(raw));
        expect(Number(cell)).toBe(raw);
      } else {
        expect(cell).toBe(raw === undefined ? '' : neutralised(String(raw)));
      }
    });
  });
  return rows;
}

describe('writeCsv round-trips arbitrary Unicode through papaparse', () => {
  it('gives back every cell of all four files', async () => {
    await fc.assert(
      fc.asyncProperty(inputsArb, async (inputs) => {
        const briefing = buildBriefing(inputs);
        await writeCsv(briefing, dir);
        await expectTable('briefing.csv', FIELD_COLUMNS, briefing.fields, briefing);
        await expectTable('sources.csv', SOURCE_COLUMNS, briefing.sources, briefing);
        await expectTable('conflicts.csv', CONFLICT_COLUMNS, listConflictRows(briefing.fields), briefing);
        const claims = await expectTable('claims.csv', CLAIM_COLUMNS, briefing.claims, briefing);

        // The generated strings themselves, not only what core's readers make of them.
        const at = (name: string) => CLAIM_COLUMNS.findIndex((c) => c.header === name);
        briefing.claims.forEach((claim, i) => {
          const row = claims[i]!;
          expect(row[at('exact')]).toBe(neutralised(claim.citation.exact));
          expect(row[at('prefix')]).toBe(neutralised(claim.citation.prefix));
          expect(row[at('suffix')]).toBe(neutralised(claim.citation.suffix));
          expect(row[at('display')]).toBe(neutralised(claim.display));
          expect(Number(row[at('start')])).toBe(claim.citation.start);
          expect(Number(row[at('confidence')])).toBe(claim.confidence);
        });
      }),
      RUN,
    );
  });

  it('neutralises exactly the cells that start with a formula trigger', () => {
    expect(['=1', '+1', '-1', '@a', '\t1', '\r1'].map(neutralised)).toEqual([
      "'=1",
      "'+1",
      "'-1",
      "'@a",
      "'\t1",
      "'\r1",
    ]);
    // Also after leading whitespace or quotes, which some clients trim on import.
    expect([' =1', '\uFEFF=1', '\n=1', "'=1", '"+1'].map(neutralised)).toEqual([
      "' =1",
      "'\uFEFF=1",
      "'\n=1",
      "''=1",
      '\'"+1',
    ]);
    expect(['', 'a=1', ' 1', '"quoted"'].map(neutralised)).toEqual(['', 'a=1', ' 1', '"quoted"']);
  });
});
