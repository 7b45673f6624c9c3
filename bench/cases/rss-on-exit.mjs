// Preload for run.mjs: writes the process's peak RSS (KiB) to $BENCH_RSS_FILE as it exits.
import { writeFileSync } from 'node:fs';

// biome-ignore lint/suspicious/noUndeclaredEnvVars: set by run.mjs for this preload only, not a build input
const file = process.env['BENCH_RSS_FILE'];
process.on('exit', () => {
  if (file) writeFileSync(file, String(process.resourceUsage().maxRSS));
});
