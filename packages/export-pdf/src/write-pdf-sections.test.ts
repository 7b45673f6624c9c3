import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Briefing, BriefingSchema } from '@dealbrief/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { summarizeBriefing } from './summarize-briefing.js';
import { ALLOCATION_BRIEFING } from './test-allocation-briefing.js';
import { TEST_BRIEFING } from './test-briefing.js';
import { type PdfReadBack, readPdf, readStreams, squashSpace } from './test-read-pdf.js';
import { writePdf } from './write-pdf.js';

/** The allocation briefing plus an `agreements` list field with one single-source member. */
const BRIEFING: Briefing = BriefingSchema.parse({
  ...ALLOCATION_BRIEFING,
  fields: [
    ...ALLOCATION_BRIEFING.fields,
    {
      ...ALLOCATION_BRIEFING.fields.find((field) => field.field === 'gpu_allocations')!,
      field: 'agreements',
      label: 'Agreements',
      display: 'MOU on physical AI',
      members: [
        {
          value: { type: 'text', text: 'MOU on physical AI' },
          display: 'MOU on physical AI',
          status: 'single-source',
          support: ['004-gpu_allocations-1'],
          dissent: [],
          consistent: [],
          sources: ['004'],
          confidence: 0.7,
        },
      ],
      support: ['004-gpu_allocations-1'],
      sources: ['004'],
    },
  ],
});

let dir: string;
let fixture: PdfReadBack;
let pdf: PdfReadBack;
let text: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'export-pdf-sections-'));
  await writePdf(TEST_BRIEFING, join(dir, 'fixture.pdf'));
  await writePdf(BRIEFING, join(dir, 'allocations.pdf'));
  fixture = await readPdf(join(dir, 'fixture.pdf'));
  pdf = await readPdf(join(dir, 'allocations.pdf'));
  text = squashSpace(pdf.pages.join('\n'));
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** The text from `heading` to the next of `next`. */
function section(heading: string, next: string): string {
  const start = text.indexOf(`${heading} •`) >= 0 ? text.indexOf(`${heading} •`) : text.lastIndexOf(heading);
  return text.slice(start, text.indexOf(next, start + heading.length));
}

describe('writePdf: summary and sections', () => {
  it('opens with an executive summary built from the fields', () => {
    const summary = squashSpace(summarizeBriefing(TEST_BRIEFING).join(' '));
    const first = squashSpace(fixture.pages[0] ?? '');
    expect(first).toContain(`Summary ${summary} Key facts`);
    expect(first).toContain('The deal covers up to 260,000 GPUs (disputed: one source says 250,000 GPUs)');
  });

  it('puts the sections in order, each under its heading', () => {
    const headings = [
      'Summary The deal',
      'Key facts Field Answer',
      'Allocations GPUs per recipient',
      'Disputed and single-source Disputed (1)',
      'People and organisations People (2)',
      'Agreements • MOU',
      'Quotes • Lee Jae Myung',
      'Sources and cited passages •',
    ];
    const at = headings.map((heading) => text.indexOf(heading));
    expect(at.every((position) => position > 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
  });

  it('lists people with roles and organisations with the fields that name them', () => {
    const parties = section('People and organisations', 'Agreements');
    expect(parties).toContain(
      'People (2) • Lee Jae Myung — President of South Korea · People (agreed) [23] [24]',
    );
    expect(parties).toContain('Organisations (');
    expect(parties).toContain('• LG · Korean partner companies (single-source) [21]');
    expect(parties).toContain('• Naver Cloud · Korean partner companies (single-source) [22]');
  });

  it('lists agreements with status and markers', () => {
    expect(section('Agreements', 'Quotes')).toContain(
      '• MOU on physical AI — single-source · confidence 0.70 [30]',
    );
  });

  it('gives each quote its speaker and marker', () => {
    expect(section('Quotes', 'Sources and cited passages')).toContain(
      '• Lee Jae Myung (President of South Korea) — “I am confident that under your leadership, Republic of ' +
        'Korea will serve as a true testing ground and a testbed” [28]',
    );
  });
});

describe('writePdf: allocations', () => {
  const allocations = (): string => section('Allocations', 'Disputed and single-source');

  it('shows the allocations as a table: recipient | GPUs | status · confidence | markers', () => {
    expect(allocations()).toContain('GPUs per recipient Recipient GPUs Status · confidence Citations');
    expect(allocations()).toContain(
      'Samsung Electronics up to 50,000 GPUs single-source confidence 0.60 [30]',
    );
    expect(allocations()).toContain('Naver Cloud 60,000 GPUs single-source confidence 0.60 [33]');
  });

  it('draws a bar chart with the recipient labels and amounts, as vector rectangles in a Figure', () => {
    const chart = allocations().slice(allocations().indexOf('GPUs by recipient (bar length'));
    expect(chart).toContain('Samsung Electronics up to 50,000 SK Group up to 50,000');
    expect(chart).toContain('Hyundai Motor Group up to 50,000 Naver Cloud 60,000');
    const page = readStreams(pdf.bytes).find((stream) => stream.includes('/Figure'));
    expect(page).toBeDefined();
    const figure = page!.slice(page!.indexOf('/Figure'), page!.indexOf('EMC', page!.indexOf('/Figure')));
    expect(figure.match(/ re\b/g)?.length).toBe(4);
    expect(pdf.bytes.toString('latin1')).toMatch(
      /\/Alt \(GPUs by recipient: Samsung Electronics up to 50,000;/,
    );
  });

  it('scales the bars to the largest amount', () => {
    const page = readStreams(pdf.bytes).find((stream) => stream.includes('/Figure'))!;
    const figure = page.slice(page.indexOf('/Figure'));
    const widths = [...figure.matchAll(/[\d.]+ [\d.]+ ([\d.]+) [\d.]+ re\b/g)].map((m) => Number(m[1]));
    expect(widths.slice(0, 4).map((width) => Math.round((width / widths[3]!) * 600))).toEqual([
      500, 500, 500, 600,
    ]);
  });

  it('leaves the section out when no allocation is known', () => {
    expect(squashSpace(fixture.pages.join(' '))).not.toContain('Allocations');
  });
});

describe('writePdf: tagged structure and metadata', () => {
  const raw = (): string => fixture.bytes.toString('latin1');

  it('is a tagged PDF in English with a structure tree of headings, paragraphs and tables', () => {
    expect(raw()).toMatch(/\/MarkInfo \d+ 0 R/);
    expect(raw()).toMatch(/\/Marked true/);
    expect(raw()).toMatch(/\/StructTreeRoot \d+ 0 R/);
    expect(raw()).toContain('/Lang (en)');
    expect(raw()).toContain('/DisplayDocTitle true');
    for (const tag of ['Document', 'H1', 'H2', 'H3', 'P', 'Table', 'TR', 'TH', 'TD']) {
      expect(raw()).toContain(`/S /${tag}\n`);
    }
  });

  it('marks Korean passages as Korean and German ones as German', () => {
    expect(raw()).toContain('/Lang (ko)');
    expect(raw()).toContain('/Lang (de)');
  });

  it('marks the running header and the footer as pagination artifacts', () => {
    const artifacts = readStreams(fixture.bytes).flatMap(
      (s) => s.match(/\/Artifact <<\n?\/Type \/Pagination/g) ?? [],
    );
    expect(artifacts.length).toBe(2 * fixture.pages.length - 1);
  });

  it('carries title, subject and keywords in its metadata', () => {
    expect(fixture.info).toMatchObject({
      Title: TEST_BRIEFING.title,
      Subject: 'Briefing pack as of 2025-11-04',
      Keywords: 'dealbrief, korea-nvidia-2025',
    });
  });
});

describe('writePdf: text snapshot', () => {
  it('extracts the same text for the fixture (review layout changes here)', async () => {
    await expect(fixture.pages.join('\n\f\n')).toMatchFileSnapshot('__snapshots__/sample-briefing.txt');
  });
});
