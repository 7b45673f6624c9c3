// Baseline: a bare exceljs streaming write (WorkbookWriter) of the same rows.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { bareRow, claimsBriefing } from './claims-briefing.mjs';
import { readArgs, report, timed } from './common.mjs';

const count = Number(readArgs().claims);
const briefing = claimsBriefing(count);
const dir = mkdtempSync(join(tmpdir(), 'bench-exceljs-'));
const { wallMs, addedRssMb } = await timed(async () => {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: join(dir, 'bare.xlsx') });
  const sheet = workbook.addWorksheet('Evidence');
  for (const claim of briefing.claims) sheet.addRow(bareRow(claim)).commit();
  sheet.commit();
  await workbook.commit();
});
rmSync(dir, { recursive: true, force: true });
report({ wallMs, rows: count, addedRssMb });
