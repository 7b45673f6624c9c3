import { access, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Briefing } from '@dealbrief/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { numberCitations } from './number-citations.js';
import { TEST_BRIEFING } from './test-briefing.js';
import { type PdfReadBack, readPdf, squashSpace } from './test-read-pdf.js';
import { writePdf } from './write-pdf.js';

let dir: string;
let pdf: PdfReadBack;
let text: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'export-pdf-'));
  await writePdf(TEST_BRIEFING, join(dir, 'briefing.pdf'));
  pdf = await readPdf(join(dir, 'briefing.pdf'));
  text = squashSpace(pdf.pages.join('\n'));
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** Escapes text for use inside a regular expression. */
function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * A claim's quote as the PDF's text layer gives it back: whitespace squashed, and U+2011 (non-breaking
 * hyphen) read as "-", because the embedded font draws both with one glyph.
 */
function readBackQuote(exact: string): string {
  return squashSpace(exact).replaceAll('\u2011', '-');
}

/** The text of a source's section: from its heading to the next source's heading. */
function sourceSection(id: string): string {
  const start = text.indexOf(`${id} — ${id}_`);
  const next = text.slice(start + 1).search(/\d{3} — \d{3}_/);
  return next < 0 ? text.slice(start) : text.slice(start, start + 1 + next);
}

/** The passage of a claim as listed under its source: `line:column · field · value “exact”`. */
function passage(id: string): string {
  const claim = TEST_BRIEFING.claims.find((c) => c.id === id)!;
  const { line, column, exact } = claim.citation;
  const value = claim.value.type === 'quote' ? '' : ` · ${claim.display}`;
  return `${line}:${column} · ${claim.field}${value} “${readBackQuote(exact)}”`;
}

/** The number of the passage `[n] line:column · field · value “exact”` of a claim, under its source. */
function claimNumber(id: string): number {
  const claim = TEST_BRIEFING.claims.find((c) => c.id === id)!;
  const entry = passage(id);
  const hit = new RegExp(`\\[(\\d+)\\] ${escapeRegExp(entry)}`).exec(sourceSection(claim.source));
  return Number(hit?.[1]);
}

describe('writePdf: cover and key facts', () => {
  it('shows the title, as-of date and source counts', () => {
    expect(squashSpace(pdf.pages[0] ?? '')).toContain(
      'Korea–Nvidia AI GPU deal (APEC, Gyeongju, 31 Oct 2025)',
    );
    expect(text).toContain('As of 2025-11-04');
    expect(text).toContain('8 sources (7 ok, 1 rejected)');
  });

  it('shows the key facts as a table: label | answer | status · confidence | markers and sources', () => {
    expect(text).toContain('Key facts Field Answer Status · confidence Citations GPUs in the deal');
    expect(text).toContain(
      'GPUs in the deal up to 260,000 GPUs disputed confidence 0.78 [1] [2] [3] [4] [5] [6] sources 000, 001, 002, 004, 005',
    );
    expect(text).toContain('Announced on 2025-10-31 single-source confidence 0.74 [12] [13] sources 002');
    expect(text).toContain('Delivery schedule not found not-found confidence 0.00');
  });

  it('shows the dissent and the consistent claims of a field with their citation numbers', () => {
    expect(text).toContain('Dissent: 003 says 250,000 GPUs [7]');
    expect(text).toContain('Consistent: 003 says more than 250,000 GPUs [8]');
    expect(sourceSection('003')).toContain('[7] 5:51 · gpu_total · 250,000 GPUs “receive 250,000 GPUs”');
    expect(text).toContain('Consistent: 000 says Friday [14]');
  });

  it('gives a list field a row with its status, then one row per member with its own status and markers', () => {
    expect(text).toContain(
      'Korean partner companies 4 members: agreed confidence 0.85 sources 000, 002, 004, 005',
    );
    expect(text).toContain('• Samsung Electronics agreed confidence 0.92 [17] [19]');
    expect(text).toContain('• LG single-source confidence 0.55 [21]');
    expect(text).toContain('• Naver Cloud single-source confidence 0.58 [22]');
    expect(text).toContain('• Chey Tae-won (SK Group Chairman) agreed confidence 0.93 [25] [26]');
  });

  it('shows the rationale, with Korean and German words intact', () => {
    expect(text).toContain('이재명 = Lee Jae Myung, 최태원 = Chey Tae-won');
    expect(text).toContain('“bis zu 260.000 Grafikprozessoren” for Südkorea');
  });
});

describe('writePdf: disputed and single-source', () => {
  const section = (): string => {
    const start = text.indexOf('Disputed and single-source');
    return text.slice(start, text.indexOf('People and organisations', start));
  };

  it('comes after the key facts and before the sources', () => {
    const at = text.indexOf('Disputed and single-source');
    expect(at).toBeGreaterThan(text.indexOf('Key facts'));
    expect(at).toBeGreaterThan(text.indexOf('Delivery schedule not found'));
    expect(at).toBeLessThan(text.indexOf('Sources and cited passages'));
  });

  it('gives each disputed field its answer, supporters, every dissenting claim and consistent claims', () => {
    expect(section()).toContain('Disputed (1) GPUs in the deal Answer: up to 260,000 GPUs — supported by');
    expect(section()).toContain('000+001 (one story), 002, 004, 005 [1] [2] [3] [4] [5] [6]');
    expect(section()).toContain('Dissent: 003 says 250,000 GPUs [7] — “receive 250,000 GPUs”');
    expect(section()).toContain(
      `Consistent: 003 says more than 250,000 GPUs [8] — “${readBackQuote('more than a quarter‑million NVIDIA GPUs')}”`,
    );
  });

  it('lists single-source fields and members, one line each, with their source and markers', () => {
    expect(section()).toContain('Single-source (7)');
    expect(section()).toContain(
      '• Announced on: 2025-10-31 — only 002 [12] [13]; consistent: 000 says Friday [14], 001 says Friday [15]',
    );
    expect(section()).toContain('• Korean partner companies › LG — only 004 [21]');
    expect(section()).toContain('• Korean partner companies › Naver Cloud — only 005 [22]');
    expect(section()).not.toContain('Samsung Electronics — only');
  });
});

describe('writePdf: sources and their cited passages', () => {
  it('counts a witness group once, with a line in the sources section', () => {
    expect(text).toMatch(
      /Sources and cited passages • 001 is a German version of 000 — counted as one witness 000 — 000_/,
    );
    expect(text).toContain('002 — 002_14affad6d9dd433e.txt government · en, ko · ok · weight 0.95');
  });

  it('lists sources with metadata, and the problem of a rejected one', () => {
    expect(text).toContain('002 — 002_14affad6d9dd433e.txt government · en, ko · ok · weight 0.95');
    expect(text).toContain('Korea.net · “Korea, Nvidia join hands to boost AI capabilities” · by Jeon Misun');
    expect(text).toContain('007 — 007_8f0c1d2e3a4b5c6d.txt unknown · language unknown · rejected');
    expect(text).toContain('Rejected: SOURCE_EMPTY: the file holds no text');
  });

  it('lists under each source every passage it gives: marker number, line:column, field and exact words', () => {
    const citations = numberCitations(TEST_BRIEFING);
    for (const claim of TEST_BRIEFING.claims) {
      expect(claimNumber(claim.id)).toBe(citations.numbers.get(claim.id));
    }
    expect(sourceSection('005')).toContain('Cited passages (2)');
    expect(sourceSection('005')).toContain(`[6] ${passage('005-gpu_total-1')}`);
    expect(sourceSection('005')).toContain(
      '연합뉴스 · “엔비디아, 한국에 GPU 26만 장 공급” · published 2025-10-31',
    );
    expect(text).toContain('“이재명 대통령”');
    expect(text).toContain('“최태원 SK회장”');
    expect(text).toContain('“bis zu 260.000 Grafikprozessoren (GPUs) in Südkorea”');
    expect(text).toContain('“26만 장”');
  });

  it('numbers citations in order of first use in the key facts', () => {
    expect(claimNumber('000-gpu_total-1')).toBe(1);
    expect(claimNumber('004-gpu_total-1')).toBe(5);
    expect(claimNumber('003-gpu_total-2')).toBe(7);
    expect(claimNumber('003-gpu_total-1')).toBe(8);
    expect(claimNumber('000-gpu_public_sector-1')).toBe(9);
  });
});

describe('writePdf: pages, font, determinism', () => {
  it('puts "page i of n" in every footer and the title in the running header', () => {
    expect(pdf.pages.length).toBeGreaterThan(1);
    pdf.pages.forEach((page, index) => {
      expect(page).toContain(`page ${index + 1} of ${pdf.pages.length}`);
      if (index > 0) expect(page).toContain('Korea–Nvidia AI GPU deal');
    });
  });

  it('is A4 and embeds subsets of Noto Sans KR', () => {
    expect([Math.round(pdf.pageWidth), Math.round(pdf.pageHeight)]).toEqual([595, 842]);
    const raw = pdf.bytes.toString('latin1');
    expect(raw).toContain('/FontFile');
    expect(raw).toMatch(/\/BaseFont \/[A-Z]{6}\+NotoSansKR-Regular/);
    expect(raw).toMatch(/\/BaseFont \/[A-Z]{6}\+NotoSansKR-Bold/);
    expect(raw).not.toContain('Helvetica');
  });

  it('writes byte-identical files for the same briefing, and dates them by asOf', async () => {
    const again = join(dir, 'again.pdf');
    await writePdf(TEST_BRIEFING, again);
    const second = await readPdf(again);
    expect(second.bytes.equals(pdf.bytes)).toBe(true);
    expect(pdf.bytes.toString('latin1')).toContain('(D:20251104000000Z)');

    const later: Briefing = { ...TEST_BRIEFING, asOf: '2025-11-05' };
    await writePdf(later, join(dir, 'later.pdf'));
    const third = await readPdf(join(dir, 'later.pdf'));
    expect(third.bytes.equals(pdf.bytes)).toBe(false);
  });

  it('honours pageSize', async () => {
    await writePdf(TEST_BRIEFING, join(dir, 'letter.pdf'), { pageSize: 'LETTER' });
    const letter = await readPdf(join(dir, 'letter.pdf'));
    expect([Math.round(letter.pageWidth), Math.round(letter.pageHeight)]).toEqual([612, 792]);
  });
});

describe('writePdf: failures', () => {
  it('rejects with PACK_INVALID, writing nothing, when a field cites a missing claim', async () => {
    const [first, ...rest] = TEST_BRIEFING.fields;
    const broken: Briefing = {
      ...TEST_BRIEFING,
      fields: [{ ...first!, dissent: ['009-gpu_total-1'] }, ...rest],
    };
    const file = join(dir, 'broken.pdf');
    await expect(writePdf(broken, file)).rejects.toMatchObject({ code: 'PACK_INVALID' });
    await expect(access(file)).rejects.toThrow();
  });

  it('rejects with PACK_INVALID when the briefing fails its schema', async () => {
    const invalid = { ...TEST_BRIEFING, asOf: '4 Nov 2025' };
    await expect(writePdf(invalid, join(dir, 'invalid.pdf'))).rejects.toMatchObject({
      code: 'PACK_INVALID',
      message: expect.stringContaining('$.asOf'),
    });
  });

  it('rejects with OUTPUT_FAILED when the file cannot be written', async () => {
    const file = join(dir, 'missing-dir', 'briefing.pdf');
    await expect(writePdf(TEST_BRIEFING, file)).rejects.toMatchObject({ code: 'OUTPUT_FAILED', file });
  });
});
