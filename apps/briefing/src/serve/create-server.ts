import { Hono } from 'hono';
import { checkToken, type TokenSource } from './bearer-auth.js';
import { renderPage } from './render-page.js';
import { listRunIds, loadRun, locateRunFile, readLatestId, realOutDir } from './run-catalog.js';
import { RunSummarizer } from './run-summary.js';
import { decodeSegment, splitAfter } from './safe-segment.js';
import { sendPackFile } from './send-pack-file.js';

/** Options of {@link createServer}. */
export interface CreateServerOptions {
  /** The output folder of `dealbrief run` (holding `runs/`, `latest` and `LATEST`). */
  dir: string;
  /** When set, every route but `/healthz` needs `Authorization: Bearer <token>` or `?token=<token>`. */
  token?: string | undefined;
}

type Env = { Variables: { tokenSource: TokenSource | undefined } };

const RUN_CACHE = 'private, max-age=31536000, immutable';
const LATEST_CACHE = 'private, no-cache';

/**
 * The download server as a hono app: `/` (the HTML page), `/api/runs` (the same as JSON),
 * `/runs/<id>/<file>`, `/latest/<file>` and `/healthz`. Only the files a run's manifest lists, its
 * manifest.json and the zip named in its run.json can be fetched; run ids must equal a name listed in
 * `<dir>/runs/`, names with `/`, `\`, `..` or NUL (raw or percent-decoded) are refused, and a file whose
 * real path leaves the output folder is not served. Every refusal is a 404.
 */
export function createServer(options: CreateServerOptions): Hono<Env> {
  const app = new Hono<Env>();
  const summarizer = new RunSummarizer();
  const notFound = () => new Response('not found\n', { status: 404, headers: textHeaders() });

  app.get('/healthz', (c) => c.json({ status: 'ok' }));

  app.use('*', async (c, next) => {
    if (options.token === undefined) return next();
    const source = checkToken(options.token, c.req.raw);
    if (source === undefined) {
      return new Response('a bearer token is required\n', {
        status: 401,
        headers: { ...textHeaders(), 'WWW-Authenticate': 'Bearer realm="dealbrief"' },
      });
    }
    c.set('tokenSource', source);
    return next();
  });

  const catalog = async () => {
    const realOut = await realOutDir(options.dir);
    if (realOut === undefined) return { runs: [], latest: null, keyFacts: [] };
    const ids = await listRunIds(realOut);
    return summarizer.summarize(realOut, ids, await readLatestId(realOut, ids));
  };

  app.get('/', async (c) => {
    const token = c.get('tokenSource') === 'query' ? options.token : undefined;
    c.header('Cache-Control', 'no-store');
    c.header('Content-Security-Policy', "default-src 'none'; style-src 'unsafe-inline'; img-src 'self'");
    c.header('X-Content-Type-Options', 'nosniff');
    return c.html(renderPage(await catalog(), { token }));
  });

  app.get('/api/runs', async (c) => {
    c.header('Cache-Control', 'no-store');
    return c.json(await catalog());
  });

  app.get('/runs/*', async (c) => {
    const parts = splitAfter(new URL(c.req.url).pathname, '/runs/');
    if (parts?.length !== 2) return notFound();
    const id = decodeSegment(parts[0]!);
    const name = decodeSegment(parts[1]!);
    if (id === undefined || name === undefined) return notFound();
    return serveFile(c.req.raw, id, name, RUN_CACHE);
  });

  app.get('/latest/*', async (c) => {
    const parts = splitAfter(new URL(c.req.url).pathname, '/latest/');
    if (parts?.length !== 1) return notFound();
    const name = decodeSegment(parts[0]!);
    if (name === undefined) return notFound();
    return serveFile(c.req.raw, undefined, name, LATEST_CACHE);
  });

  /** Serves `name` of run `id` (undefined: the run `LATEST` names), or 404. */
  const serveFile = async (request: Request, id: string | undefined, name: string, cacheControl: string) => {
    const realOut = await realOutDir(options.dir);
    if (realOut === undefined) return notFound();
    const ids = await listRunIds(realOut);
    const runId = id === undefined ? await readLatestId(realOut, ids) : ids.find((listed) => listed === id);
    if (runId === undefined) return notFound();
    const run = await loadRun(realOut, runId);
    const file = run && (await locateRunFile(realOut, run, name));
    if (!file) return notFound();
    return sendPackFile(file, {
      method: request.method,
      ifNoneMatch: request.headers.get('if-none-match') ?? undefined,
      range: request.headers.get('range') ?? undefined,
      cacheControl,
    });
  };

  app.notFound(() => notFound());
  app.onError(() => new Response('internal error\n', { status: 500, headers: textHeaders() }));
  return app;
}

function textHeaders(): Record<string, string> {
  return { 'Content-Type': 'text/plain; charset=utf-8', 'X-Content-Type-Options': 'nosniff' };
}
