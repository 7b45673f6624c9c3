/** Characters that must never reach the file system from a URL, raw or percent-decoded. */
const FORBIDDEN = /[/\\\0]/;

/**
 * Decodes one raw URL path segment and returns it only when it is a plain name: not empty, not `.` or
 * `..`, no `..` anywhere, no `/`, `\` or NUL, neither raw nor after percent-decoding (so `%2e%2e`,
 * `%2f`, `%5c` and `%00` are refused too), and no control characters. Returns undefined otherwise.
 */
export function decodeSegment(raw: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(raw);
  } catch {
    return undefined;
  }
  for (const text of [raw, decoded]) {
    if (text === '' || text.includes('..') || FORBIDDEN.test(text)) return undefined;
    if (/[\u0000-\u001f\u007f]/.test(text)) return undefined;
  }
  if (decoded === '.') return undefined;
  return decoded;
}

/**
 * Splits a request path (as the URL parser left it, still percent-encoded) into its raw segments after
 * `prefix` (e.g. "/runs/"). Returns undefined when the path does not start with the prefix. An empty
 * segment (`//`, a leading `/` of an absolute path) stays in the list, so callers refuse it.
 */
export function splitAfter(pathname: string, prefix: string): string[] | undefined {
  if (!pathname.startsWith(prefix)) return undefined;
  return pathname.slice(prefix.length).split('/');
}
