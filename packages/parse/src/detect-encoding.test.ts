import { describe, expect, it } from 'vitest';
import { decodeFatal, detectEucKr, findInvalidUtf8, looksLikeWindows1252 } from './detect-encoding.js';
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

  it('finds an invalid byte exactly when the fatal utf-8 decoder rejects the bytes (decodeText relies on it)', () => {
    const disagree: string[] = [];
    const check = (bytes: number[]): void => {
      const data = Uint8Array.from(bytes);
      if (findInvalidUtf8(data) < 0 !== (decodeFatal(data, 'utf-8') !== undefined)) {
        disagree.push(bytes.map((b) => b.toString(16)).join(' '));
      }
    };
    // Every 1- and 2-byte sequence; 3- and 4-byte ones from every lead byte, with the continuation
    // bytes at each boundary of the ranges that UTF-8 allows after some lead; each then "A".
    const edges = [0x00, 0x41, 0x7f, 0x80, 0x8f, 0x90, 0x9f, 0xa0, 0xbf, 0xc0, 0xc2, 0xdf, 0xe0, 0xf4, 0xff];
    for (let a = 0; a < 0x100; a++) {
      check([a]);
      for (let b = 0; b < 0x100; b++) check([a, b]);
      if (a < 0xc0) continue;
      for (const b of edges) {
        for (const c of edges) {
          check([a, b, c, 0x41]);
          for (const d of edges) check([a, b, c, d, 0x41]);
        }
      }
    }
    expect(disagree).toEqual([]);
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
