import { describe, expect, it } from 'vitest';
import { createEntityMatcher } from './entity-names.js';
import { findNumbers } from './find-numbers.js';
import {
  COMPOSES,
  composeForMatching,
  foldForMatching,
  MAYBE_NEEDS_VIEW,
  matchingCodes,
  SURROGATE,
} from './text-fold.js';

const GAZETTEER = [
  { id: 'lee-jae-myung', aliases: ['이재명', 'Lee Jae-myung'] },
  { id: 'nvidia', aliases: ['Nvidia', '엔비디아'] },
  { id: 'muenchen', aliases: ['München'] },
];

describe('foldForMatching', () => {
  it('keeps the UTF-16 length', () => {
    const text = 'a\u00a0b\u2011c\u2019d 😀';
    expect(foldForMatching(text)).toBe("a b-c'd 😀");
    expect(foldForMatching(text).length).toBe(text.length);
  });
});

describe('composeForMatching', () => {
  it('is the identity for composed text without invisible characters', () => {
    const view = composeForMatching('이재명 26만 😀 München');
    expect(view.identity).toBe(true);
    expect(view.toOriginalStart(3)).toBe(3);
  });

  it('composes NFD Korean and maps spans back to the decomposed original', () => {
    const nfd = '이재명 대통령은 26만 장'.normalize('NFD');
    const view = composeForMatching(nfd);
    expect(view.text).toBe('이재명 대통령은 26만 장');
    const at = view.text.indexOf('26만');
    const start = view.toOriginalStart(at);
    const end = view.toOriginalEnd(at + 3);
    expect(nfd.slice(start, end)).toBe('26만'.normalize('NFD'));
  });

  it('leaves out zero-width and bidi controls, keeping them inside mapped spans', () => {
    const text = '\u202aNvi\u200bdia\u202c sells 260,\u200b000\u2069 GPUs';
    const view = composeForMatching(text);
    expect(view.text).toBe('Nvidia sells 260,000 GPUs');
    const start = view.toOriginalStart(13);
    const end = view.toOriginalEnd(20);
    expect(text.slice(start, end)).toBe('260,\u200b000\u2069');
  });
});

describe('matching tolerates NFD and invisible characters', () => {
  const matcher = createEntityMatcher(GAZETTEER);

  it('finds "이재명" and "엔비디아" written in decomposed jamo', () => {
    const text = '(서울=연합뉴스) 이재명 대통령과 엔비디아의 젠슨 황'.normalize('NFD');
    const found = matcher.find(text);
    expect(found.map((m) => m.id)).toEqual(['lee-jae-myung', 'nvidia']);
    for (const m of found) expect(text.slice(m.start, m.end).normalize('NFC')).toBe(m.alias);
  });

  it('finds names with zero-width characters and NFD Latin', () => {
    const text = 'Nvi\u200bdia in Mu\u0308nchen';
    const found = matcher.find(text);
    expect(found.map((m) => [m.id, text.slice(m.start, m.end)])).toEqual([
      ['nvidia', 'Nvi\u200bdia'],
      ['muenchen', 'Mu\u0308nchen'],
    ]);
  });

  it('reads "26만" in NFD and "260,000" with a zero-width space, with offsets into the original', () => {
    const korean = 'GPU 26만 장을 공급'.normalize('NFD');
    const [n] = findNumbers(korean, 'ko');
    expect(n?.value).toBe(260000);
    expect(n?.text).toBe('26만'.normalize('NFD'));
    expect(korean.slice(n?.start, n?.end)).toBe(n?.text);
    const english = 'over 260,\u200b000 GPUs and 😀 50,000 more';
    const values = findNumbers(english, 'en').map((m) => [m.value, english.slice(m.start, m.end)]);
    expect(values).toEqual([
      [260000, '260,\u200b000'],
      [50000, '50,000'],
    ]);
  });
});

describe('MAYBE_NEEDS_VIEW', () => {
  it('leaves out only code units that need no view', () => {
    const codes = matchingCodes();
    const wrong: number[] = [];
    for (let c = 0; c < 0x10000; c++) {
      const needs = ((codes[c] ?? 0) & (COMPOSES | SURROGATE)) !== 0;
      if (needs && !MAYBE_NEEDS_VIEW.test(String.fromCharCode(c))) wrong.push(c);
    }
    expect(wrong).toEqual([]);
  });
});
