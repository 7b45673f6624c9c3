import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Briefing, diffBriefings } from '@dealbrief/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHANGES_HEADING } from './render-changes.js';
import { TEST_BRIEFING } from './test-briefing.js';
import { readPdf } from './test-read-pdf.js';
import { writePdf } from './write-pdf.js';

const sample: Briefing = TEST_BRIEFING;
let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'dealbrief-pdf-changes-'));
});

/** The PDF's text, pages joined and whitespace collapsed. */
async function readPdfText(file: string): Promise<string> {
  return (await readPdf(file)).pages.join(' ').replace(/\s+/g, ' ');
}
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('the "Changes since" section', () => {
  it('lists what changed since the previous run', async () => {
    const [first, ...rest] = sample.fields;
    const previous = {
      ...sample,
      asOf: '2025-11-04',
      fields: [{ ...first!, display: '250,000 GPUs', status: 'agreed' as const }, ...rest],
    };
    const briefing = { ...sample, changes: diffBriefings(previous, sample, '2025-11-04T060000Z') };
    const file = join(dir, 'changes.pdf');
    await writePdf(briefing, file);
    const text = await readPdfText(file);
    expect(text).toContain(`${CHANGES_HEADING} run 2025-11-04T060000Z (as of 2025-11-04)`);
    expect(text).toContain(`${first!.label}: 250,000 GPUs → ${first!.display} (agreed → ${first!.status})`);
  });

  it('says so when nothing changed, and is absent without a previous run', async () => {
    const same = join(dir, 'same.pdf');
    await writePdf({ ...sample, changes: diffBriefings(sample, sample) }, same);
    expect(await readPdfText(same)).toContain('No changes.');
    const first = join(dir, 'first.pdf');
    await writePdf(sample, first);
    expect(await readPdfText(first)).not.toContain(CHANGES_HEADING);
  });
});
