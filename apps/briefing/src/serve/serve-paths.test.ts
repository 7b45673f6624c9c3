import { rm } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningServer, startServer } from './start-server.js';
import { FIRST_RUN, makeServedOut, rawRequest, SECOND_RUN, type ServedOut } from './test-pack.js';

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

/** Paths that must all be 404, sent byte for byte as written (no client-side normalisation). */
const REFUSED = [
  // dot-dot, raw and percent-encoded
  `/runs/../LATEST`,
  `/runs/${FIRST_RUN}/../../LATEST`,
  `/runs/${FIRST_RUN}/../${SECOND_RUN}/run.json`,
  `/runs/%2e%2e/LATEST`,
  `/runs/%2E%2E/%2E%2E/secret.txt`,
  `/runs/${FIRST_RUN}/%2e%2e%2f%2e%2e%2fLATEST`,
  `/runs/${FIRST_RUN}/..%2f..%2f..%2fsecret.txt`,
  `/runs/${FIRST_RUN}%2f..%2f..%2fLATEST/x`,
  `/latest/%2e%2e%2fLATEST`,
  `/latest/..%2f..%2fsecret.txt`,
  `/runs/%252e%252e/LATEST`,
  // encoded slashes and backslashes
  `/runs/${FIRST_RUN}%2fbriefing.json`,
  `/runs/${FIRST_RUN}/sub%2fbriefing.json`,
  `/runs/${FIRST_RUN}/..%5c..%5csecret.txt`,
  `/runs/${FIRST_RUN}/%5cetc%5cpasswd`,
  `/runs/${FIRST_RUN}/..\\..\\secret.txt`,
  `/latest/..\\LATEST`,
  `/runs/${FIRST_RUN}\\..\\..\\secret.txt/x`,
  // absolute paths
  `/runs//etc/passwd`,
  `/runs/${FIRST_RUN}//etc/passwd`,
  `/runs/${FIRST_RUN}/%2fetc%2fpasswd`,
  `/latest//etc/passwd`,
  `/latest/%2Fetc%2Fpasswd`,
  `/runs/${FIRST_RUN}/C:%5cWindows%5cwin.ini`,
  `//etc/passwd`,
  `/etc/passwd`,
  // NUL and other ids
  `/runs/${FIRST_RUN}/briefing.json%00.txt`,
  `/runs/${FIRST_RUN}%00/briefing.json`,
  `/runs/${FIRST_RUN}%20/briefing.json`,
  `/runs/2025-11-05/briefing.json`,
  `/runs/./briefing.json`,
  `/runs/${FIRST_RUN}/./briefing.json/x`,
  `/runs/${FIRST_RUN}`,
  `/runs/${FIRST_RUN}/`,
  // files the manifest does not list, and symlinks out of out/
  `/runs/${FIRST_RUN}/run.json`,
  `/latest/run.json`,
  `/runs/${SECOND_RUN}/leak.txt`,
  `/runs/${SECOND_RUN}/secret.txt`,
  `/runs/${SECOND_RUN}/dealbrief-2025-11-05-${FIRST_RUN}.zip`,
  `/runs/evil/briefing.json`,
  `/runs/evil/manifest.json`,
  `/latest/secret.txt`,
  `/LATEST`,
  `/latest`,
  `/runs/`,
];

describe('dealbrief serve: nothing outside the manifests is reachable', () => {
  it.each(REFUSED)('404 for %s', async (path) => {
    for (const method of ['GET', 'HEAD']) {
      const res = await rawRequest(server.url, path, { method });
      expect(res.status, `${method} ${path}`).toBe(404);
      expect(res.body.toString('latin1')).not.toContain('SECRET');
      expect(res.headers['content-disposition']).toBeUndefined();
    }
  });

  it('serves the same files when asked plainly (the refusals are not an accident)', async () => {
    for (const path of [
      `/runs/${FIRST_RUN}/briefing.json`,
      `/runs/${encodeURIComponent(FIRST_RUN)}/manifest.json`,
      `/latest/briefing.csv`,
    ]) {
      expect((await rawRequest(server.url, path)).status, path).toBe(200);
    }
  });
});
