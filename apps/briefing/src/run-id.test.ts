import { describe, expect, it } from 'vitest';
import { formatUtcDate } from './iso-date.js';
import { formatRunId, suffixRunId } from './run-id.js';

describe('run ids', () => {
  it('joins the as-of date and the UTC time of day', () => {
    const now = new Date('2025-11-06T01:02:03.456+09:00');
    expect(formatRunId('2025-11-05', now)).toBe('2025-11-05T160203Z');
    expect(formatUtcDate(now)).toBe('2025-11-05');
  });

  it('suffixes -2, -3... for later attempts', () => {
    expect(suffixRunId('2025-11-05T160203Z', 1)).toBe('2025-11-05T160203Z');
    expect(suffixRunId('2025-11-05T160203Z', 2)).toBe('2025-11-05T160203Z-2');
    expect(suffixRunId('2025-11-05T160203Z', 3)).toBe('2025-11-05T160203Z-3');
  });
});
