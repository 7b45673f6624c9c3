import { describe, expect, it } from 'vitest';
import { ANSWER_LIMIT, TEXT_LIMIT } from './limits.js';
import {
  abbreviateIdChains,
  describeMoreClaims,
  joinWithMore,
  shortenAnswer,
  shortenRationale,
  shortenText,
} from './shorten-text.js';

describe('shortenText', () => {
  it('keeps text within the limit as it is', () => {
    expect(shortenText('a; b, c', 7)).toBe('a; b, c');
  });

  it('cuts before the last "; " in the final third, then ", ", then a space', () => {
    expect(shortenText('aaaa; bbbb, cccc dddd', 19, ' (more)')).toBe('aaaa; bbbb, cccc … (more)');
    expect(shortenText('aaaaaaa; bb, cc dd ee', 14)).toBe('aaaaaaa; bb …');
    expect(shortenText('aaaaaaaaaaaa bb cc', 14)).toBe('aaaaaaaaaaaa …');
  });

  it('cuts inside a word without a break, never inside a surrogate pair', () => {
    expect(shortenText('x'.repeat(20), 10)).toBe(`${'x'.repeat(10)} …`);
    expect(shortenText(`${'x'.repeat(9)}😀😀`, 10)).toBe(`${'x'.repeat(9)} …`);
  });
});

describe('abbreviateIdChains', () => {
  it('writes five or more "+"-joined ids as the first two and a count', () => {
    expect(abbreviateIdChains('000+001 (one story), 004+005+006+007+008 (one story)')).toBe(
      '000+001 (one story), 004+005+… (5 sources) (one story)',
    );
    expect(abbreviateIdChains('a+b+c+d says 1+2')).toBe('a+b+c+d says 1+2');
  });
});

describe('shortenRationale', () => {
  it('keeps a rationale within the limit, and shortens a longer one with a pointer to the full text', () => {
    expect(shortenRationale('Only 002 names the date.')).toBe('Only 002 names the date.');
    const long = Array.from({ length: 1000 }, (_, n) => `${n} says 50,000 GPUs`).join('; ');
    const short = shortenRationale(long);
    expect(short.length).toBeLessThan(TEXT_LIMIT + 150);
    expect(short).toMatch(/; \d+ says 50,000 GPUs …/);
    expect(short).toMatch(
      /… \(shortened from [\d,]+ characters; briefing.csv and the XLSX Briefing sheet hold the full rationale\)$/,
    );
  });
});

describe('shortenAnswer', () => {
  it('keeps a short answer, and counts the alternatives of a long tie', () => {
    expect(shortenAnswer('260,000 GPUs or 250,000 GPUs')).toBe('260,000 GPUs or 250,000 GPUs');
    const tie = Array.from({ length: 100 }, (_, n) => `about ${n + 1},000 GPUs`).join(' or ');
    const short = shortenAnswer(tie);
    expect(short.length).toBeLessThanOrEqual(ANSWER_LIMIT + 25);
    expect(short).toMatch(/^about 1,000 GPUs or about 2,000 GPUs or .* or \d+ more values$/);
  });

  it('shortens other long answers with a pointer to the full text', () => {
    expect(shortenAnswer('word '.repeat(100))).toMatch(
      / … \(shortened; briefing.csv holds the full answer\)$/,
    );
  });
});

describe('joinWithMore and describeMoreClaims', () => {
  it('names the first items and counts the rest', () => {
    expect(joinWithMore(['a', 'b', 'c'], 3)).toBe('a, b, c');
    expect(joinWithMore(['a', 'b', 'c', 'd'], 2)).toBe('a, b +2 more');
    expect(
      joinWithMore(
        Array.from({ length: 1502 }, (_, n) => String(n)),
        2,
      ),
    ).toBe('0, 1 +1,500 more');
    expect(describeMoreClaims(1)).toBe('1 more claim');
    expect(describeMoreClaims(1412)).toBe('1,412 more claims');
  });
});
