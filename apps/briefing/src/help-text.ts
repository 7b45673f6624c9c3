import { describeExitCodes } from './exit-codes.js';

/** `dealbrief --help`. */
export function formatMainHelp(version: string): string {
  return [
    `dealbrief ${version} — turn news articles about one deal into cited briefing packs`,
    '',
    'Usage:',
    '  dealbrief run [--sources <dir>] [--out <dir>] [--as-of YYYY-MM-DD] [--formats csv,xlsx,pdf,json,zip]',
    '                [--config <file>] [--force] [--keep <n>] [--wait <s>] [--json | --quiet]',
    '  dealbrief list [--out <dir>] [--json]',
    '  dealbrief diff [<run-a> <run-b>] [--out <dir>] [--json]',
    '  dealbrief verify <pack-dir | run-id> [--out <dir>] [--sources <dir>]',
    '  dealbrief prune --keep <n> [--out <dir>] [--wait <s>]',
    '  dealbrief serve [--port 8080] [--dir out] [--host 127.0.0.1]',
    '  dealbrief schedule [--cron "0 7 * * *"] [--tz Asia/Seoul] [run options...]',
    '  dealbrief eval [--sources <dir>] [--gold <file>] [--profile <file>] [--min-f1 0.95]',
    '                 [--min-field-f1 0.8] [--json]',
    '  dealbrief <command> --help',
    '  dealbrief --help | --version',
    '',
    'Commands:',
    '  run     read the sources, extract and reconcile cited claims, publish a pack to <out>/runs/<id>',
    '          and point <out>/latest at it; "unchanged" when nothing changed since the latest run',
    '  list    the runs in <out>/runs, newest first, * marking the latest',
    '  diff    what changed between two runs (default: the one before the latest, and the latest)',
    '  verify  check a pack: file hashes, source hashes and every citation against its source text',
    '  prune   delete the oldest runs beyond --keep <n> (never the latest)',
    '  serve   serve the packs over HTTP: a download page, /runs/<id>/<file>, /latest/<file>, /api/runs',
    '  schedule  run "run" on a cron expression in a time zone, never two at once, logging each outcome',
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
    'Usage: dealbrief run [--sources <dir>] [--out <dir>] [--as-of YYYY-MM-DD] [--profile <file>]',
    '                     [--formats csv,xlsx,pdf,json,zip] [--config <file>] [--force] [--keep <n>]',
    '                     [--wait <s>] [--json | --quiet]',
    '',
    'Reads every *.txt file of <dir> (and its optional sources.json), extracts claims with the deal',
    'profile, reconciles them into fields and writes a pack: briefing.json, briefing.csv, claims.csv,',
    'sources.csv, conflicts.csv, briefing.xlsx, briefing.pdf, manifest.json, a zip of them all',
    '(dealbrief-<as-of>-<run-id>.zip) and run.json. The pack is written to a temp',
    'folder, renamed to <out>/runs/<id> when complete, and then <out>/latest and <out>/LATEST are moved',
    'to it atomically. A failed or killed run leaves the previous latest untouched.',
    '',
    'When the sources, sources.json, profile, formats, as-of date and tool version are the same as for the',
    'latest run, it prints "unchanged: <latest run id>" and exits 0 without a new run (unless --force).',
    'Only one run at a time writes to <out>: it holds <out>/.lock; a lock left by a dead process is taken',
    'over, and what a dead run left (.tmp-* folders) is removed.',
    '',
    'Options (a flag wins over the config file, which wins over the default):',
    '  --sources <dir>       folder with the *.txt sources and optional sources.json (required, here or',
    '                        in the config)',
    '  --out <dir>           output folder (required, here or in the config)',
    "  --as-of YYYY-MM-DD    the briefing date (default: today in the config's timeZone, else UTC)",
    '  --profile <file>      deal profile JSON (default: the bundled korea-nvidia-2025 profile)',
    '  --formats <list>      exports to write, of csv,xlsx,pdf,json,zip (default: all); briefing.json,',
    '                        manifest.json and run.json are always written',
    '  --config <file>       config file (default: ./dealbrief.config.json when it exists)',
    '  --force               run even when nothing changed since the latest run',
    '  --keep <n>            after the run, delete the oldest runs beyond n (never the latest)',
    '  --wait <s>            wait up to s seconds for another run on <out> (default 0: exit 4 at once)',
    '  --json                one JSON object per line on stdout ({ level, event, message, ... })',
    '  -q, --quiet           only problems, errors and the final summary',
    '  -h, --help            show this help',
    '',
    'Progress and problems go to stderr (a progress bar on a terminal; colour unless NO_COLOR is set);',
    'the last line on stdout summarises the run.',
    '',
    'Exit codes:',
    ...describeExitCodes(),
    '',
  ].join('\n');
}

/** `dealbrief list --help`. */
/** Help for `dealbrief diff`. */
export function formatDiffHelp(): string {
  return [
    'Usage: dealbrief diff [<run-a> <run-b>] [--out <dir>] [--config <file>] [--json]',
    '',
    'New, removed and changed field values (with their status), claims that appeared or went, and',
    'sources added, edited or removed, from run a to run b. Default: the run before the latest, to the',
    'latest. Every run stores the same comparison with the run before it as changes.json, and its PDF',
    'and XLSX show it as "Changes since <run>".',
    '',
    'Options:',
    '  --out <dir>       output folder (default: "out" of the config file)',
    '  --config <file>   config file (default: ./dealbrief.config.json when it exists)',
    '  --json            print { from, to, changes } as JSON',
    '  -h, --help        show this help',
    '',
  ].join('\n');
}

/** Help for `dealbrief list`. */
export function formatListHelp(): string {
  return [
    'Usage: dealbrief list [--out <dir>] [--config <file>] [--json]',
    '',
    'One line per run in <out>/runs, newest first: id, as-of date, when it was created, status (ok,',
    'partial), sources ok/rejected, fields agreed/disputed/single-source/not-found; * marks the latest.',
    'Only complete runs are listed: a run appears under runs/ when its pack is complete.',
    '',
    'Options:',
    '  --out <dir>       output folder (default: "out" of the config file)',
    '  --config <file>   config file (default: ./dealbrief.config.json when it exists)',
    '  --json            one JSON object per run and line',
    '  -h, --help        show this help',
    '',
  ].join('\n');
}

/** `dealbrief prune --help`. */
export function formatPruneHelp(): string {
  return [
    'Usage: dealbrief prune --keep <n> [--out <dir>] [--config <file>] [--wait <s>] [--json]',
    '',
    'Deletes the oldest runs of <out>/runs beyond the n newest, never the latest, and what interrupted',
    'runs left. Holds <out>/.lock like a run does.',
    '',
    'Options:',
    '  --keep <n>        how many runs to keep, n ≥ 1 (default: "keep" of the config file)',
    '  --out <dir>       output folder (default: "out" of the config file)',
    '  --config <file>   config file (default: ./dealbrief.config.json when it exists)',
    '  --wait <s>        wait up to s seconds for a run holding the lock (default 0: exit 4 at once)',
    '  --json            print the result as one JSON line',
    '  -h, --help        show this help',
    '',
    'Exit codes: 0 done, 1 failure, 2 usage or config error, 4 busy',
    '',
  ].join('\n');
}

/** `dealbrief verify --help`. */
export function formatVerifyHelp(): string {
  return [
    'Usage: dealbrief verify <pack-dir> [--sources <dir>]',
    '       dealbrief verify <run-id | latest> --out <dir> [--sources <dir>]',
    '',
    '<pack-dir> is a run folder (out/runs/<id>), the out/latest symlink, or an output folder (then the',
    'run named in its LATEST file); with --out, a run id of <out>/runs or "latest". Checks briefing.json and manifest.json, the sha256 of every pack file,',
    'the sha256 of every accepted source, and that every citation is the exact text at its code-point',
    'offsets in the re-decoded source.',
    '',
    'Options:',
    '  --sources <dir>   where the sources are (default: run.json sourcesDir, relative to the pack)',
    '  --out <dir>       output folder the run id is looked up in',
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

/** `dealbrief serve --help`. */
export function formatServeHelp(): string {
  return [
    'Usage: dealbrief serve [--port 8080] [--dir out] [--host 127.0.0.1] [--config <file>]',
    '',
    'Serves the packs of an output folder over HTTP until SIGTERM or SIGINT (then it stops accepting',
    'connections, finishes the requests in flight and exits 0):',
    '  /                    a page listing the runs, newest first, with a link per file and per zip, and',
    "                       the latest run's key facts",
    '  /runs/<id>/<file>    a file of a run: only those its manifest.json lists, manifest.json itself and',
    '                       the zip named in its run.json (ETag, Last-Modified, Range, HEAD)',
    '  /latest/<file>       the same for the run named in <dir>/LATEST',
    '  /api/runs            the runs as JSON',
    '  /healthz             200 {"status":"ok"}, never needs the token',
    '',
    'Options:',
    '  -p, --port <n>     TCP port, 0 for any free one (default: "port" of the config file, else 8080)',
    '  --dir <dir>        output folder (default: "out" of the config file, else out)',
    '  --host <address>   address to listen on (default 127.0.0.1; 0.0.0.0 for every interface)',
    '  --config <file>    config file (default: ./dealbrief.config.json when it exists)',
    '  -h, --help         show this help',
    '',
    'Environment:',
    '  DEALBRIEF_TOKEN    when set, every route but /healthz needs "Authorization: Bearer <token>"',
    '                     or ?token=<token> in the URL (the page then carries it in its links)',
    '',
    'Exit codes: 0 stopped by SIGTERM/SIGINT, 1 cannot listen or read the config, 2 usage error',
    '',
  ].join('\n');
}

/** `dealbrief schedule --help`. */
export function formatScheduleHelp(): string {
  return [
    'Usage: dealbrief schedule [--cron "<expr>"] [--tz <zone>] [run options...]',
    '',
    'Runs "dealbrief run [run options...]" at every tick of a cron expression (croner: 5 fields, or 6',
    'with seconds first) in an IANA time zone, never two runs at once: a tick that comes while a run is',
    'still going is skipped and logged. Each outcome is one line on stdout, with its exit code:',
    '  2025-11-05T22:00:03.120Z run ok (exit 0): run 2025-11-06T220000Z: 5 sources ...; next run ...',
    'Unless --as-of is given, each run is as of today in the time zone. SIGTERM or SIGINT stop the',
    'schedule: a run in progress finishes first, then it exits 0.',
    '',
    'Options:',
    '  --cron "<expr>"    when to run (default: "schedule" of the config file, else "0 7 * * *")',
    '  --tz <zone>        time zone of the expression and the as-of date, e.g. Asia/Seoul (default:',
    '                     "timeZone" of the config file, else UTC)',
    '  run options        any option of "dealbrief run" (--sources, --out, --keep, --config...)',
    '  -h, --help         show this help',
    '',
    'Exit codes: 0 stopped by SIGTERM/SIGINT, 2 usage error (cron, time zone or a run option)',
    '',
  ].join('\n');
}
