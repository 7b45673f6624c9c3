import { describe, expect, it } from 'vitest';
import { LINK_FONT, SheetStyles } from './sheet-styles.js';

describe('SheetStyles', () => {
  const styles = new SheetStyles([
    { width: 10, wrap: false, numFmt: '0.00' },
    { width: 20, wrap: true },
  ]);

  it('gives each column one shared, frozen style from its layout', () => {
    expect(styles.column(1)).toEqual({ alignment: { vertical: 'top', wrapText: false }, numFmt: '0.00' });
    expect(styles.column(2)).toEqual({ alignment: { vertical: 'top', wrapText: true } });
    expect(styles.column(2)).toBe(styles.column(2));
    expect(Object.isFrozen(styles.column(1))).toBe(true);
    expect(() => styles.column(3)).toThrow(RangeError);
  });

  it('makes each variant once, on top of the column style', () => {
    expect(styles.withNumFmt(1, '#,##0.00')).toEqual({ ...styles.column(1), numFmt: '#,##0.00' });
    expect(styles.withNumFmt(1, '#,##0.00')).toBe(styles.withNumFmt(1, '#,##0.00'));
    expect(styles.link(2)).toEqual({ ...styles.column(2), font: LINK_FONT });
    expect(styles.link(2)).toBe(styles.link(2));
    expect(styles.status(2, 'agreed')).toMatchObject({ fill: { fgColor: { argb: 'FFC6EFCE' } } });
    expect(styles.status(2, 'agreed')).toBe(styles.status(2, 'agreed'));
    expect(styles.status(2, 'something else')).toBe(styles.column(2));
  });
});
