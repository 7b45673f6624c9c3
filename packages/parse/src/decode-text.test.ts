import { ErrorCode } from '@dealbrief/core';
import { describe, expect, it } from 'vitest';
import { decodeText, findInvalidUtf8 } from './decode-text.js';

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);
const join = (...parts: (Uint8Array | number[])[]): Uint8Array =>
  Uint8Array.from(parts.flatMap((p) => [...p]));

describe('decodeText', () => {
  it('decodes UTF-8 exactly, keeping CRLF, NBSP and decomposed characters', () => {
    const text = 'Line one\r\nZweite\u00a0Zeile: Fu\u0308r\rdrei 한국 😀\n';
    expect(decodeText(utf8(text), 'a.txt')).toEqual({ ok: true, text, encoding: 'utf-8' });
  });

  it('removes a UTF-8 BOM and reports utf-8-bom', () => {
    const out = decodeText(join([0xef, 0xbb, 0xbf], utf8('Hallo')), 'a.txt');
    expect(out).toEqual({ ok: true, text: 'Hallo', encoding: 'utf-8-bom' });
  });

  it('rejects invalid UTF-8 naming the file, the byte and its offset', () => {
    const out = decodeText(join(utf8('Caf'), [0xe9], utf8(' au lait')), 'seeds/latin1.txt');
    expect(out.ok).toBe(false);
    if (out.ok) return;
    expect(out.problem.code).toBe(ErrorCode.SourceEncoding);
    expect(out.problem.file).toBe('seeds/latin1.txt');
    expect(out.problem.message).toBe(
      'seeds/latin1.txt: not valid UTF-8 (invalid byte 0xE9 at offset 3); save it as UTF-8',
    );
  });

  it('rejects NUL bytes', () => {
    const out = decodeText(join(utf8('ab'), [0], utf8('cd')), 'x.txt');
    expect(out.ok).toBe(false);
    if (out.ok) return;
    expect(out.problem.code).toBe(ErrorCode.SourceEncoding);
    expect(out.problem.message).toMatch(/^x\.txt: contains a NUL byte at offset 2/);
  });

  it('recognises UTF-16 by its byte order mark', () => {
    const out = decodeText(Uint8Array.from([0xff, 0xfe, 0x41, 0x00]), 'w.txt');
    expect(out.ok).toBe(false);
    if (out.ok) return;
    expect(out.problem.message).toContain('UTF-16 little-endian');
  });

  it('rejects empty and whitespace-only files with SOURCE_EMPTY', () => {
    for (const bytes of [new Uint8Array(), utf8(' \r\n\t\u00a0\n'), Uint8Array.from([0xef, 0xbb, 0xbf])]) {
      const out = decodeText(bytes, 'empty.txt');
      expect(out.ok).toBe(false);
      if (out.ok) continue;
      expect(out.problem.code).toBe(ErrorCode.SourceEmpty);
      expect(out.problem.message.startsWith('empty.txt: ')).toBe(true);
    }
  });
});

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
