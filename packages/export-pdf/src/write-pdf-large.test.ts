import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Briefing } from '@dealbrief/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PASSAGE_LIMIT, SOURCE_LIST_LIMIT } from './limits.js';
import { MARGINS } from './page-style.js';
import { SOURCES_HEADING } from './render-sources.js';
import { buildLargeBriefing, copyId } from './test-large-briefing.js';
import { type PdfReadBack, readPdf, squashSpace } from './test-read-pdf.js';
import { writePdf } from './write-pdf.js';

/** 20 copies of the fixture: 160 sources, 580 claims, 120 supporting the GPU total. */
const COPIES = 20;
const large: Briefing = buildLargeBriefing(COPIES);

let dir: string;
let pdf: PdfReadBack;
let text: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'export-pdf-large-'));
  await writePdf(large, join(dir, 'large.pdf'));
  pdf = await readPdf(join(dir, 'large.pdf'));
  text = squashSpace(pdf.pages.join('\n'));
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** The text before the sources section, and the sources section. */
function split(): { body: string; sources: string } {
  const at = text.lastIndexOf(`${SOURCES_HEADING} •`);
  return { body: text.slice(0, at), sources: text.slice(at) };
}

/** Every citation number in `part`. */
function markers(part: string): number[] {
  return [...part.matchAll(/\[(\d+)\]/g)].map((match) => Number(match[1]));
}

/** Citation number → the id of the source it is listed under, from the text of the sources section. */
function passageSources(sources: string): Map<number, string> {
  const headings = [...sources.matchAll(/(\S+) — \1_\S+\.txt/g)];
  const owners = new Map<number, string>();
  headings.forEach((heading, index) => {
    const end = headings[index + 1]?.index ?? sources.length;
    for (const number of markers(sources.slice(heading.index, end))) owners.set(number, heading[1]!);
  });
  return owners;
}

describe('writePdf: a large corpus', () => {
  it('says on the cover how much of the evidence it lists, and where the rest is', () => {
    expect(large.claims).toHaveLength(29 * COPIES);
    expect(text).toMatch(
      new RegExp(
        `This PDF lists up to ${PASSAGE_LIMIT} passages for each answer, dissent and consistent list ` +
          `\\(the strongest, one per witness first\\): \\d+ of 580 claims; claims.csv and the XLSX Evidence ` +
          'sheet list every claim.',
      ),
    );
  });

  it('cites at most eight passages per list, and counts the rest', () => {
    const eight = '(?:\\[\\d+\\] ){8}';
    expect(text).toMatch(
      new RegExp(`GPUs in the deal up to 260,000 GPUs disputed confidence 0.78 ${eight}\\+112 more sources`),
    );
    expect(text).toMatch(new RegExp(`• Samsung Electronics agreed confidence 0.92 ${eight}\\+32 more`));
    expect(text).toContain(
      'Dissent: 12 more claims — claims.csv and the XLSX Evidence sheet list every claim',
    );
    expect(text).toContain(
      'Consistent: 12 more claims — claims.csv and the XLSX Evidence sheet list every claim',
    );
    expect(text).toMatch(/sources 000, 001, 002, 004, 005, 000-1, 001-1, 002-1, 004-1, 005-1 \+90 more/);
  });

  it('resolves every marker to a passage listed under its source, numbered 1…n', () => {
    const { body, sources } = split();
    const listed = markers(sources);
    expect(listed.length).toBeGreaterThan(0);
    expect([...listed].sort((a, b) => a - b)).toEqual(listed.map((_, index) => index + 1));
    const known = new Set(listed);
    expect(markers(body).filter((number) => !known.has(number))).toEqual([]);
  });

  it('picks the strongest passages, one per witness first', () => {
    // The GPU total's support, by confidence then source weight: copies 0, 7 and 14 of 005 (wire, 0.90),
    // then of 000 and 001 (news, 0.90) — 000 and its German version 001 are one witness, so 001 waits —
    // then copies 1 and 15 of 005 (0.89).
    const cell = /GPUs in the deal up to 260,000 GPUs disputed confidence 0.78 ((?:\[\d+\] ){8})/.exec(text);
    const sourceOf = passageSources(split().sources);
    const cited = markers(cell![1]!).map((number) => sourceOf.get(number));
    expect(cited.sort()).toEqual(['000', '000-14', '000-7', '005', '005-1', '005-14', '005-15', '005-7']);
  });

  it('shortens a long rationale, a tie of many values and long witness-group ids', () => {
    expect(text).toMatch(
      /… \(shortened from [\d,]+ characters; briefing.csv and the XLSX Briefing sheet hold the full rationale\)/,
    );
    expect(text).toContain('about 100,001 GPUs or about 100,002 GPUs or');
    expect(text).toMatch(/or \d+ more values/);
    expect(text).not.toContain('about 100,060 GPUs');
    expect(text).toContain(`002+002-1+… (${COPIES} sources, one story)`);
    expect(text).toMatch(/002-1 repeats 002; .* … \(20 sources\) — counted as one witness/);
  });

  it('lists only the cited sources past the source limit, the rejected ones, and counts the others', () => {
    expect(large.sources.length).toBeGreaterThan(SOURCE_LIST_LIMIT);
    const { sources } = split();
    const headings = [...sources.matchAll(/(\S+) — \1_\S+\.txt/g)].map((match) => match[1]);
    expect(headings.length).toBeLessThan(large.sources.length);
    for (let copy = 0; copy < COPIES; copy++) expect(headings).toContain(copyId('007', copy));
    const more = large.sources.length - headings.length;
    expect(sources).toContain(
      `${more} more sources with no passage cited here — sources.csv and the XLSX Sources sheet list every source.`,
    );
    expect(sources).toMatch(/Cited passages \(\d+ of \d+; the rest in claims.csv\)/);
  });

  it('names a tie of many values in the summary by its first values and a count', () => {
    expect(text).toMatch(
      /GPUs for private companies: about 100,001 GPUs or about 100,002 GPUs or [^.]* or \d+ more values \(one source\)/,
    );
  });

  it('keeps every text run inside the margins, and numbers every page', () => {
    const outside = pdf.runs.filter(
      (run) => run.left < MARGINS.left - 0.5 || run.right > pdf.pageWidth - MARGINS.right + 0.5,
    );
    expect(outside).toEqual([]);
    pdf.pages.forEach((page, index) => {
      expect(page).toContain(`page ${index + 1} of ${pdf.pages.length}`);
    });
  });

  it('writes each page with its own chrome stream, so pages are flushed as they are made', () => {
    const raw = pdf.bytes.toString('latin1');
    const pages = [
      ...raw.matchAll(
        /\/Type \/Page\n\/Parent \d+ 0 R\n\/MediaBox \[[^\]]*\]\n\/Contents \[\d+ 0 R \d+ 0 R\]/g,
      ),
    ];
    expect(pages).toHaveLength(pdf.pages.length);
  });

  it('stays the same size when the corpus doubles, and gives the same bytes twice', async () => {
    const doubled = join(dir, 'doubled.pdf');
    await writePdf(buildLargeBriefing(2 * COPIES), doubled);
    const bigger = await readPdf(doubled);
    expect(bigger.pages.length).toBeLessThanOrEqual(pdf.pages.length + 2);
    expect(bigger.bytes.length).toBeLessThan(1.2 * pdf.bytes.length);
    const again = join(dir, 'again.pdf');
    await writePdf(large, again);
    expect((await readPdf(again)).bytes.equals(pdf.bytes)).toBe(true);
  });
});

describe('writePdf: validation of a large briefing', () => {
  it('names the claim that fails its schema', async () => {
    const claims = large.claims.map((claim, index) => (index === 300 ? { ...claim, confidence: 2 } : claim));
    await expect(writePdf({ ...large, claims }, join(dir, 'bad.pdf'))).rejects.toMatchObject({
      code: 'PACK_INVALID',
      message: expect.stringContaining('$.claims[300].confidence'),
    });
  });

  it('does not change the briefing it is given', async () => {
    const before = JSON.stringify(large);
    await writePdf(large, join(dir, 'unchanged.pdf'));
    expect(JSON.stringify(large)).toBe(before);
  });
});
