import { readFileSync } from 'node:fs';

/** The app's version, from apps/briefing/package.json (resolved from `src/` and from `dist/` alike). */
export function readVersion(): string {
  const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
    version?: unknown;
  };
  return typeof pkg.version === 'string' ? pkg.version : '0.0.0';
}
