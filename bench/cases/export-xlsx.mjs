// export-xlsx: writeXlsx of a briefing with --claims N claims (the Evidence sheet holds them).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeXlsx } from '@dealbrief/export-xlsx';
import { claimsBriefing } from './claims-briefing.mjs';
import { readArgs, report, timed } from './common.mjs';

const count = Number(readArgs().claims);
const briefing = claimsBriefing(count);
const dir = mkdtempSync(join(tmpdir(), 'bench-xlsx-'));
const { wallMs, addedRssMb } = await timed(() => writeXlsx(briefing, join(dir, 'briefing.xlsx')));
rmSync(dir, { recursive: true, force: true });
report({ wallMs, rows: count, addedRssMb });
