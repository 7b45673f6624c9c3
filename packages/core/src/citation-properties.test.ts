import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildCitation, verifyCitation } from './citation.js';
import type { Citation } from './schemas/claim.js';
import { CodePointIndex, codePointLength, sliceCodePoints } from './text.js';

/** Fixed seed so a failure replays; fast-check prints the counterexample and its path. */
const RUN = { seed: 42, numRuns: 300 } as const;

/** Pieces that break UTF-16 or line arithmetic: astral, combining marks, line ends, invisible controls. */
const PIECES = [
  '😀',
  '👍🏽',
  '👨‍👩‍👧',
  '🇰🇷',
  '𝐀',
  '𠀀',
  'e\u0301',
  '\u0301',
  '\u1100\u1161\u11a8',
  '\r',
  '\n',
  '\r\n',
  '\u2028',
  '\u200b',
  '\u200d',
  '\u200e',
  '\u200f',
  '\u202e',
  '\u2066',
  '\u2069',
  '\ufeff',
  '\u00a0',
  '\t',
] as const;

/** Mixed text: ASCII, Hangul syllables, any code point (astral included), and the pieces above. */
const textArb = fc
  .array(
    fc.oneof(
      fc.string({ unit: 'binary-ascii', minLength: 1, maxLength: 8 }),
      fc.string({
        unit: fc.integer({ min: 0xac00, max: 0xd7a3 }).map((c) => String.fromCodePoint(c)),
        maxLength: 6,
      }),
      fc.string({ unit: 'binary', minLength: 1, maxLength: 4 }),
      fc.string({ unit: 'grapheme', minLength: 1, maxLength: 3 }),
      fc.constantFrom(...PIECES),
    ),
    { minLength: 1, maxLength: 40 },
  )
  .map((parts) => parts.join(''));

/** A non-empty text and a random code-point range `[start, end)` inside it. */
const rangeArb = textArb
  .filter((text) => codePointLength(text) > 0)
  .chain((text) => {
    const length = codePointLength(text);
    return fc
      .tuple(fc.integer({ min: 0, max: length - 1 }), fc.integer({ min: 1, max: length }))
      .map(([a, b]) => {
        const start = Math.min(a, b - 1);
        return { text, start, end: Math.max(b, start + 1) };
      });
  });

describe('CodePointIndex on random text', () => {
  it('round-trips code point ↔ UTF-16 for every offset and agrees with Array.from', () => {
    fc.assert(
      fc.property(textArb, (text) => {
        const index = new CodePointIndex(text);
        const points = Array.from(text);
        expect(index.length).toBe(points.length);
        expect(codePointLength(text)).toBe(points.length);
        let utf16 = 0;
        for (let cp = 0; cp <= points.length; cp++) {
          expect(index.toUtf16(cp)).toBe(utf16);
          expect(index.toCodePoint(utf16)).toBe(cp);
          utf16 += points[cp]?.length ?? 0;
        }
        // Every UTF-16 index (also the low half of a pair) maps to a code point that maps back at or before it.
        for (let u = 0; u <= text.length; u++) {
          const cp = index.toCodePoint(u);
          const back = index.toUtf16(cp);
          expect(back === u || (back === u - 1 && text.codePointAt(back)! > 0xffff)).toBe(true);
        }
      }),
      RUN,
    );
  });
});

describe('citations on random text', () => {
  it('buildCitation then verifyCitation is null, and exact is the code-point slice', () => {
    fc.assert(
      fc.property(rangeArb, ({ text, start, end }) => {
        const index = new CodePointIndex(text);
        const citation = buildCitation(index, start, end);
        expect(citation.exact).toBe(sliceCodePoints(text, start, end));
        expect(codePointLength(citation.prefix)).toBe(Math.min(32, start));
        expect(codePointLength(citation.suffix)).toBe(Math.min(32, index.length - end));
        expect(verifyCitation(text, citation)).toBeNull();
        expect(verifyCitation(index, citation)).toBeNull();
      }),
      RUN,
    );
  });

  it('reports a one-code-point shift of start, of end, or of both', () => {
    const shifts: readonly (readonly [number, number])[] = [
      [-1, 0],
      [1, 0],
      [0, -1],
      [0, 1],
      [-1, -1],
      [1, 1],
    ];
    fc.assert(
      fc.property(rangeArb, fc.constantFrom(...shifts), ({ text, start, end }, [ds, de]) => {
        const index = new CodePointIndex(text);
        const citation = buildCitation(index, start, end);
        const shifted: Citation = { ...citation, start: start + ds, end: end + de };
        expect(verifyCitation(text, shifted)).toEqual(expect.any(String));
      }),
      RUN,
    );
  });
});
