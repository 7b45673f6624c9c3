// The briefing a `dealbrief run` makes of a corpus (only briefing.json written), for the PDF cases.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runBriefing } from 'dealbrief';

export async function corpusBriefing(dir) {
  const out = mkdtempSync(join(tmpdir(), 'bench-brief-'));
  try {
    const result = await runBriefing({
      sourcesDir: dir,
      outDir: out,
      asOf: '2025-11-05',
      now: new Date('2025-11-05T00:00:00Z'),
      formats: ['json'],
    });
    return result.briefing;
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

/**
 * The text a briefing's PDF sets: each field's label, value and rationale, and each passage the PDF cites
 * in context (the PDF numbers at most 8 claims per list; the CSV and XLSX hold the rest). The selection is
 * export-pdf's own (`numberCitations`, read from its build: it is not part of the package's API).
 */
export async function briefingText(briefing) {
  const { numberCitations } = await import('../../packages/export-pdf/dist/number-citations.js');
  const lines = briefing.fields.map((f) => `${f.label}: ${f.display} (${f.status}) ${f.rationale}`);
  for (const c of numberCitations(briefing).ordered)
    lines.push(`${c.source} ${c.citation.prefix}${c.citation.exact}${c.citation.suffix}`);
  return lines;
}
