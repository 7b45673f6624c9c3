// Baseline: bare Papa.unparse of the same rows, 1,000 at a time, streamed to a file.
import { once } from 'node:events';
import { createWriteStream, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { finished } from 'node:stream/promises';
import Papa from 'papaparse';
import { bareRow, claimsBriefing } from './claims-briefing.mjs';
import { readArgs, report, timed } from './common.mjs';

const count = Number(readArgs().claims);
const briefing = claimsBriefing(count);
const dir = mkdtempSync(join(tmpdir(), 'bench-papa-'));
const { wallMs, addedRssMb } = await timed(async () => {
  const stream = createWriteStream(join(dir, 'claims.csv'));
  let batch = [];
  const flush = async () => {
    if (!stream.write(`${Papa.unparse(batch, { newline: '\r\n' })}\r\n`)) await once(stream, 'drain');
    batch = [];
  };
  for (const claim of briefing.claims) {
    batch.push(bareRow(claim));
    if (batch.length >= 1000) await flush();
  }
  if (batch.length > 0) await flush();
  stream.end();
  await finished(stream);
});
rmSync(dir, { recursive: true, force: true });
report({ wallMs, rows: count, addedRssMb });
