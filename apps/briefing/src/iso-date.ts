import { DealbriefError, ErrorCode } from '@dealbrief/core';

/** Today's date in UTC as YYYY-MM-DD (the default `--as-of`). */
export function formatUtcDate(now: Date): string {
  return now.toISOString().slice(0, 10);
}

/** Throws USAGE unless `value` is a real calendar date written YYYY-MM-DD. */
export function assertIsoDate(value: string, name = '--as-of'): void {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const date = match ? new Date(`${value}T00:00:00Z`) : null;
  if (!date || Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== value) {
    throw new DealbriefError(ErrorCode.Usage, `${name} must be a date written YYYY-MM-DD, got "${value}"`);
  }
}
