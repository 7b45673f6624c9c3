import { describe, expect, it } from 'vitest';
import { displayValue, formatNumber } from './display.js';

describe('displayValue', () => {
  it('writes quantities with qualifier and plural unit', () => {
    expect(displayValue({ type: 'quantity', amount: 260000, unit: 'GPU', qualifier: 'up_to' })).toBe(
      'up to 260,000 GPUs',
    );
    expect(displayValue({ type: 'quantity', amount: 1, unit: 'GPU', qualifier: 'exact' })).toBe('1 GPU');
  });
  it('groups thousands without the locale', () => {
    expect(formatNumber(1234567.5)).toBe('1,234,567.5');
    expect(formatNumber(999)).toBe('999');
  });
  it('writes entities, dates and money', () => {
    expect(displayValue({ type: 'entity', id: 'naver', name: 'Naver', kind: 'org' })).toBe('Naver');
    expect(displayValue({ type: 'date', weekday: 'friday' })).toBe('Friday');
    expect(displayValue({ type: 'money', undisclosed: true })).toBe('undisclosed');
  });
});
