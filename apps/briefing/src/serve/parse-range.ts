/** A byte range to send, inclusive at both ends, as in `Content-Range`. */
export interface ByteRange {
  start: number;
  end: number;
}

/**
 * Reads a `Range` header for a file of `size` bytes. Returns undefined when there is no header (send the
 * whole file), a range when it is one satisfiable `bytes=a-b`, `bytes=a-` or `bytes=-n` (clipped to the
 * file), and "invalid" for anything else: another unit, several ranges, bad syntax or a range that starts
 * beyond the file (answered with 416).
 */
export function parseRange(header: string | undefined, size: number): ByteRange | 'invalid' | undefined {
  if (header === undefined) return undefined;
  const match = /^bytes=(\d*)-(\d*)$/.exec(header.trim());
  if (!match) return 'invalid';
  const [, from = '', to = ''] = match;
  if (from === '' && to === '') return 'invalid';
  if (from === '') {
    const suffix = Number(to);
    if (suffix === 0 || size === 0) return 'invalid';
    return { start: Math.max(0, size - suffix), end: size - 1 };
  }
  const start = Number(from);
  const end = to === '' ? size - 1 : Math.min(Number(to), size - 1);
  if (!Number.isSafeInteger(start) || start >= size || (to !== '' && Number(to) < start)) return 'invalid';
  return { start, end };
}
