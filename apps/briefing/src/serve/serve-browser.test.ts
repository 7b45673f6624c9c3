import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type BrowserContext, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runBriefing } from '../run-briefing.js';
import { SEEDS } from '../test-cli.js';
import { type RunningServer, startServer } from './start-server.js';
import { makeServedOut, readLatest, readRunFiles, type ServedOut, sha256 } from './test-pack.js';

/** Debian's chromium (scripts/install-system-deps.sh installs it; CI must have it). */
const CHROMIUM = '/usr/bin/chromium';
const available = existsSync(CHROMIUM);
if (!available && process.env['CI'] === 'true') {
  throw new Error(`${CHROMIUM} is missing; CI must run the browser test (scripts/install-system-deps.sh)`);
}
/** The README's picture of the page, written when DEALBRIEF_SCREENSHOT=1. */
const SCREENSHOT = fileURLToPath(new URL('../../../../docs/images/download-page.png', import.meta.url));

let served: ServedOut;
let server: RunningServer;
let profile: string;
let context: BrowserContext;

describe.skipIf(!available)('the download page in Chromium', () => {
  beforeAll(async () => {
    served = await makeServedOut();
    server = await startServer({ dir: served.out, port: 0 });
    profile = await mkdtemp(join(tmpdir(), 'dealbrief-chromium-'));
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      acceptDownloads: true,
      viewport: { width: 1280, height: 900 },
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
  }, 90_000);

  afterAll(async () => {
    await context?.close();
    await server?.close();
    if (profile) await rm(profile, { recursive: true, force: true });
    if (served) await rm(served.root, { recursive: true, force: true });
  });

  it('downloads the XLSX and the zip of the latest run with the sha256 of the manifest and run.json', async () => {
    const page = await context.newPage();
    await page.goto(`${server.url}/`);
    expect(await page.title()).toContain('dealbrief');
    await expect(page.locator('#key-facts tbody tr').count()).resolves.toBeGreaterThan(5);
    const latest = await readLatest(served.out);
    const files = await readRunFiles(served.out, latest);
    const zip = [...files.keys()].find((name) => name.endsWith('.zip'))!;
    const row = page.locator(`tr[id="run-${latest}"]`);
    const saved = join(profile, 'saved');
    await mkdir(saved);
    for (const [name, link] of [
      ['briefing.xlsx', row.getByRole('link', { name: 'briefing.xlsx', exact: true })],
      [zip, row.getByRole('link', { name: zip, exact: true })],
    ] as const) {
      const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
      expect(download.suggestedFilename()).toBe(name);
      const path = join(saved, name);
      await download.saveAs(path);
      expect(sha256(await readFile(path)), name).toBe(files.get(name));
    }
    await page.close();
  }, 60_000);

  it.runIf(process.env['DEALBRIEF_SCREENSHOT'] === '1')(
    'takes the README screenshot of two runs of the seeds',
    async () => {
      const out = join(profile, 'out');
      for (const day of ['05', '06']) {
        const now = new Date(`2025-11-${day}T07:00:00Z`);
        await runBriefing({ sourcesDir: SEEDS, outDir: out, asOf: `2025-11-${day}`, now });
      }
      const clean = await startServer({ dir: out, port: 0 });
      try {
        const page = await context.newPage();
        await page.setViewportSize({ width: 1200, height: 1000 });
        await page.goto(`${clean.url}/`);
        await page.screenshot({ path: SCREENSHOT });
        await page.close();
      } finally {
        await clean.close();
      }
    },
    60_000,
  );
});
