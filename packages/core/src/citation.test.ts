import { describe, expect, it } from 'vitest';
import { buildCitation, verifyCitation } from './citation.js';
import { CodePointIndex } from './text.js';

describe('citations', () => {
  const text = '🎉 Nvidia will supply up to 260,000 GPUs.\n삼성전자와 SK그룹은 각각 5만 개를 받는다.';
  const index = new CodePointIndex(text);

  it('builds exact, prefix, suffix, line and column in code points', () => {
    const start = index.toCodePoint(text.indexOf('up to'));
    const c = buildCitation(index, start, start + 'up to 260,000 GPUs'.length);
    expect(c.exact).toBe('up to 260,000 GPUs');
    expect(c.prefix.endsWith('supply ')).toBe(true);
    expect(c.suffix.startsWith('.\n삼성')).toBe(true);
    expect(c.line).toBe(1);
    expect(c.column).toBe(start + 1);
    expect(verifyCitation(text, c)).toBeNull();
  });

  it('verifies Korean on a later line', () => {
    const cps = Array.from(text);
    const start = cps.indexOf('5');
    const c = buildCitation(index, start, start + 4);
    expect(c.exact).toBe('5만 개');
    expect(c.line).toBe(2);
    expect(verifyCitation(index, c)).toBeNull();
  });

  it('reports a one-character shift', () => {
    const c = buildCitation(index, 5, 12);
    expect(verifyCitation(text, { ...c, start: c.start + 1, end: c.end + 1 })).toMatch(/exact/);
  });

  it('reports a changed text', () => {
    const c = buildCitation(index, 2, 8);
    expect(verifyCitation(text.replace('Nvidia', 'NVIDIA'), c)).toMatch(/exact/);
  });

  it('reports a range outside the text', () => {
    expect(
      verifyCitation('short', { start: 2, end: 50, exact: 'x', prefix: '', suffix: '', line: 1, column: 3 }),
    ).toMatch(/outside/);
  });
});
