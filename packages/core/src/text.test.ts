import { describe, expect, it } from 'vitest';
import { CodePointIndex, codePointLength, sliceCodePoints } from './text.js';

describe('code-point helpers', () => {
  const text = 'a😀b\r\n한국 c\rd\ne';

  it('counts astral characters as one code point', () => {
    expect(codePointLength('😀')).toBe(1);
    expect(codePointLength(text)).toBe(Array.from(text).length);
  });

  it('maps UTF-16 indices to code points and back', () => {
    const index = new CodePointIndex(text);
    expect(index.toCodePoint(3)).toBe(2); // 'b' is UTF-16 index 3, code point 2
    expect(index.toUtf16(2)).toBe(3);
    expect(index.slice(1, 3)).toBe('😀b');
    expect(sliceCodePoints(text, 1, 3)).toBe('😀b');
  });

  it('gives 1-based line and column across LF, CRLF and lone CR', () => {
    const index = new CodePointIndex(text);
    const cp = (s: string) => index.toCodePoint(text.indexOf(s));
    expect(index.lineColumn(0)).toEqual({ line: 1, column: 1 });
    expect(index.lineColumn(cp('b'))).toEqual({ line: 1, column: 3 });
    expect(index.lineColumn(cp('국'))).toEqual({ line: 2, column: 2 });
    expect(index.lineColumn(cp('d'))).toEqual({ line: 3, column: 1 });
    expect(index.lineColumn(cp('e'))).toEqual({ line: 4, column: 1 });
  });

  it('finds the same lines as a walk over every code unit, for any mix of LF, CR and CRLF', () => {
    // The reference: a line starts after "\n", after "\r" not followed by "\n", and after "\r\n".
    const lineOf = (t: string, u: number): number => {
      let line = 1;
      for (let i = 0; i < u; i++) {
        const c = t[i];
        if (c === '\n' || (c === '\r' && t[i + 1] !== '\n')) line++;
      }
      return line;
    };
    let seed = 7;
    const next = (n: number): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    const pieces = ['a', '😀', '\n', '\r', '\r\n', ' ', '국'];
    for (let round = 0; round < 300; round++) {
      let t = '';
      for (let k = next(12); k > 0; k--) t += pieces[next(pieces.length)];
      const index = new CodePointIndex(t);
      for (let cp = 0; cp < index.length; cp++) {
        expect(index.lineColumn(cp).line).toBe(lineOf(t, index.toUtf16(cp)));
      }
    }
  });

  it('rejects offsets outside the text', () => {
    const index = new CodePointIndex('abc');
    expect(() => index.slice(0, 4)).toThrow(RangeError);
  });
});
