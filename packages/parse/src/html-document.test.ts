import { CodePointIndex, type Document, DocumentSchema } from '@dealbrief/core';
import { describe, expect, it } from 'vitest';
import { parseDocument } from './parse-document.js';
import { encodeEucKr, encodeUtf8 } from './test-encode.js';

function parseOk(file: string, bytes: Uint8Array): Document {
  const { document, problems } = parseDocument({ file, bytes });
  expect(problems).toEqual([]);
  if (document === null) throw new Error('no document');
  return DocumentSchema.parse(document);
}

/** Every span slices (by code points) to trimmed, tag-free text that round-trips through UTF-16. */
function expectVisibleSpans(doc: Document): string[] {
  const index = new CodePointIndex(doc.text);
  const slices: string[] = [];
  for (const span of [...doc.paragraphs, ...doc.sentences]) {
    const text = index.slice(span.start, span.end);
    expect(text).not.toContain('<');
    expect(text).not.toContain('>');
    expect(text).toBe(text.trim());
    expect(index.toCodePoint(index.toUtf16(span.start))).toBe(span.start);
    expect([...doc.text].slice(span.start, span.end).join('')).toBe(text);
    slices.push(text);
  }
  return slices;
}

describe('parseDocument on HTML', () => {
  it('reads an EUC-KR page by its <meta charset>, segmenting only the visible text', () => {
    const page = [
      '<!DOCTYPE html>',
      '<html><head><meta charset="euc-kr"><title>엔비디아 공급</title>',
      '<script>window.x = "<p>숨김</p>";</script></head>',
      '<body><h1>엔비디아, 한국에 GPU 26만 장 공급</h1>',
      '<p>(서울=연합뉴스) 홍길동 기자 = 엔비디아가 한국에 GPU 26만 장을 공급한다.',
      '이재명 대통령은 환영했다.</p>',
      '<p>2025년 10월 31일</p>',
      '</body></html>',
    ].join('\n');
    const doc = parseOk('news.html', encodeEucKr(page));
    expect(doc.encoding).toBe('html-euc-kr');
    expect(doc.text).toBe(page);
    expect(doc.languages[0]).toBe('ko');
    const slices = expectVisibleSpans(doc);
    expect(slices).toContain('엔비디아, 한국에 GPU 26만 장 공급');
    expect(slices).toContain('(서울=연합뉴스) 홍길동 기자 = 엔비디아가 한국에 GPU 26만 장을 공급한다.');
    expect(slices.join(' ')).not.toContain('숨김');
    expect(slices.join(' ')).not.toContain('엔비디아 공급'); // the <title>, in <head>
  });

  it('leaves scripts, styles, comments and the head out of a UTF-8 page; entities stay as written', () => {
    const page =
      '<!doctype html>\r\n<html>\r\n<head>\r\n<meta charset="utf-8">\r\n<style>\r\nbody { color: red; }\r\n</style>\r\n' +
      '<script type="module">\r\nif (a < b) document.write("<div>Nope.</div>");\r\n</script>\r\n</head>\r\n<body>\r\n' +
      '<!-- <p>Commented out.</p> -->\r\n<article>\r\n<h2>Nvidia &amp; Korea</h2>\r\n' +
      '<p>Nvidia will supply over 260,000&nbsp;GPUs to Korea. Samsung gets 50,000 of them.</p>\r\n' +
      '<ul><li>SK Group: 50,000</li><li>Hyundai: 50,000</li></ul>\r\n</article>\r\n</body>\r\n</html>\r\n';
    const doc = parseOk('page.htm', encodeUtf8(page));
    expect(doc.encoding).toBe('html-utf-8');
    expect(doc.text).toBe(page);
    expect(doc.languages[0]).toBe('en');
    const index = new CodePointIndex(doc.text);
    expect(doc.paragraphs.map((p) => index.slice(p.start, p.end))).toEqual([
      'Nvidia &amp; Korea',
      'Nvidia will supply over 260,000&nbsp;GPUs to Korea. Samsung gets 50,000 of them.',
      'SK Group: 50,000',
      'Hyundai: 50,000',
    ]);
    expect(doc.sentences.map((s) => index.slice(s.start, s.end))).toContain('Samsung gets 50,000 of them.');
    const all = expectVisibleSpans(doc).join(' ');
    for (const hidden of ['Nope', 'Commented', 'color', 'document.write']) expect(all).not.toContain(hidden);
  });

  it('finds a dateline and byline in HTML, with text equal to the span', () => {
    const page =
      '<html><body><p>By Jane Doe</p><p>Nov. 3, 2025</p><p>Nvidia will supply <b>260,000</b> GPUs.</p></body></html>';
    const doc = parseOk('a.html', encodeUtf8(page));
    const index = new CodePointIndex(doc.text);
    expect(doc.byline?.name).toBe('Jane Doe');
    expect(doc.dateline?.date).toBe('2025-11-03');
    for (const span of [doc.byline, doc.dateline]) {
      if (span !== undefined) expect(index.slice(span.start, span.end)).toBe(span.text);
    }
    // An inline tag inside a sentence stays inside its span of the original text.
    expect(doc.sentences.map((s) => index.slice(s.start, s.end))).toContain(
      'Nvidia will supply <b>260,000</b> GPUs.',
    );
  });
});
