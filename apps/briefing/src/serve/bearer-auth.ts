import { createHash, timingSafeEqual } from 'node:crypto';

/** How a request presented the token, when it did. */
export type TokenSource = 'header' | 'query';

/**
 * Checks a request against the server's token: `Authorization: Bearer <token>`, or `?token=<token>` in
 * the URL (for links a browser follows). Returns how it was presented, or undefined when it was not (or
 * was wrong). Compared in constant time.
 */
export function checkToken(token: string, request: Request): TokenSource | undefined {
  const header = request.headers.get('authorization') ?? '';
  const bearer = /^Bearer[ \t]+(.+)$/i.exec(header.trim())?.[1];
  if (bearer !== undefined && sameSecret(bearer, token)) return 'header';
  const query = new URL(request.url).searchParams.get('token');
  if (query !== null && sameSecret(query, token)) return 'query';
  return undefined;
}

function sameSecret(given: string, expected: string): boolean {
  const digest = (text: string) => createHash('sha256').update(text, 'utf8').digest();
  return timingSafeEqual(digest(given), digest(expected));
}
