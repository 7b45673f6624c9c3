import { rm } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Catalog, RunSummary } from './run-summary.js';
import { type RunningServer, startServer } from './start-server.js';
import {
  FIRST_RUN,
  HOSTILE_DISPLAY,
  HOSTILE_LABEL,
  makeServedOut,
  readRunFiles,
  SECOND_RUN,
  type ServedOut,
  sha256,
  UTF8_FILE,
} from './test-pack.js';

let served: ServedOut;
let server: RunningServer;

beforeAll(async () => {
  served = await makeServedOut();
  server = await startServer({ dir: served.out, port: 0 });
}, 60_000);

afterAll(async () => {
  await server?.close();
  if (served) await rm(served.root, { recursive: true, force: true });
});

const get = (path: string, init?: RequestInit) => fetch(`${server.url}${path}`, init);
const fileUrl = (run: string, name: string) => `/runs/${encodeURIComponent(run)}/${encodeURIComponent(name)}`;

describe('dealbrief serve: listing', () => {
  it('answers /healthz', async () => {
    const res = await get('/healthz');
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok' });
  });

  it('lists the runs newest first in /api/runs, leaving out a run folder that leaves out/', async () => {
    const res = await get('/api/runs');
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    const catalog = (await res.json()) as Catalog;
    expect(catalog.runs.map((r: { id: string }) => r.id)).toEqual([SECOND_RUN, FIRST_RUN]);
    expect(catalog.latest).toBe(SECOND_RUN);
    const [second, first] = catalog.runs as [RunSummary, RunSummary];
    expect(first).toMatchObject({ asOf: '2025-11-05', sources: 5, rejected: 0, changedFields: null });
    expect(first.fields.agreed).toBeGreaterThan(0);
    expect(second.changedFields).toBe(1);
    expect(second.files.map((f: { name: string }) => f.name)).toContain(UTF8_FILE);
    expect(second.zip?.name).toBe(`dealbrief-2025-11-06-${SECOND_RUN}.zip`);
    expect(catalog.keyFacts[0]).toEqual({
      label: HOSTILE_LABEL,
      display: HOSTILE_DISPLAY,
      status: expect.any(String),
    });
  });

  it('renders the page with every link, the key facts, and source text escaped', async () => {
    const res = await get('/');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/html; charset=utf-8/i);
    const html = await res.text();
    for (const run of [FIRST_RUN, SECOND_RUN]) {
      for (const name of (await readRunFiles(served.out, run)).keys()) {
        expect(html).toContain(`href="${fileUrl(run, name)}"`);
      }
      expect(html).toContain(`href="${fileUrl(run, 'manifest.json')}"`);
    }
    expect(html.indexOf(`id="run-${SECOND_RUN}"`)).toBeLessThan(html.indexOf(`id="run-${FIRST_RUN}"`));
    expect(html).toContain('Key facts (latest run)');
    expect(html).toContain('&lt;img src=x onerror=&quot;alert(1)&quot;&gt;GPUs &amp; &lt;b&gt;co&lt;/b&gt;');
    expect(html).toContain('&lt;/td&gt;&lt;script&gt;alert(2)&lt;/script&gt;');
    expect(html).not.toContain('<img');
    expect(html).not.toContain('<script');
    expect(html).not.toContain('evil');
  });
});

describe('dealbrief serve: downloads', () => {
  it('serves every listed file and the zip with the sha256 the manifest and run.json record', async () => {
    for (const run of [FIRST_RUN, SECOND_RUN]) {
      for (const [name, hash] of await readRunFiles(served.out, run)) {
        if (name === 'secret.txt') continue; // a symlink out of out/: see the path tests
        const res = await get(fileUrl(run, name));
        expect(res.status, `${run}/${name}`).toBe(200);
        const bytes = new Uint8Array(await res.arrayBuffer());
        expect(sha256(bytes), `${run}/${name}`).toBe(hash);
        expect(res.headers.get('etag')).toBe(`"${hash}"`);
        expect(res.headers.get('content-length')).toBe(String(bytes.byteLength));
        expect(res.headers.get('last-modified')).toMatch(/GMT$/);
      }
    }
  });

  it('serves the latest run under /latest/, with manifest.json too', async () => {
    const files = await readRunFiles(served.out, SECOND_RUN);
    const res = await get('/latest/briefing.xlsx');
    expect(res.headers.get('content-type')).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    expect(res.headers.get('cache-control')).toContain('no-cache');
    expect(sha256(new Uint8Array(await res.arrayBuffer()))).toBe(files.get('briefing.xlsx'));
    const manifest = await get('/latest/manifest.json');
    expect(manifest.status).toBe(200);
    expect(
      ((await manifest.json()) as { files: { name: string }[] }).files.map((f: { name: string }) => f.name),
    ).toContain(UTF8_FILE);
  });

  it('answers If-None-Match with 304 and the right types and dispositions', async () => {
    const hash = (await readRunFiles(served.out, FIRST_RUN)).get('briefing.pdf')!;
    const url = fileUrl(FIRST_RUN, 'briefing.pdf');
    const first = await get(url);
    await first.arrayBuffer();
    expect(first.headers.get('content-type')).toBe('application/pdf');
    expect(first.headers.get('content-disposition')).toBe(
      `attachment; filename="briefing.pdf"; filename*=UTF-8''briefing.pdf`,
    );
    const again = await get(url, { headers: { 'If-None-Match': `"${hash}"` } });
    expect(again.status).toBe(304);
    expect(again.headers.get('etag')).toBe(`"${hash}"`);
    expect((await again.arrayBuffer()).byteLength).toBe(0);
    const weak = await get(url, { headers: { 'If-None-Match': `"other", W/"${hash}"` } });
    expect(weak.status).toBe(304);
    const changed = await get(url, { headers: { 'If-None-Match': '"something-else"' } });
    expect(changed.status).toBe(200);
    await changed.arrayBuffer();
  });

  it('names a UTF-8 file in filename* and gives an ASCII fallback', async () => {
    const res = await get(fileUrl(SECOND_RUN, UTF8_FILE));
    expect(res.status).toBe(200);
    expect(await res.text()).toBe('ü 한국어\n');
    expect(res.headers.get('content-type')).toBe('text/plain; charset=utf-8');
    const disposition = res.headers.get('content-disposition')!;
    expect(disposition).toMatch(/^attachment; filename="[\x20-\x7e]+"; filename\*=UTF-8''/);
    const encoded = /filename\*=UTF-8''(.+)$/.exec(disposition)![1]!;
    expect(decodeURIComponent(encoded)).toBe(UTF8_FILE);
  });

  it('serves byte ranges with 206, and 416 for ranges it cannot serve', async () => {
    const url = fileUrl(FIRST_RUN, 'briefing.xlsx');
    const whole = Buffer.from(await (await get(url)).arrayBuffer());
    const part = await get(url, { headers: { Range: 'bytes=100-199' } });
    expect(part.status).toBe(206);
    expect(part.headers.get('content-range')).toBe(`bytes 100-199/${whole.length}`);
    expect(Buffer.from(await part.arrayBuffer()).equals(whole.subarray(100, 200))).toBe(true);
    const tail = await get(url, { headers: { Range: 'bytes=-10' } });
    expect(Buffer.from(await tail.arrayBuffer()).equals(whole.subarray(whole.length - 10))).toBe(true);
    const open = await get(url, { headers: { Range: `bytes=${whole.length - 5}-` } });
    expect(open.headers.get('content-range')).toBe(
      `bytes ${whole.length - 5}-${whole.length - 1}/${whole.length}`,
    );
    await open.arrayBuffer();
    for (const range of [`bytes=${whole.length}-`, 'bytes=9-3', 'items=0-1', 'bytes=0-1,5-9', 'bytes=-0']) {
      const res = await get(url, { headers: { Range: range } });
      expect(res.status, range).toBe(416);
      expect(res.headers.get('content-range')).toBe(`bytes */${whole.length}`);
      await res.arrayBuffer();
    }
  });

  it('answers HEAD with the headers and no body', async () => {
    const files = await readRunFiles(served.out, FIRST_RUN);
    const zip = [...files.keys()].find((n) => n.endsWith('.zip'))!;
    const res = await get(fileUrl(FIRST_RUN, zip), { method: 'HEAD' });
    expect(res.status).toBe(200);
    expect(res.headers.get('etag')).toBe(`"${files.get(zip)}"`);
    expect(res.headers.get('content-type')).toBe('application/zip');
    expect(Number(res.headers.get('content-length'))).toBeGreaterThan(1000);
    expect((await res.arrayBuffer()).byteLength).toBe(0);
  });
});
