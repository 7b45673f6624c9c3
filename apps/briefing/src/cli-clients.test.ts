import { cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Briefing, BriefingSchema } from '@dealbrief/core';
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCliProcess, SEEDS } from './test-cli.js';
import { runCommand, skipWithout } from './test-tools.js';

// The pack opened by real clients: LibreOffice (as Calc opens XLSX and CSV), qpdf and pdftotext.
// scripts/install-system-deps.sh installs them; .ci/run calls it, so in CI they are never skipped.

/** OWASP CSV-injection payloads, placed in source text right before cited facts and in sources.json. */
const PAYLOADS = ['=HYPERLINK("http://example.invalid","click")', "+cmd|' /C calc'!A0", '-2+3', '@SUM(1+1)'];
/** Each payload opens a quotation, so the quote's citation (a cell of its own) starts with it. */
const INJECTION = PAYLOADS.map(
  (p) => `Nvidia CEO Jensen Huang said: “${p} is plain text in this article.”`,
).join('\n');

const LO_SHEETS_CSV = 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1';
let root: string;
let pack: string;
let briefing: Briefing;

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'dealbrief-clients-'));
  const sources = join(root, 'sources');
  await cp(SEEDS, sources, { recursive: true });
  await writeFile(join(sources, '005_injection.txt'), `${INJECTION}\n`);
  const registry = JSON.parse(await readFile(join(sources, 'sources.json'), 'utf8')) as { sources: object[] };
  registry.sources.push({
    file: '005_injection.txt',
    kind: 'blog',
    title: PAYLOADS[0],
    publisher: PAYLOADS[3],
  });
  await writeFile(join(sources, 'sources.json'), JSON.stringify(registry));
  const run = await runCliProcess([
    'run',
    '--sources',
    sources,
    '--out',
    join(root, 'out'),
    '--as-of',
    '2025-11-05',
  ]);
  expect(run.code, run.stderr).toBe(0);
  pack = join(root, 'out', 'latest');
  briefing = BriefingSchema.parse(JSON.parse(await readFile(join(pack, 'briefing.json'), 'utf8')));
}, 120_000);

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

/** A LibreOffice user profile of this test run's own: two instances sharing one block each other. */
function loProfile(): string {
  return `-env:UserInstallation=file://${join(root, 'lo-profile')}`;
}

function parseCsv(text: string): string[][] {
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  return parsed.data;
}

/** Every cell of a workbook, with whether it holds a formula. */
async function cellsOf(
  file: string,
): Promise<{ sheet: string; text: string; formula: string | undefined }[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  const cells: { sheet: string; text: string; formula: string | undefined }[] = [];
  workbook.eachSheet((sheet) =>
    sheet.eachRow((row) =>
      row.eachCell((cell) => {
        const formula = cell.formula || undefined;
        cells.push({ sheet: sheet.name, text: cell.text, formula });
      }),
    ),
  );
  return cells;
}

describe('real clients', () => {
  it.skipIf(skipWithout('soffice'))(
    'LibreOffice opens the XLSX and every sheet holds what briefing.json says',
    async () => {
      const out = join(root, 'lo-xlsx');
      const result = await runCommand('soffice', [
        loProfile(),
        '--headless',
        '--convert-to',
        LO_SHEETS_CSV,
        '--outdir',
        out,
        join(pack, 'briefing.xlsx'),
      ]);
      expect(result.code, result.stderr).toBe(0);
      const sheets = (await readdir(out)).sort();
      expect(sheets).toEqual(
        expect.arrayContaining(['briefing-Briefing.csv', 'briefing-Evidence.csv', 'briefing-Sources.csv']),
      );
      const rows = parseCsv(await readFile(join(out, 'briefing-Briefing.csv'), 'utf8'));
      const header = rows[0]!;
      const at = (name: string) => header.indexOf(name);
      expect(
        rows.slice(1).map((r) => [r[at('field')], r[at('status')], Number(r[at('confidence')])]),
      ).toEqual(briefing.fields.map((f) => [f.field, f.status, f.confidence]));
      const evidence = parseCsv(await readFile(join(out, 'briefing-Evidence.csv'), 'utf8'));
      const exact = evidence[0]!.indexOf('exact');
      expect(evidence.slice(1).map((r) => r[exact]?.replace(/^'/, ''))).toEqual(
        expect.arrayContaining(briefing.claims.map((c) => c.citation.exact)),
      );
      // Injected formulas stay text: LibreOffice shows the neutralised payload, never its result.
      const cells = (
        await Promise.all(sheets.map(async (s) => parseCsv(await readFile(join(out, s), 'utf8'))))
      ).flat(2);
      for (const payload of PAYLOADS) expect(cells.some((c) => c.startsWith(`'${payload}`))).toBe(true);
      expect(cells).not.toContain('click');
    },
    120_000,
  );

  it.skipIf(skipWithout('soffice'))(
    'LibreOffice opens the CSV files as text, with no formula evaluated',
    async () => {
      const out = join(root, 'lo-csv');
      for (const name of ['briefing.csv', 'claims.csv', 'sources.csv']) {
        const result = await runCommand('soffice', [
          loProfile(),
          '--headless',
          '--infilter=CSV:44,34,76,1,,0,false,false',
          '--convert-to',
          'xlsx',
          '--outdir',
          out,
          join(pack, name),
        ]);
        expect(result.code, result.stderr).toBe(0);
        const cells = await cellsOf(join(out, name.replace('.csv', '.xlsx')));
        expect(cells.filter((c) => c.formula !== undefined)).toEqual([]);
        // Text cells come through as written, with the import dialog's defaults (no detection of dates
        // in text). Cells of digits only, such as the source id "000", are read as numbers by any
        // spreadsheet; the XLSX keeps them as text.
        const csvCells = parseCsv(await readFile(join(pack, name), 'utf8')).flat();
        const textCells = csvCells.filter((c) => c !== '' && !/^[\d.,-]+$/.test(c));
        const seen = new Set(cells.map((c) => c.text));
        expect(textCells.filter((c) => !seen.has(c))).toEqual([]);
      }
      const claims = await cellsOf(join(out, 'claims.xlsx'));
      for (const payload of PAYLOADS) expect(claims.some((c) => c.text.startsWith(`'${payload}`))).toBe(true);
    },
    120_000,
  );

  it('writes no formula but its own internal links into the XLSX', async () => {
    const formulas = (await cellsOf(join(pack, 'briefing.xlsx'))).filter((c) => c.formula !== undefined);
    expect(formulas.length).toBeGreaterThan(0);
    for (const f of formulas) expect(f.formula).toMatch(/^HYPERLINK\("#'?[A-Za-z]+'?![A-Z]+\d+","[^"]*"\)$/);
  });

  it.skipIf(skipWithout('qpdf'))('qpdf finds no errors in the PDF', async () => {
    const result = await runCommand('qpdf', ['--check', join(pack, 'briefing.pdf')]);
    expect(result.code, result.stdout + result.stderr).toBe(0);
    expect(result.stdout).toMatch(/No syntax or stream encoding errors/);
  });

  it.skipIf(skipWithout('pdftotext'))('pdftotext shows the Korean names and the quotes', async () => {
    const result = await runCommand('pdftotext', ['-enc', 'UTF-8', join(pack, 'briefing.pdf'), '-']);
    expect(result.code).toBe(0);
    const text = result.stdout.replace(/\s+/g, ' ');
    for (const name of ['이재명', '젠슨 황', '최태원']) expect(text).toContain(name);
    const quotes = briefing.claims.filter((c) => c.value.type === 'quote');
    expect(quotes.length).toBeGreaterThan(5);
    for (const quote of quotes)
      expect(text).toContain(quote.citation.exact.replace(/\s+/g, ' ').slice(0, 40));
  });
});
