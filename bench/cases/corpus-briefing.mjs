// The briefing a `dealbrief run` makes of a corpus (only briefing.json written), for the PDF cases.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { listCitedClaims } from '@dealbrief/export-pdf';
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
 * in context (export-pdf's `listCitedClaims`: at most 8 claims per list; the CSV and XLSX hold the rest).
 */
export function briefingText(briefing) {
  const lines = briefing.fields.map((f) => `${f.label}: ${f.display} (${f.status}) ${f.rationale}`);
  for (const c of listCitedClaims(briefing))
    lines.push(`${c.source} ${c.citation.prefix}${c.citation.exact}${c.citation.suffix}`);
  return lines;
}
