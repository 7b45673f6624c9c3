import { describeExitCodes } from './exit-codes.js';

/** `dealbrief --help`. */
export function formatMainHelp(version: string): string {
  return [
    `dealbrief ${version} — turn news articles about one deal into cited briefing packs`,
    '',
    'Usage:',
    '  dealbrief run --sources <dir> --out <dir> [--as-of YYYY-MM-DD] [--profile <file>]',
    '  dealbrief verify <pack-dir> [--sources <dir>]',
    '  dealbrief eval [--sources <dir>] [--gold <file>] [--profile <file>] [--min-f1 0.95]',
    '                 [--min-field-f1 0.8] [--json]',
    '  dealbrief <command> --help',
    '  dealbrief --help | --version',
    '',
    'Commands:',
    '  run     read the sources, extract and reconcile cited claims, publish a pack to <out>/runs/<id>',
    '          and point <out>/latest at it',
    '  verify  check a pack: file hashes, source hashes and every citation against its source text',
    '  eval    score the extracted claims against hand-labelled gold claims (precision, recall, F1)',
    '',
    'Exit codes:',
    ...describeExitCodes(),
    '',
  ].join('\n');
}

/** `dealbrief run --help`. */
export function formatRunHelp(): string {
  return [
    'Usage: dealbrief run --sources <dir> --out <dir> [--as-of YYYY-MM-DD] [--profile <file>]',
    '',
    'Reads every *.txt file of <dir> (and its optional sources.json), extracts claims with the deal',
    'profile, reconciles them into fields and writes a pack: briefing.json, briefing.csv, claims.csv,',
    'sources.csv, conflicts.csv, briefing.xlsx, briefing.pdf, manifest.json, a zip of them all',
    '(dealbrief-<as-of>-<run-id>.zip) and run.json. The pack is written to a temp',
    'folder, renamed to <out>/runs/<id> when complete, and then <out>/latest and <out>/LATEST are moved',
    'to it atomically. A failed run leaves the previous latest untouched.',
    '',
    'Options:',
    '  --sources <dir>       folder with the *.txt sources and optional sources.json (required)',
    '  --out <dir>           output folder (required)',
    '  --as-of YYYY-MM-DD    the briefing date (default: today in UTC)',
    '  --profile <file>      deal profile JSON (default: the bundled korea-nvidia-2025 profile)',
    '  -h, --help            show this help',
    '',
    'Progress and problems go to stderr; the last line on stdout summarises the run.',
    '',
    'Exit codes:',
    ...describeExitCodes(),
    '',
  ].join('\n');
}

/** `dealbrief verify --help`. */
export function formatVerifyHelp(): string {
  return [
    'Usage: dealbrief verify <pack-dir> [--sources <dir>]',
    '',
    '<pack-dir> is a run folder (out/runs/<id>), the out/latest symlink, or an output folder (then the',
    'run named in its LATEST file). Checks briefing.json and manifest.json, the sha256 of every pack file,',
    'the sha256 of every accepted source, and that every citation is the exact text at its code-point',
    'offsets in the re-decoded source.',
    '',
    'Options:',
    '  --sources <dir>   where the sources are (default: run.json sourcesDir, relative to the pack)',
    '  -h, --help        show this help',
    '',
    'Exit codes:',
    '  0  every check passed ("verified N claims in M sources")',
    '  1  a check failed (each problem is listed on stderr), or no pack was found',
    '  2  usage error',
    '',
  ].join('\n');
}

/** `dealbrief eval --help`. */
export function formatEvalHelp(): string {
  return [
    'Usage: dealbrief eval [--sources <dir>] [--gold <file>] [--profile <file>] [--min-f1 0.95]',
    '                      [--min-field-f1 0.8] [--json]',
    '',
    'Parses the sources and extracts claims as "run" does, checks every citation against its source text,',
    'and scores the claims against the gold claims: a claim is correct when its source, field and value',
    'match a gold claim and its citation overlaps the gold quote in the source. Prints a table of',
    'precision, recall and F1 per field and overall (micro-averaged), and the citations that verify.',
    '',
    'Options:',
    '  --sources <dir>        folder with the *.txt sources (default: seeds)',
    '  --gold <file>          gold file (default: the bundled copy of the seeds gold)',
    '  --profile <file>       deal profile JSON (default: the bundled korea-nvidia-2025 profile)',
    '  --min-f1 <0..1>        lowest overall F1 that passes (default: 0.95)',
    '  --min-field-f1 <0..1>  lowest F1 of any gold field that passes (default: 0.8)',
    '  --json                 print the full report (scores, misses, false positives) as JSON',
    '  -h, --help             show this help',
    '',
    'Exit codes:',
    '  0  overall F1 and every field F1 reach the thresholds, and every citation verifies',
    '  1  a threshold is missed or a citation does not verify (each reason on stderr), or the',
    '     sources, gold or profile cannot be read',
    '  2  usage error',
    '',
  ].join('\n');
}
