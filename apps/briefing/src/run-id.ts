/**
 * The id of a run: `<asOf>T<HHMMSS>Z`, the date being the briefing's as-of date and the time the clock's
 * in UTC (e.g. `2025-11-05T071502Z`). Sorts by as-of date, then by time of day.
 */
export function formatRunId(asOf: string, now: Date): string {
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${asOf}T${pad(now.getUTCHours())}${pad(now.getUTCMinutes())}${pad(now.getUTCSeconds())}Z`;
}

/** The n-th candidate id for a base id: the base itself, then `<base>-2`, `<base>-3`... */
export function suffixRunId(base: string, attempt: number): string {
  return attempt <= 1 ? base : `${base}-${attempt}`;
}
