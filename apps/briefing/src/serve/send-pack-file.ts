import { createReadStream } from 'node:fs';
import { Readable } from 'node:stream';
import type { ManifestEntry } from '../manifest.js';
import { contentDisposition, contentTypeFor } from './file-headers.js';
import { parseRange } from './parse-range.js';

/** A pack file found on disk, as {@link locateRunFile} returns it. */
export interface LocatedFile {
  path: string;
  entry: ManifestEntry;
  size: number;
  mtime: Date;
}

/** How the request asks for the file. */
export interface FileRequest {
  method: string;
  ifNoneMatch?: string | undefined;
  range?: string | undefined;
  /** `Cache-Control` to send (runs never change; `latest` does). */
  cacheControl: string;
}

/**
 * Answers a request for a pack file: streams it from disk (never buffering it whole), with
 * `ETag: "<sha256>"` from the manifest, `Last-Modified` from the file's mtime, `Content-Type` by
 * extension and `Content-Disposition: attachment` with the UTF-8 name. `If-None-Match` naming the ETag
 * (or `*`) gives 304; `Range: bytes=a-b` gives 206 with `Content-Range`, an unusable range 416; `HEAD`
 * gets the headers without a body.
 */
export function sendPackFile(file: LocatedFile, request: FileRequest): Response {
  const etag = `"${file.entry.sha256}"`;
  const headers = new Headers({
    ETag: etag,
    'Last-Modified': file.mtime.toUTCString(),
    'Cache-Control': request.cacheControl,
    'Accept-Ranges': 'bytes',
    'X-Content-Type-Options': 'nosniff',
  });
  if (matchesEtag(request.ifNoneMatch, etag)) return new Response(null, { status: 304, headers });
  headers.set('Content-Type', contentTypeFor(file.entry.name));
  headers.set('Content-Disposition', contentDisposition(file.entry.name));
  const range = parseRange(request.range, file.size);
  if (range === 'invalid') {
    headers.set('Content-Range', `bytes */${file.size}`);
    headers.set('Content-Length', '0');
    return new Response(null, { status: 416, headers });
  }
  const start = range?.start ?? 0;
  const end = range?.end ?? file.size - 1;
  headers.set('Content-Length', String(Math.max(0, end - start + 1)));
  if (range) headers.set('Content-Range', `bytes ${start}-${end}/${file.size}`);
  const status = range ? 206 : 200;
  if (request.method === 'HEAD' || file.size === 0) return new Response(null, { status, headers });
  const stream = Readable.toWeb(createReadStream(file.path, { start, end })) as ReadableStream<Uint8Array>;
  return new Response(stream, { status, headers });
}

/** True when an `If-None-Match` header lists this ETag (weak comparison) or `*`. */
function matchesEtag(header: string | undefined, etag: string): boolean {
  if (header === undefined) return false;
  return header.split(',').some((tag) => {
    const t = tag.trim();
    return t === '*' || t === etag || t === `W/${etag}`;
  });
}
