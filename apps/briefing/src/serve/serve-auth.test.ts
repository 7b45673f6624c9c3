import { rm } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningServer, startServer } from './start-server.js';
import { FIRST_RUN, makeServedOut, readRunFiles, type ServedOut, sha256 } from './test-pack.js';

const TOKEN = 's3cret-token_é';
let served: ServedOut;

beforeAll(async () => {
  served = await makeServedOut();
}, 60_000);

afterAll(async () => {
  if (served) await rm(served.root, { recursive: true, force: true });
});

describe('dealbrief serve: bearer token', () => {
  let server: RunningServer;
  beforeAll(async () => {
    server = await startServer({ dir: served.out, port: 0, token: TOKEN });
  });
  afterAll(() => server.close());

  it('refuses every route but /healthz without the token', async () => {
    for (const path of [
      '/',
      '/api/runs',
      `/runs/${FIRST_RUN}/briefing.json`,
      '/latest/briefing.pdf',
      '/nope',
    ]) {
      const res = await fetch(`${server.url}${path}`);
      expect(res.status, path).toBe(401);
      expect(res.headers.get('www-authenticate')).toBe('Bearer realm="dealbrief"');
      const wrong = await fetch(`${server.url}${path}`, { headers: { Authorization: 'Bearer nope' } });
      expect(wrong.status, path).toBe(401);
      expect((await fetch(`${server.url}${path}?token=nope`)).status, path).toBe(401);
    }
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
  });

  it('serves everything with Authorization: Bearer', async () => {
    const auth = { Authorization: `Bearer ${TOKEN}` };
    expect((await fetch(`${server.url}/`, { headers: auth })).status).toBe(200);
    const res = await fetch(`${server.url}/runs/${FIRST_RUN}/briefing.xlsx`, { headers: auth });
    expect(res.status).toBe(200);
    const files = await readRunFiles(served.out, FIRST_RUN);
    expect(sha256(new Uint8Array(await res.arrayBuffer()))).toBe(files.get('briefing.xlsx'));
  });

  it('accepts ?token= and then carries it in the page links', async () => {
    const query = `?token=${encodeURIComponent(TOKEN)}`;
    const page = await fetch(`${server.url}/${query}`);
    expect(page.status).toBe(200);
    const html = await page.text();
    const link = `/runs/${FIRST_RUN}/briefing.xlsx${query}`;
    expect(html).toContain(`href="${link}"`);
    expect((await fetch(`${server.url}${link}`)).status).toBe(200);
    const headerPage = await (
      await fetch(`${server.url}/`, { headers: { Authorization: `Bearer ${TOKEN}` } })
    ).text();
    expect(headerPage).not.toContain('token=');
  });
});

describe('dealbrief serve: without a token and closing', () => {
  it('serves without a token when none is set', async () => {
    const server = await startServer({ dir: served.out, port: 0 });
    try {
      const page = await fetch(`${server.url}/`);
      expect(page.status).toBe(200);
      await page.text();
      const json = await fetch(`${server.url}/latest/briefing.json`);
      expect(json.status).toBe(200);
      await json.arrayBuffer();
    } finally {
      await server.close();
    }
  });

  it('finishes a download in flight on close, then refuses new connections', async () => {
    const server = await startServer({ dir: served.out, port: 0 });
    const files = await readRunFiles(served.out, FIRST_RUN);
    const zip = [...files.keys()].find((name) => name.endsWith('.zip'))!;
    const res = await fetch(`${server.url}/runs/${FIRST_RUN}/${zip}`);
    expect(res.status).toBe(200);
    const closed = server.close();
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect(sha256(bytes)).toBe(files.get(zip));
    await closed;
    await expect(fetch(`${server.url}/healthz`)).rejects.toThrow();
  });

  it('listens on 127.0.0.1 by default', async () => {
    const server = await startServer({ dir: served.out, port: 0 });
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    await server.close();
  });
});
