import { ErrorCode } from '@dealbrief/core';
import { describe, expect, it } from 'vitest';
import { type DecodeOutcome, decodeText } from './decode-text.js';
import { decodeFatal, decodeWindows1252 } from './detect-encoding.js';
import { encodeEucKr, encodeUtf8, encodeUtf16, encodeWindows1252, joinBytes } from './test-encode.js';

const KOREAN =
  '엔비디아는 한국 정부와 기업에 GPU 26만 장을 공급한다.\n이재명 대통령은 "AI 3대 강국"을 말했다.\n';
const GERMAN = 'Nvidia liefert „bis zu 260.000“ Grafikprozessoren – für Südkorea; Größe zählt.\r\n';

function problemOf(out: DecodeOutcome): { code: string; message: string } {
  expect(out.ok).toBe(false);
  if (out.ok) throw new Error('decoded');
  return out.problem;
}

describe('decodeText: what it decodes', () => {
  it('decodes UTF-8 exactly, keeping CRLF, NBSP and decomposed characters', () => {
    const text = 'Line one\r\nZweite\u00a0Zeile: Fu\u0308r\rdrei 한국 😀\n';
    expect(decodeText(encodeUtf8(text), 'a.txt')).toEqual({ ok: true, text, encoding: 'utf-8', html: false });
  });

  it('removes a UTF-8 BOM and reports utf-8-bom', () => {
    const out = decodeText(joinBytes([0xef, 0xbb, 0xbf], encodeUtf8('Hallo')), 'a.txt');
    expect(out).toEqual({ ok: true, text: 'Hallo', encoding: 'utf-8-bom', html: false });
  });

  it.each([
    ['le', 'utf-16le'],
    ['be', 'utf-16be'],
  ] as const)('decodes UTF-16 %s with its BOM (Korean and German, astral characters)', (endian, encoding) => {
    for (const text of [KOREAN, GERMAN, '😀 26만 GPUs\n']) {
      const out = decodeText(encodeUtf16(text, endian), `k-${endian}.txt`);
      expect(out).toEqual({ ok: true, text, encoding, html: false });
    }
  });

  it('decodes EUC-KR Korean by its byte pairs', () => {
    const bytes = encodeEucKr(KOREAN.repeat(3));
    expect(bytes.some((b) => b >= 0x80)).toBe(true);
    expect(decodeText(bytes, 'yonhap.txt')).toEqual({
      ok: true,
      text: KOREAN.repeat(3),
      encoding: 'euc-kr',
      html: false,
    });
  });

  it('decodes Windows-1252 German with umlauts, ß, low and curly quotes and dashes', () => {
    const out = decodeText(encodeWindows1252(GERMAN), 'de.txt');
    expect(out).toEqual({ ok: true, text: GERMAN, encoding: 'windows-1252', html: false });
    const cafe = decodeText(joinBytes(encodeUtf8('Caf'), [0xe9], encodeUtf8(' au lait')), 'latin1.txt');
    expect(cafe).toMatchObject({ ok: true, text: 'Café au lait', encoding: 'windows-1252' });
  });

  it('records HTML as html-<encoding>', () => {
    const page = '<!DOCTYPE html><html><body><p>Hallo</p></body></html>';
    expect(decodeText(encodeUtf8(page), 'a.html')).toMatchObject({
      ok: true,
      encoding: 'html-utf-8',
      html: true,
    });
    expect(decodeText(encodeUtf16(page, 'le'), 'a.html')).toMatchObject({
      encoding: 'html-utf-16le',
      html: true,
    });
    const declared = `<html><head><meta http-equiv="Content-Type" content="text/html; charset=ks_c_5601-1987"></head><body><p>${KOREAN}</p></body></html>`;
    expect(decodeText(encodeEucKr(declared), 'k.html')).toEqual({
      ok: true,
      text: declared,
      encoding: 'html-euc-kr',
      html: true,
    });
    const latin = '<meta charset="iso-8859-1"><p>Grüße aus München</p>';
    expect(decodeText(encodeWindows1252(latin), 'm.html')).toEqual({
      ok: true,
      text: latin,
      encoding: 'html-windows-1252',
      html: true,
    });
  });

  it('looks for HTML only in the first 2048 bytes', () => {
    const late = `${'a'.repeat(2048)}<!DOCTYPE html><html><body><p>Hallo</p></body></html>`;
    expect(decodeText(encodeUtf8(late), 'late.txt')).toMatchObject({ encoding: 'utf-8', html: false });
    const early = `<!DOCTYPE html>${'a'.repeat(3000)}`;
    expect(decodeText(encodeUtf8(early), 'early.html')).toMatchObject({ encoding: 'html-utf-8', html: true });
    const noLessThan = `${'Grüße aus München. '.repeat(200)}`;
    expect(decodeText(encodeWindows1252(noLessThan), 'm.txt')).toMatchObject({
      encoding: 'windows-1252',
      html: false,
    });
  });
});

describe('decodeText: what it rejects', () => {
  it.each([
    ['PNG', [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d], 'looks like a PNG image'],
    ['ZIP', [0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0, 0], 'looks like a ZIP archive'],
    [
      'PDF',
      [...encodeUtf8('%PDF-1.7\n%âãÏÓ\n1 0 obj\n')],
      'looks like a PDF document — convert it to text first',
    ],
  ])('names %s magic bytes in a .txt file', (_, bytes, what) => {
    const problem = problemOf(decodeText(Uint8Array.from(bytes), 'seeds/article.txt'));
    expect(problem.code).toBe(ErrorCode.SourceEncoding);
    expect(problem.message.startsWith(`seeds/article.txt: ${what}`)).toBe(true);
  });

  it('rejects NUL bytes, hinting at UTF-16 without a BOM', () => {
    const problem = problemOf(decodeText(joinBytes(encodeUtf8('ab'), [0], encodeUtf8('cd')), 'x.txt'));
    expect(problem.message).toBe('x.txt: contains NUL bytes (binary?), the first at offset 2.');
    const bomless = encodeUtf16('Hello world', 'le').subarray(2);
    expect(problemOf(decodeText(bomless, 'y.txt')).message).toContain(
      'UTF-16 little-endian without a byte order mark',
    );
  });

  it('rejects invalid UTF-8 that is neither EUC-KR nor Windows-1252, naming byte and offset', () => {
    const problem = problemOf(
      decodeText(joinBytes(encodeUtf8('Preis: 5 '), [0xff, 0x81], encodeUtf8(' Euro')), 'seeds/odd.txt'),
    );
    expect(problem).toMatchObject({ code: ErrorCode.SourceEncoding, file: 'seeds/odd.txt' });
    expect(problem.message).toBe(
      'seeds/odd.txt: not UTF-8 and not a recognised encoding (invalid byte 0xFF at offset 9); save it as UTF-8',
    );
    // Lead/trail pairs outside Hangul, and a Korean lead byte cut off at the end: not EUC-KR.
    expect(problemOf(decodeText(Uint8Array.from([0x41, 0x8f, 0x8f, 0x8f, 0x8f]), 'a.txt')).message).toContain(
      '0x8F at offset 1',
    );
    expect(problemOf(decodeText(joinBytes(encodeEucKr('한국'), [0xc7]), 'b.txt')).message).toContain(
      'not a recognised encoding',
    );
  });

  it('says when an HTML page declares a charset it does not support', () => {
    const page = joinBytes(
      encodeUtf8('<meta charset="shift_jis"><p>'),
      [0x82, 0xa0, 0x82, 0xa2],
      encodeUtf8('</p>'),
    );
    expect(problemOf(decodeText(page, 'j.html')).message).toContain(
      'it declares charset "shift_jis", which is not supported',
    );
  });

  it('rejects UTF-16 with an odd byte count or a lone surrogate', () => {
    expect(problemOf(decodeText(Uint8Array.from([0xff, 0xfe, 0x41, 0x00, 0x42]), 'o.txt')).message).toContain(
      'odd number of bytes',
    );
    expect(
      problemOf(decodeText(Uint8Array.from([0xff, 0xfe, 0x00, 0xd8, 0x41, 0x00]), 's.txt')).message,
    ).toContain('not valid utf-16le');
  });

  it('rejects empty and whitespace-only files with SOURCE_EMPTY', () => {
    for (const bytes of [
      new Uint8Array(),
      encodeUtf8(' \r\n\t\u00a0\n'),
      Uint8Array.from([0xef, 0xbb, 0xbf]),
      Uint8Array.from([0xfe, 0xff]),
    ]) {
      const problem = problemOf(decodeText(bytes, 'empty.txt'));
      expect(problem.code).toBe(ErrorCode.SourceEmpty);
      expect(problem.message.startsWith('empty.txt: ')).toBe(true);
    }
  });

  it('makes no NUL character of other bytes in EUC-KR and Windows-1252 (decodeText relies on it)', () => {
    const nul: string[] = [];
    for (let lead = 0x81; lead <= 0xfe; lead++) {
      for (let trail = 0x41; trail <= 0xfe; trail++) {
        const text = decodeFatal(Uint8Array.from([lead, trail]), 'euc-kr');
        if (text?.includes('\u0000')) nul.push(`euc-kr ${lead} ${trail}`);
      }
    }
    const bytes = Uint8Array.from({ length: 255 }, (_, k) => k + 1);
    if (decodeWindows1252(bytes).includes('\u0000')) nul.push('windows-1252');
    expect(nul).toEqual([]);
  });

  it('never throws on random bytes, and every success decodes without NUL', () => {
    let seed = 11;
    const next = (): number => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % 256;
    };
    const starts = [
      [],
      [0xff, 0xfe],
      [0xfe, 0xff],
      [0xef, 0xbb, 0xbf],
      [...encodeUtf8('<html><meta charset=euc-kr>')],
    ];
    for (let round = 0; round < 3000; round++) {
      const body = Uint8Array.from({ length: 1 + (round % 40) }, () => {
        const b = next();
        return round % 3 === 0 ? 0xb0 + (b % 0x19) : b; // a third lean on Hangul lead bytes
      });
      const out = decodeText(joinBytes(starts[round % starts.length]!, body), 'fuzz.bin');
      if (out.ok) expect(out.text.includes('\u0000')).toBe(false);
      else expect(out.problem.message.startsWith('fuzz.bin: ')).toBe(true);
    }
  });
});
