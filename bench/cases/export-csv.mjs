// export-csv: writeCsv of a briefing with --claims N claims (claims.csv holds them).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeCsv } from '@dealbrief/export-csv';
import { claimsBriefing } from './claims-briefing.mjs';
import { readArgs, report, timed } from './common.mjs';

const count = Number(readArgs().claims);
const briefing = claimsBriefing(count);
const dir = mkdtempSync(join(tmpdir(), 'bench-csv-'));
const { wallMs, addedRssMb } = await timed(() => writeCsv(briefing, dir, { bom: true }));
rmSync(dir, { recursive: true, force: true });
report({ wallMs, rows: count, addedRssMb });
