import { CodePointIndex, type Document } from '@dealbrief/core';
import { findNumbers } from '@dealbrief/normalize';
import { describe, expect, it } from 'vitest';
import { parseDocument } from './parse-document.js';
import { encodeUtf8 } from './test-encode.js';

function parseText(text: string): { doc: Document; index: CodePointIndex; slices: string[] } {
  const { document } = parseDocument({ file: 'h.txt', bytes: encodeUtf8(text) });
  if (document === null) throw new Error('no document');
  expect(document.text).toBe(text);
  const index = new CodePointIndex(document.text);
  const slices = document.sentences.map((s) => index.slice(s.start, s.end));
  return { doc: document, index, slices };
}

describe('hostile but valid text', () => {
  it('CRLF and lone CR line ends split paragraphs like LF', () => {
    for (const eol of ['\r\n', '\r', '\n']) {
      const { doc, index } = parseText(
        ['Nvidia will supply GPUs.', '', 'Samsung gets 50,000.', 'SK too.'].join(eol),
      );
      expect(doc.paragraphs.map((p) => index.slice(p.start, p.end))).toEqual([
        'Nvidia will supply GPUs.',
        'Samsung gets 50,000.',
        'SK too.',
      ]);
    }
  });

  it('zero-width and bidi controls stay inside words and numbers, and are trimmed from span edges', () => {
    const text =
      'Nvi\u200bdia will supply 260,\u200b000 GPUs.\u200f Samsung gets \u202a50,000\u202c of them.\u2066 \u2069';
    const { slices } = parseText(text);
    expect(slices).toEqual([
      'Nvi\u200bdia will supply 260,\u200b000 GPUs.',
      'Samsung gets \u202a50,000\u202c of them.',
    ]);
    const [n] = findNumbers(slices[0]!, 'en');
    expect(n).toMatchObject({ value: 260000, text: '260,\u200b000' });
  });

  it('emoji and other astral characters before a number keep code-point offsets exact', () => {
    const text = '🚀🇰🇷 𝐍𝐯𝐢𝐝𝐢𝐚 will supply 260,000 GPUs. 😀 엔비디아는 26만 장을 공급한다.';
    const { doc, index, slices } = parseText(text);
    expect(slices).toHaveLength(2);
    const cps = [...text];
    for (const s of doc.sentences) {
      const raw = index.slice(s.start, s.end);
      expect(cps.slice(s.start, s.end).join('')).toBe(raw);
      for (const n of findNumbers(raw, doc.paragraphs[s.paragraph]?.language ?? 'en')) {
        // A number found in the sentence, mapped to code points in the document, slices to itself.
        const start = index.toCodePoint(index.toUtf16(s.start) + n.start);
        const end = index.toCodePoint(index.toUtf16(s.start) + n.end);
        expect(cps.slice(start, end).join('')).toBe(n.text);
      }
    }
  });

  it('Korean in NFD is kept decomposed; sentences split and numbers are still found', () => {
    const nfc = '(서울=연합뉴스) 이재명 대통령은 엔비디아의 GPU 26만 장을 환영했다.\n젠슨 황 CEO가 말했다.\n';
    const text = nfc.normalize('NFD');
    const { doc, slices } = parseText(text);
    expect(doc.languages[0]).toBe('ko');
    expect(slices.map((s) => s.normalize('NFC'))).toEqual([
      '(서울=연합뉴스) 이재명 대통령은 엔비디아의 GPU 26만 장을 환영했다.',
      '젠슨 황 CEO가 말했다.',
    ]);
    const n = findNumbers(slices[0]!, 'ko').find((m) => m.value === 260000);
    expect(n?.text.normalize('NFC')).toBe('26만');
  });
});
