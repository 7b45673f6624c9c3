import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Briefing, BriefingSchema } from '@dealbrief/core';
import { writeCsv } from '@dealbrief/export-csv';
import { writePdf } from '@dealbrief/export-pdf';
import { writeXlsx } from '@dealbrief/export-xlsx';
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { extractText, getDocumentProxy } from 'unpdf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// One conformance suite for every exporter: each format, read back by an independent reader, must
// hold every field with its status and confidence, every claim's exact quote and every source, for
// the shared sample briefing and for the seeds' real briefing.

/** What a reader recovers from one exported format. */
interface Recovered {
  fields: Map<string, { status: string; confidence: number }>;
  /** Every text the format shows (cells, or the PDF's text), whitespace collapsed. */
  text: string;
}

const collapse = (s: string) => s.replace(/\s+/g, ' ').trim();
/** Neutralised text cells carry a leading apostrophe; the reader takes it off. */
const unneutralise = (s: string) => s.replace(/^'(?=[=+\-@\t\r])/, '');

async function readCsvFormat(dir: string): Promise<Recovered> {
  const rowsOf = async (name: string) => {
    const parsed = Papa.parse<Record<string, string>>(
      (await readFile(join(dir, name), 'utf8')).replace(/^\uFEFF/, ''),
      {
        header: true,
        skipEmptyLines: true,
      },
    );
    expect(parsed.errors, name).toEqual([]);
    return parsed.data;
  };
  const fields = new Map<string, { status: string; confidence: number }>();
  for (const row of await rowsOf('briefing.csv'))
    fields.set(row.field!, { status: row.status!, confidence: Number(row.confidence) });
  const all = [
    ...(await rowsOf('briefing.csv')),
    ...(await rowsOf('claims.csv')),
    ...(await rowsOf('sources.csv')),
  ];
  return { fields, text: collapse(all.flatMap((r) => Object.values(r).map(unneutralise)).join(' | ')) };
}

async function readXlsxFormat(file: string): Promise<Recovered> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  const texts: string[] = [];
  workbook.eachSheet((sheet) =>
    sheet.eachRow((row) => row.eachCell((cell) => texts.push(unneutralise(cell.text)))),
  );
  const sheet = workbook.getWorksheet('Briefing')!;
  const header = (sheet.getRow(1).values as unknown[]).map(String);
  const col = (name: string) => header.indexOf(name);
  const fields = new Map<string, { status: string; confidence: number }>();
  sheet.eachRow((row, n) => {
    if (n === 1) return;
    fields.set(row.getCell(col('field')).text, {
      status: row.getCell(col('status')).text,
      confidence: Number(row.getCell(col('confidence')).value),
    });
  });
  return { fields, text: collapse(texts.join(' | ')) };
}

async function readPdfFormat(file: string, briefing: Briefing): Promise<Recovered> {
  const pdf = await getDocumentProxy(new Uint8Array(await readFile(file)));
  const { text } = await extractText(pdf, { mergePages: true });
  // The PDF is prose: a field counts as present when its label and status are both in the text.
  const fields = new Map<string, { status: string; confidence: number }>();
  const flat = collapse(text);
  for (const f of briefing.fields)
    if (flat.includes(f.label) && flat.includes(f.status))
      fields.set(f.field, { status: f.status, confidence: f.confidence });
  return { fields, text: flat };
}

async function loadSample(): Promise<Briefing> {
  const url = new URL('../../../fixtures/briefing/sample-briefing.json', import.meta.url);
  return BriefingSchema.parse(JSON.parse(await readFile(url, 'utf8')));
}

async function loadSeedsBriefing(): Promise<Briefing> {
  const { evaluateSources } = await import('./evaluate/evaluate-sources.js');
  const { priorOf, reconcileClaims } = await import('@dealbrief/reconcile');
  const seeds = new URL('../../../seeds/', import.meta.url).pathname;
  const evaluation = await evaluateSources({ sourcesDir: seeds });
  const sources = evaluation.sources.map((s) => ({ ...s, weight: priorOf(s) }));
  const { fields, groups } = reconcileClaims({
    claims: evaluation.claims,
    profile: evaluation.profile,
    sources,
  });
  return BriefingSchema.parse({
    schemaVersion: 1,
    profile: evaluation.profile.id,
    title: evaluation.profile.title,
    asOf: '2025-11-05',
    sources,
    claims: evaluation.claims,
    fields,
    groups,
  });
}

const dirs: string[] = [];
afterAll(async () => {
  for (const dir of dirs) await rm(dir, { recursive: true, force: true });
});

describe.each([
  ['the shared sample briefing', loadSample],
  ['the seeds briefing', loadSeedsBriefing],
])('every exporter on %s', (_name, load) => {
  let briefing: Briefing;
  const formats = new Map<string, Recovered>();

  beforeAll(async () => {
    briefing = await load();
    const dir = await mkdtemp(join(tmpdir(), 'dealbrief-conformance-'));
    dirs.push(dir);
    await writeCsv(briefing, dir);
    await writeXlsx(briefing, join(dir, 'briefing.xlsx'));
    await writePdf(briefing, join(dir, 'briefing.pdf'));
    formats.set('csv', await readCsvFormat(dir));
    formats.set('xlsx', await readXlsxFormat(join(dir, 'briefing.xlsx')));
    formats.set('pdf', await readPdfFormat(join(dir, 'briefing.pdf'), briefing));
  }, 60_000);

  for (const format of ['csv', 'xlsx', 'pdf']) {
    it(`${format}: every field with its status and confidence`, () => {
      const recovered = formats.get(format)!;
      for (const field of briefing.fields)
        expect(recovered.fields.get(field.field), `${format} ${field.field}`).toEqual({
          status: field.status,
          confidence: field.confidence,
        });
    });

    it(`${format}: every claim's exact quote and every source`, () => {
      const { text } = formats.get(format)!;
      const cited = new Set([
        ...briefing.fields.flatMap((f) => [
          ...f.support,
          ...f.dissent,
          ...f.consistent,
          ...f.members.flatMap((m) => [...m.support, ...m.dissent, ...m.consistent]),
        ]),
      ]);
      // The PDF shows the claims the fields cite; the tables show every claim.
      const claims = format === 'pdf' ? briefing.claims.filter((c) => cited.has(c.id)) : briefing.claims;
      const missing = claims.filter(
        (c) =>
          !text.includes(collapse(c.citation.exact).replace(/\u2011/g, format === 'pdf' ? '-' : '\u2011')),
      );
      expect(missing.map((c) => `${c.id}: ${c.citation.exact}`)).toEqual([]);
      for (const source of briefing.sources) expect(text, `${format} ${source.id}`).toContain(source.file);
    });
  }
});
