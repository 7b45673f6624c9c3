import { describe, expect, it } from 'vitest';
import { findDateline, inferYear } from './find-dateline.js';

describe('findDateline', () => {
  it('finds a date standing alone near the top', () => {
    const text = 'Policies\n\nNov 03, 2025\n\nThe government has joined hands with Nvidia.';
    expect(findDateline(text)).toEqual({ start: 10, end: 22, text: 'Nov 03, 2025', date: '2025-11-03' });
  });

  it('allows labels, weekdays and times beside the date on its line', () => {
    expect(findDateline('Title\nUpdated: Monday, 3 November 2025, 10:30 KST\nBody.')?.date).toBe(
      '2025-11-03',
    );
    expect(findDateline('제목\n입력 2025.11.03 오전 10:30\n본문이다.')?.date).toBe('2025-11-03');
    expect(findDateline('Titel\nStand: 3. November 2025, 14:05 Uhr\nText.')?.date).toBe('2025-11-03');
  });

  it('ignores dates inside sentences and below the top lines', () => {
    expect(findDateline('Nvidia said on Nov. 3, 2025 that it will ship GPUs.')).toBeUndefined();
    expect(findDateline('a\nb\nc\nd\ne\nf\n2025-11-03\n')).toBeUndefined();
  });

  it('reads a wire lead, taking the missing year from a full date elsewhere', () => {
    const text = 'SEOUL, Nov. 3 (Yonhap) -- Nvidia will ship GPUs.\nThe deal dated from Oct. 31, 2025.';
    expect(findDateline(text)).toEqual({
      start: 0,
      end: 22,
      text: 'SEOUL, Nov. 3 (Yonhap)',
      date: '2025-11-03',
    });
    expect(findDateline('BERLIN, 3. November 2025 (dpa) – Nvidia liefert.')?.date).toBe('2025-11-03');
  });

  it('skips a wire lead whose year cannot be found', () => {
    expect(findDateline('SEOUL, Nov. 3 (Yonhap) -- Nvidia will ship GPUs.')).toBeUndefined();
  });
});

describe('inferYear', () => {
  it('prefers years of full dates, else a single year number', () => {
    expect(inferYear('Oct. 31, 2025 and Nov. 1, 2025 and by 2030')).toBe(2025);
    expect(inferYear('in 2025 the plan')).toBe(2025);
    expect(inferYear('from 2025 to 2030')).toBeUndefined();
  });
});
