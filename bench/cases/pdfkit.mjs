// Baseline: a bare pdfkit document (A4, Noto Sans KR embedded) of the same text as the briefing's PDF
// (fields and the passages it cites).
import { createWriteStream, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { finished } from 'node:stream/promises';
import { fileURLToPath } from 'node:url';
import PDFDocument from 'pdfkit';
import { readArgs, report, timed } from './common.mjs';
import { briefingText, corpusBriefing } from './corpus-briefing.mjs';

const briefing = await corpusBriefing(readArgs().dir);
const lines = briefingText(briefing);
const font = fileURLToPath(
  new URL('../fonts/NotoSansKR-Regular.otf', import.meta.resolve('@embedpdf/fonts-kr')),
);
const dir = mkdtempSync(join(tmpdir(), 'bench-pdfkit-'));
const { wallMs, addedRssMb } = await timed(async () => {
  const doc = new PDFDocument({ size: 'A4', info: { CreationDate: new Date('2025-11-05T00:00:00Z') } });
  const out = createWriteStream(join(dir, 'bare.pdf'));
  doc.pipe(out);
  doc.font(font).fontSize(9);
  for (const line of lines) doc.text(line);
  doc.end();
  await finished(out);
});
rmSync(dir, { recursive: true, force: true });
report({ wallMs, rows: briefing.claims.length, addedRssMb });
