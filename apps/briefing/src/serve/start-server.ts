import { createServer as createHttpServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { getRequestListener, RequestError } from '@hono/node-server';
import { createServer } from './create-server.js';

/** Options of {@link startServer}. */
export interface StartServerOptions {
  /** The output folder to serve. */
  dir: string;
  /** TCP port; 0 picks a free one. */
  port: number;
  /** Address to listen on; default 127.0.0.1 (use 0.0.0.0 to serve other machines). */
  host?: string | undefined;
  /** Bearer token protecting everything but `/healthz`. */
  token?: string | undefined;
  /** How long {@link RunningServer.close} waits for in-flight requests before cutting them; default 10 s. */
  closeTimeoutMs?: number | undefined;
}

/** A listening server. */
export interface RunningServer {
  /** `http://<host>:<port>` (IPv6 hosts in brackets). */
  url: string;
  port: number;
  /** Stops accepting connections, lets in-flight requests finish (up to the timeout), then resolves. */
  close: () => Promise<void>;
}

/**
 * Starts the download server ({@link createServer}) with @hono/node-server's request listener on a Node
 * HTTP server and resolves once it listens. A request target the adapter refuses before routing (a
 * backslash in the path, a malformed URL) is answered 404 like every other refused path, not 400.
 */
export function startServer(options: StartServerOptions): Promise<RunningServer> {
  const host = options.host ?? '127.0.0.1';
  const app = createServer({ dir: options.dir, token: options.token });
  return new Promise((resolve, reject) => {
    const listener = getRequestListener(app.fetch, {
      hostname: host,
      errorHandler: (error) =>
        new Response(error instanceof RequestError ? 'not found\n' : 'internal error\n', {
          status: error instanceof RequestError ? 404 : 500,
          headers: { 'Content-Type': 'text/plain; charset=utf-8', 'X-Content-Type-Options': 'nosniff' },
        }),
    });
    const server = createHttpServer(listener);
    server.once('error', reject);
    server.listen(options.port, host);
    server.once('listening', () => {
      server.off('error', reject);
      const { port } = server.address() as AddressInfo;
      const shown = host.includes(':') ? `[${host}]` : host;
      let closing: Promise<void> | undefined;
      const close = () => {
        closing ??= new Promise<void>((done) => {
          const timer = setTimeout(() => server.closeAllConnections(), options.closeTimeoutMs ?? 10_000);
          // A keep-alive connection becomes idle when its response ends: close it then, not at its timeout.
          const sweep = setInterval(() => server.closeIdleConnections(), 50);
          timer.unref();
          sweep.unref();
          server.close(() => {
            clearTimeout(timer);
            clearInterval(sweep);
            done();
          });
          server.closeIdleConnections();
        });
        return closing;
      };
      resolve({ url: `http://${shown}:${port}`, port, close });
    });
  });
}
