import { spawnSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ALLOCATION_BRIEFING } from './test-allocation-briefing.js';
import { squashSpace } from './test-read-pdf.js';
import { writePdf } from './write-pdf.js';

/** Whether a command-line tool runs; on CI (`CI=true`) a missing tool fails the test instead of skipping it. */
function hasTool(name: string): boolean {
  const found = spawnSync(name, ['--version'], { encoding: 'utf8' }).error === undefined;
  if (!found && process.env['CI'] === 'true') throw new Error(`${name} is not on PATH; CI must install it`);
  return found;
}

const QPDF = hasTool('qpdf');
const PDFTOTEXT = hasTool('pdftotext');

let dir: string;
let file: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'export-pdf-tools-'));
  file = join(dir, 'briefing.pdf');
  await writePdf(ALLOCATION_BRIEFING, file);
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('writePdf: checked by external tools', () => {
  it.skipIf(!QPDF)('passes qpdf --check', () => {
    const result = spawnSync('qpdf', ['--check', file], { encoding: 'utf8' });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('No syntax or stream encoding errors found');
  });

  it.skipIf(!PDFTOTEXT)('copies out Korean names, German words and the quotes with pdftotext', () => {
    const result = spawnSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
    expect(result.status).toBe(0);
    const text = squashSpace(result.stdout);
    expect(text).toContain('이재명 = Lee Jae Myung, 최태원 = Chey Tae-won');
    expect(text).toContain('“이재명 대통령”');
    expect(text).toContain('연합뉴스');
    expect(text).toContain('bis zu 260.000 Grafikprozessoren');
    expect(text).toContain(
      'Lee Jae Myung (President of South Korea) — “I am confident that under your leadership',
    );
    expect(text).toContain('Samsung Electronics up to 50,000');
  });
});
