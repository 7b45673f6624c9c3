import { describe, expect, it } from 'vitest';
import { detectEucKr, findInvalidUtf8, looksLikeWindows1252 } from './detect-encoding.js';
import { encodeEucKr, encodeWindows1252 } from './test-encode.js';

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);

describe('findInvalidUtf8', () => {
  it('accepts every well-formed sequence length', () => {
    expect(findInvalidUtf8(utf8('a é 한 😀'))).toBe(-1);
  });

  it('finds overlong forms, surrogates, out-of-range and truncated sequences', () => {
    expect(findInvalidUtf8(Uint8Array.from([0x41, 0xc0, 0x80]))).toBe(1);
    expect(findInvalidUtf8(Uint8Array.from([0xe0, 0x80, 0x80]))).toBe(0);
    expect(findInvalidUtf8(Uint8Array.from([0xed, 0xa0, 0x80]))).toBe(0);
    expect(findInvalidUtf8(Uint8Array.from([0xf4, 0x90, 0x80, 0x80]))).toBe(0);
    expect(findInvalidUtf8(Uint8Array.from([0x41, 0xea, 0xb0]))).toBe(1);
    expect(findInvalidUtf8(Uint8Array.from([0xea, 0xb0, 0x41]))).toBe(2);
    expect(findInvalidUtf8(Uint8Array.from([0x80]))).toBe(0);
  });

  it('agrees with the fatal TextDecoder on random bytes', () => {
    let seed = 7;
    const next = (): number => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % 256;
    };
    const decoder = new TextDecoder('utf-8', { fatal: true });
    for (let round = 0; round < 2000; round++) {
      const bytes = Uint8Array.from({ length: 6 }, next);
      let valid = true;
      try {
        decoder.decode(bytes);
      } catch {
        valid = false;
      }
      expect(findInvalidUtf8(bytes) === -1).toBe(valid);
    }
  });
});

describe('detectEucKr and looksLikeWindows1252 keep apart', () => {
  it('Korean is EUC-KR, not Windows-1252', () => {
    const bytes = encodeEucKr('서울=연합뉴스 엔비디아 GPU 26만 장');
    expect(detectEucKr(bytes)).toBe('서울=연합뉴스 엔비디아 GPU 26만 장');
    expect(looksLikeWindows1252(bytes)).toBe(false);
  });

  it('German is Windows-1252, not EUC-KR, even where umlaut pairs look like lead and trail bytes', () => {
    for (const text of ['Größe', 'Müller führt', 'Südkorea äußert „Grüße“ — ÄÖÜ']) {
      const bytes = encodeWindows1252(text);
      expect(detectEucKr(bytes)).toBeUndefined();
      expect(looksLikeWindows1252(bytes)).toBe(true);
    }
  });

  it('control bytes and unusual high bytes are neither', () => {
    expect(looksLikeWindows1252(Uint8Array.from([0x41, 0x01, 0x42]))).toBe(false);
    expect(looksLikeWindows1252(Uint8Array.from([0x41, 0xfe, 0x42]))).toBe(false);
    expect(detectEucKr(Uint8Array.from([0x41, 0x42]))).toBeUndefined();
  });
});
