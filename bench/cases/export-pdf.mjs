// export-pdf: writePdf of the briefing of the --dir corpus (its claims are the cited passages).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writePdf } from '@dealbrief/export-pdf';
import { readArgs, report, timed } from './common.mjs';
import { corpusBriefing } from './corpus-briefing.mjs';

const briefing = await corpusBriefing(readArgs().dir);
const dir = mkdtempSync(join(tmpdir(), 'bench-pdf-'));
const { wallMs, addedRssMb } = await timed(() => writePdf(briefing, join(dir, 'briefing.pdf')));
rmSync(dir, { recursive: true, force: true });
report({ wallMs, rows: briefing.claims.length, addedRssMb });
