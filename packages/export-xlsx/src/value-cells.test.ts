import { describe, expect, it } from 'vitest';
import { parseDateCell, readAmount, readDateCell, selectAmountFormat } from './value-cells.js';

const GPUS = { type: 'quantity', amount: 260000, unit: 'GPU', qualifier: 'up_to' } as const;

describe('readAmount and selectAmountFormat', () => {
  it('reads quantities, allocations and disclosed money, nothing else', () => {
    expect(readAmount(GPUS)).toBe(260000);
    const samsung = { type: 'entity', id: 'samsung', name: 'Samsung', kind: 'org' } as const;
    expect(readAmount({ type: 'allocation', recipient: samsung, quantity: { ...GPUS, amount: 50000 } })).toBe(
      50000,
    );
    expect(readAmount({ type: 'money', amount: 3.5, currency: 'USD' })).toBe(3.5);
    expect(readAmount({ type: 'money', undisclosed: true })).toBeUndefined();
    expect(readAmount({ type: 'text', text: '5' })).toBeUndefined();
    expect(readAmount(null)).toBeUndefined();
    expect([selectAmountFormat(260000), selectAmountFormat(3.5), selectAmountFormat(undefined)]).toEqual([
      '#,##0',
      '#,##0.00',
      '#,##0',
    ]);
  });
});

describe('parseDateCell and readDateCell', () => {
  it('reads a day, month or year at UTC midnight with a matching format', () => {
    expect(parseDateCell('2025-10-31')).toEqual({
      date: new Date('2025-10-31T00:00:00Z'),
      numFmt: 'yyyy-mm-dd',
    });
    expect(parseDateCell('2025-10')).toEqual({ date: new Date('2025-10-01T00:00:00Z'), numFmt: 'yyyy-mm' });
    expect(parseDateCell('2030')).toEqual({ date: new Date('2030-01-01T00:00:00Z'), numFmt: 'yyyy' });
  });

  it('refuses impossible days, other text and weekdays', () => {
    expect(parseDateCell('2025-02-30')).toBeUndefined();
    expect(parseDateCell('2025-13')).toBeUndefined();
    expect(parseDateCell('31 Oct 2025')).toBeUndefined();
    expect(parseDateCell(undefined)).toBeUndefined();
    expect(readDateCell({ type: 'date', weekday: 'friday' })).toBeUndefined();
    expect(readDateCell(GPUS)).toBeUndefined();
    expect(readDateCell({ type: 'date', date: '2025-10-31', precision: 'day' })?.numFmt).toBe('yyyy-mm-dd');
  });
});
