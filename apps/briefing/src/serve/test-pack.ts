import { createHash } from 'node:crypto';
import { cp, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LATEST_FILE, pointLatestAt, RUNS_DIR } from '../publish-run.js';
import { runBriefing } from '../run-briefing.js';
import { SEEDS } from '../test-cli.js';

/** The run ids {@link makeServedOut} creates. */
export const FIRST_RUN = '2025-11-05T070000Z';
export const SECOND_RUN = '2025-11-06T070000Z';
/** A file of the second run whose name needs `filename*` (listed in its manifest). */
export const UTF8_FILE = '브리핑 요약 – ü.txt';
/** Markup put into the second run's first field label: the page must show it as text. */
export const HOSTILE_LABEL = '<img src=x onerror="alert(1)">GPUs & <b>co</b>';
/** Markup put into the second run's first field value (so that field also counts as changed). */
export const HOSTILE_DISPLAY = '</td><script>alert(2)</script>';

/** A test output folder and the secret that lies outside it. */
export interface ServedOut {
  root: string;
  out: string;
  secret: string;
}

/**
 * Builds `<tmp>/out` for the server tests: a real run of the seeds (FIRST_RUN), and SECOND_RUN (latest), a
 * copy whose first field's label and value are markup, with a UTF-8-named file, a symlink `secret.txt` (listed in its
 * manifest) and `leak.txt` (not listed) pointing at `<tmp>/secret.txt` outside `out/`, plus
 * `runs/evil`, a symlink to a folder outside `out/` that looks like a run.
 */
export async function makeServedOut(): Promise<ServedOut> {
  const root = await mkdtemp(join(tmpdir(), 'dealbrief-serve-'));
  const out = join(root, 'out');
  const secret = join(root, 'secret.txt');
  await writeFile(secret, 'TOP SECRET outside out/\n');
  await runBriefing({
    sourcesDir: SEEDS,
    outDir: out,
    asOf: '2025-11-05',
    now: new Date('2025-11-05T07:00:00Z'),
  });
  const first = join(out, RUNS_DIR, FIRST_RUN);
  const second = join(out, RUNS_DIR, SECOND_RUN);
  await cp(first, second, { recursive: true });
  const briefing = JSON.parse(await readFile(join(second, 'briefing.json'), 'utf8'));
  briefing.fields[0].label = HOSTILE_LABEL;
  briefing.fields[0].display = HOSTILE_DISPLAY;
  await writeFile(join(second, 'briefing.json'), `${JSON.stringify(briefing, null, 2)}\n`);
  await writeFile(join(second, UTF8_FILE), 'ü 한국어\n');
  await symlink(secret, join(second, 'secret.txt'));
  await symlink(secret, join(second, 'leak.txt'));
  const manifest = JSON.parse(await readFile(join(second, 'manifest.json'), 'utf8'));
  const names: string[] = [...manifest.files.map((f: { name: string }) => f.name), UTF8_FILE, 'secret.txt'];
  manifest.files = await Promise.all(names.map((name) => entryOf(second, name)));
  await writeFile(join(second, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  const run = JSON.parse(await readFile(join(first, 'run.json'), 'utf8'));
  const zipName = `dealbrief-2025-11-06-${SECOND_RUN}.zip`;
  await cp(join(first, run.zip.name), join(second, zipName));
  const runRecord = {
    ...run,
    runId: SECOND_RUN,
    createdAt: '2025-11-06T07:00:00.000Z',
    zip: await entryOf(second, zipName),
  };
  await writeFile(join(second, 'run.json'), `${JSON.stringify(runRecord, null, 2)}\n`);
  await rm(join(second, run.zip.name));
  await pointLatestAt(out, SECOND_RUN);

  const evil = join(root, 'evil-run');
  await cp(first, evil, { recursive: true });
  await symlink(evil, join(out, RUNS_DIR, 'evil'));
  return { root, out, secret };
}

/** Reads the manifest and run.json of a run of a served out folder. */
export async function readRunFiles(out: string, runId: string): Promise<Map<string, string>> {
  const dir = join(out, RUNS_DIR, runId);
  const manifest = JSON.parse(await readFile(join(dir, 'manifest.json'), 'utf8'));
  const run = JSON.parse(await readFile(join(dir, 'run.json'), 'utf8'));
  const files = new Map<string, string>(
    manifest.files.map((f: { name: string; sha256: string }) => [f.name, f.sha256]),
  );
  files.set(run.zip.name, run.zip.sha256);
  return files;
}

/** The id in `<out>/LATEST`. */
export async function readLatest(out: string): Promise<string> {
  return (await readFile(join(out, LATEST_FILE), 'utf8')).trim();
}

async function entryOf(dir: string, name: string): Promise<{ name: string; bytes: number; sha256: string }> {
  const bytes = await readFile(join(dir, name));
  return { name, bytes: bytes.byteLength, sha256: sha256(bytes) };
}

/** sha256 hex of bytes. */
export function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** A response read whole. */
export interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

/**
 * Sends a request with the path exactly as given (no URL normalisation, unlike fetch), so `..`, `%2e%2e`
 * and backslashes reach the server as written.
 */
export function rawRequest(
  base: string,
  path: string,
  options: { method?: string; headers?: Record<string, string> } = {},
): Promise<RawResponse> {
  const { hostname, port } = new URL(base);
  return new Promise((resolve, reject) => {
    const req = request(
      { host: hostname, port, path, method: options.method ?? 'GET', headers: options.headers, agent: false },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }),
        );
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end();
  });
}
