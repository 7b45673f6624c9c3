import { cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ChangesSchema } from '@dealbrief/core';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import { runCliProcess, SEEDS } from './test-cli.js';
import { runCommand } from './test-tools.js';

let root: string;
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('changes between runs', () => {
  it('stores changes.json naming the changed field, shows them in the PDF and XLSX, and diff prints them', async () => {
    root = await mkdtemp(join(tmpdir(), 'dealbrief-diff-'));
    const sources = join(root, 'sources');
    const out = join(root, 'out');
    await cp(SEEDS, sources, { recursive: true });
    const first = await runCliProcess(['run', '--sources', sources, '--out', out, '--as-of', '2025-11-05']);
    expect(first.code, first.stderr).toBe(0);
    expect(await readdir(join(out, 'latest'))).not.toContain('changes.json');

    // 004 now names Kakao where it named LG among the partners.
    const file = join(sources, '004_948cb905883bb7de.txt');
    await writeFile(
      file,
      (await readFile(file, 'utf8')).replace('Samsung, LG, and Hyundai', 'Samsung, Kakao, and Hyundai'),
    );
    const second = await runCliProcess(['run', '--sources', sources, '--out', out, '--as-of', '2025-11-06']);
    expect(second.code, second.stderr).toBe(0);
    expect(second.stderr).toMatch(/changes since /);

    const changes = ChangesSchema.parse(
      JSON.parse(await readFile(join(out, 'latest', 'changes.json'), 'utf8')),
    );
    expect(changes.previous.asOf).toBe('2025-11-05');
    expect(changes.sources.changed).toEqual(['004_948cb905883bb7de.txt']);
    const partners = changes.fields.find((c) => c.field === 'partner_companies');
    expect(partners?.kind).toBe('changed');
    expect(partners?.before).toContain('LG');
    expect(partners?.after).toContain('Kakao');
    expect(changes.claims.added.length).toBeGreaterThan(0);
    const pdf = await runCommand('pdftotext', [join(out, 'latest', 'briefing.pdf'), '-']);
    if (pdf.code === 0)
      expect(pdf.stdout.replace(/\s+/g, ' ')).toMatch(
        /Changes since run \S+ \(as of 2025-11-05\) .*Partner companies:/,
      );
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(join(out, 'latest', 'briefing.xlsx'));
    const sheet = workbook.getWorksheet('Changes');
    expect(sheet?.getRow(2).getCell(1).text).toBe('partner_companies');
    const manifest = JSON.parse(await readFile(join(out, 'latest', 'manifest.json'), 'utf8')) as {
      files: { name: string }[];
    };
    expect(manifest.files.map((f) => f.name)).toContain('changes.json');

    const diff = await runCliProcess(['diff', '--out', out, '--json']);
    expect(diff.code, diff.stderr).toBe(0);
    const printed = JSON.parse(diff.stdout) as { changes: unknown };
    expect(printed.changes).toEqual(changes);
    const text = await runCliProcess(['diff', '--out', out]);
    expect(text.stdout).toMatch(/^changes from \S+ to \S+:\n/);
    expect(text.stdout).toContain('edited sources: 004_948cb905883bb7de.txt');
    expect(text.stdout).toMatch(/Partner companies: .*LG.* → .*Kakao/);
  }, 120_000);

  it('refuses a diff without an earlier run', async () => {
    const empty = await mkdtemp(join(tmpdir(), 'dealbrief-diff-empty-'));
    try {
      const result = await runCliProcess(['diff', '--out', empty]);
      expect(result.code).toBe(1);
      expect(result.stderr).toMatch(/no runs/);
    } finally {
      await rm(empty, { recursive: true, force: true });
    }
  });
});
