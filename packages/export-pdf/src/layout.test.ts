import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Briefing } from '@dealbrief/core';
import { BriefingSchema } from '@dealbrief/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MARGINS } from './page-style.js';
import { ALLOCATION_BRIEFING } from './test-allocation-briefing.js';
import { type PdfReadBack, readPdf } from './test-read-pdf.js';
import { writePdf } from './write-pdf.js';

const KOREAN_RUN = '엔비디아가한국정부와기업들에최신그래픽처리장치를공급하기로했다'.repeat(8);
const LONG_URL = `https://example.com/${'a1b2c3d4'.repeat(30)}`;
const LONG_TITLE = `${'Korea–Nvidia AI GPU deal, Südkorea, 이재명 '.repeat(6)}end`;

/**
 * The fixture with allocations, stretched: long title, a URL without spaces, Korean without spaces, every
 * field three times (so every section — key-facts table, allocation tables and charts, people, quotes,
 * sources with passages — spans pages).
 */
const stressBriefing: Briefing = BriefingSchema.parse({
  ...ALLOCATION_BRIEFING,
  title: LONG_TITLE,
  sources: ALLOCATION_BRIEFING.sources.map((source) => ({ ...source, url: LONG_URL })),
  fields: [...ALLOCATION_BRIEFING.fields, ...ALLOCATION_BRIEFING.fields, ...ALLOCATION_BRIEFING.fields].map(
    (field, index) => (index === 0 ? { ...field, rationale: KOREAN_RUN } : field),
  ),
});

let dir: string;
let pdf: PdfReadBack;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'export-pdf-layout-'));
  await writePdf(stressBriefing, join(dir, 'stress.pdf'));
  pdf = await readPdf(join(dir, 'stress.pdf'));
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('writePdf: layout', () => {
  it('lays out every section of the stretched briefing', () => {
    const text = pdf.pages.join('\n');
    for (const heading of [
      'Summary',
      'Key facts',
      'Allocations',
      'Disputed and single-source',
      'People and organisations',
      'Quotes',
      'Sources and cited passages',
    ]) {
      expect(text).toContain(`\n${heading}\n`);
    }
    expect(text.match(/GPUs by recipient \(bar length/g)).toHaveLength(3);
  });

  it('keeps every text run inside the left and right margins', () => {
    expect(pdf.runs.length).toBeGreaterThan(100);
    const outside = pdf.runs.filter(
      (run) => run.left < MARGINS.left - 0.5 || run.right > pdf.pageWidth - MARGINS.right + 0.5,
    );
    expect(outside).toEqual([]);
  });

  it('keeps body text between the header and the footer', () => {
    const body = pdf.runs.filter((run) => !/^page \d+ of \d+$/.test(run.text) && !run.text.endsWith('…'));
    const outside = body.filter(
      (run) => run.baseline < MARGINS.bottom - 1 || run.baseline > pdf.pageHeight - MARGINS.top + 1,
    );
    expect(outside).toEqual([]);
  });

  it('wraps long Korean runs and URLs without losing characters', () => {
    const text = pdf.pages.join('').replace(/\s+/g, '');
    expect(text).toContain(KOREAN_RUN);
    expect(text).toContain(LONG_URL);
  });

  it('shortens a long title in the running header with an ellipsis', () => {
    expect(pdf.pages.length).toBeGreaterThan(3);
    const headers = pdf.runs.filter((run) => run.page > 1 && run.text.endsWith('…'));
    expect(headers.length).toBe(pdf.pages.length - 1);
    expect(LONG_TITLE.startsWith(headers[0]!.text.slice(0, -1))).toBe(true);
  });
});
