import { describe, expect, it } from 'vitest';
import { neutraliseFormula } from './neutralise-formula.js';

describe('neutraliseFormula', () => {
  it('prefixes text that a spreadsheet would run as a formula', () => {
    for (const text of [
      '=1+1',
      '+cmd|x',
      '-5',
      '@SUM(A1)',
      '\tx',
      '\rx',
      ' =padded',
      '  +cmd|x',
      '"=HYPERLINK(1)',
      "'=1+1",
      '“@SUM(1)',
      '\u00a0-2+3',
    ]) {
      expect(neutraliseFormula(text)).toBe(`'${text}`);
    }
  });

  it('leaves other text alone', () => {
    for (const text of ['', 'up to 260,000 GPUs', '26만 장', "'quoted", '"plain quote"', ' spaced']) {
      expect(neutraliseFormula(text)).toBe(text);
    }
  });
});
