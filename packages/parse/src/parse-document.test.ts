import { readdirSync, readFileSync } from 'node:fs';
import { CodePointIndex, type Document, DocumentSchema, ErrorCode, sha256Hex } from '@dealbrief/core';
import { describe, expect, it } from 'vitest';
import { parseDocument } from './parse-document.js';

const SEEDS = new URL('../../../seeds/', import.meta.url);
const seedFiles = readdirSync(SEEDS)
  .filter((f) => f.endsWith('.txt'))
  .sort();

function parseSeed(prefix: string): Document {
  const file = seedFiles.find((f) => f.startsWith(prefix));
  if (file === undefined) throw new Error(`no seed ${prefix}`);
  const { document, problems } = parseDocument({
    file: `seeds/${file}`,
    bytes: readFileSync(new URL(file, SEEDS)),
  });
  expect(problems).toEqual([]);
  if (document === null) throw new Error(`seed ${file} did not parse`);
  return document;
}

function slice(doc: Document, span: { start: number; end: number }): string {
  return new CodePointIndex(doc.text).slice(span.start, span.end);
}

describe('parseDocument on the seed articles', () => {
  it('finds five seeds', () => {
    expect(seedFiles).toHaveLength(5);
  });

  it.each(seedFiles)('%s: valid Document whose offsets slice to trimmed, ordered text', (file) => {
    const bytes = readFileSync(new URL(file, SEEDS));
    const { document } = parseDocument({ file: `seeds/${file}`, bytes });
    expect(document).not.toBeNull();
    const doc = DocumentSchema.parse(document);
    expect(doc.source).toBe(file.slice(0, 3));
    expect(doc.sha256).toBe(sha256Hex(bytes));
    expect(doc.text).toBe(new TextDecoder().decode(bytes));
    const index = new CodePointIndex(doc.text);
    let previousEnd = 0;
    doc.paragraphs.forEach((p, k) => {
      expect(p.index).toBe(k);
      expect(p.start).toBeGreaterThanOrEqual(previousEnd);
      const text = index.slice(p.start, p.end);
      expect(text.length).toBeGreaterThan(0);
      expect(text).toBe(text.trim());
      previousEnd = p.end;
    });
    const covered = doc.paragraphs.map((p) => index.slice(p.start, p.end)).join('');
    expect(covered.replace(/\s/g, '')).toBe(doc.text.replace(/\s/g, ''));
    for (const s of doc.sentences) {
      const p = doc.paragraphs[s.paragraph]!;
      expect(s.start).toBeGreaterThanOrEqual(p.start);
      expect(s.end).toBeLessThanOrEqual(p.end);
      const text = index.slice(s.start, s.end);
      expect(text).toBe(text.trim());
      expect(text.length).toBeGreaterThan(0);
    }
    for (const span of [doc.dateline, doc.byline]) {
      if (span !== undefined) expect(index.slice(span.start, span.end)).toBe(span.text);
    }
  });

  it('000 (English, one paragraph per line)', () => {
    const doc = parseSeed('000');
    expect(doc.languages).toEqual(['en']);
    expect(doc.paragraphs).toHaveLength(4);
    expect(doc.paragraphs.every((p) => p.language === 'en')).toBe(true);
    expect(doc.duplicates).toEqual([]);
    expect(doc.dateline).toBeUndefined();
    expect(doc.byline).toBeUndefined();
    expect(slice(doc, doc.sentences[0]!)).toMatch(/^South Korean President .* Korean firms\.$/);
  });

  it('001 (German) is German only, with sentences ending at quotes', () => {
    const doc = parseSeed('001');
    expect(doc.languages).toEqual(['de']);
    expect(doc.paragraphs.map((p) => p.language)).toEqual(['de', 'de', 'de', 'de']);
    const second = doc.sentences.filter((s) => s.paragraph === 1).map((s) => slice(doc, s));
    expect(second[0]).toMatch(/^Präsident Lee Jae-myung sagte .* erzielt\."$/);
  });

  it('002 has the dateline, the byline, English with a Korean caption, and Oct. 31 unsplit', () => {
    const doc = parseSeed('002');
    expect(doc.languages).toEqual(['en', 'ko']);
    expect(doc.dateline).toMatchObject({ text: 'Nov 03, 2025', date: '2025-11-03' });
    expect(doc.byline).toMatchObject({ text: 'By Jeon Misun', name: 'Jeon Misun' });
    const caption = doc.paragraphs.find((p) => slice(doc, p).startsWith('▲'));
    expect(caption?.language).toBe('ko');
    expect(doc.paragraphs).toHaveLength(13);
    const sentences = doc.sentences.map((s) => slice(doc, s));
    expect(sentences).toContain(
      "The government has joined hands with global semiconductor titan Nvidia to boost Korea's artificial intelligence (AI) capabilities.",
    );
    expect(sentences.some((s) => s.startsWith('Nvidia founder and CEO Jensen Huang on Oct. 31 said'))).toBe(
      true,
    );
    expect(sentences.some((s) => s.endsWith('접견하고 있다.'))).toBe(true);
  });

  it('003 keeps headings as paragraphs and has no byline despite "By providing ..."', () => {
    const doc = parseSeed('003');
    expect(doc.languages).toEqual(['en']);
    expect(slice(doc, doc.paragraphs[0]!)).toBe('Introduction');
    expect(slice(doc, doc.paragraphs[3]!)).toBe('The Scale of the Commitment');
    expect(doc.byline).toBeUndefined();
    expect(doc.sentences.some((s) => slice(doc, s).startsWith('By providing a substantial hardware'))).toBe(
      true,
    );
  });

  it('004 marks its three repeated paragraphs', () => {
    const doc = parseSeed('004');
    expect(doc.duplicates).toEqual([4, 5, 6]);
    expect(doc.paragraphs.map((p) => p.duplicateOf)).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
      1,
      2,
      3,
    ]);
    expect(slice(doc, doc.paragraphs[4]!)).toBe(slice(doc, doc.paragraphs[1]!));
  });
});

describe('parseDocument on other input', () => {
  const encode = (s: string): Uint8Array => new TextEncoder().encode(s);

  it.each([
    [
      'invalid UTF-8',
      Uint8Array.from([0x48, 0x69, 0x20, 0xc3, 0x28]),
      ErrorCode.SourceEncoding,
      /not UTF-8 and not a recognised encoding \(invalid byte 0xC3 at offset 3\)/,
    ],
    ['a NUL byte', Uint8Array.from([0x48, 0x00, 0x69]), ErrorCode.SourceEncoding, /NUL byte/],
    ['no bytes', new Uint8Array(), ErrorCode.SourceEmpty, /empty/],
    ['only whitespace', encode(' \n\r\n\t '), ErrorCode.SourceEmpty, /whitespace/],
  ])('rejects %s with a problem naming the file', (_, bytes, code, pattern) => {
    const outcome = parseDocument({ file: 'seeds/bad_1.txt', bytes });
    expect(outcome.document).toBeNull();
    expect(outcome.problems).toHaveLength(1);
    const [problem] = outcome.problems;
    expect(problem).toMatchObject({ code, file: 'seeds/bad_1.txt' });
    expect(problem?.message.startsWith('seeds/bad_1.txt: ')).toBe(true);
    expect(problem?.message).toMatch(pattern);
  });

  it('removes a BOM, keeps CRLF and counts code points after astral characters', () => {
    const bytes = Uint8Array.from([
      0xef,
      0xbb,
      0xbf,
      ...encode('😀 Titel\r\n\r\nDer Plan ist gut. Er kommt am 3. November.\r\n'),
    ]);
    const { document } = parseDocument({ file: 'x/de-note.txt', bytes, source: 'note' });
    expect(document).not.toBeNull();
    const doc = DocumentSchema.parse(document);
    expect(doc).toMatchObject({ source: 'note', encoding: 'utf-8-bom', languages: ['de'] });
    expect(doc.text.startsWith('😀 Titel\r\n')).toBe(true);
    expect(doc.paragraphs.map((p) => [p.start, p.end, p.language])).toEqual([
      [0, 7, 'de'],
      [11, 53, 'de'],
    ]);
    expect(doc.sentences.map((s) => slice(doc, s))).toEqual([
      '😀 Titel',
      'Der Plan ist gut.',
      'Er kommt am 3. November.',
    ]);
  });

  it.each([
    ['first', '😀 Titel\n\nDer Plan ist gut.'],
    ['after blanks', ' \t😀\n\nDer Plan ist gut.'],
    ['before blanks', 'Der Plan ist gut.\n\n  𝐀nd 😀\u00a0\n'],
    ['last, without a line break', 'Der Plan ist gut. Er kommt 😀'],
    [
      'inside a hard-wrapped block',
      `${'The plan is good and it will come soon '.repeat(2)}\n😀 and more text follows.`,
    ],
  ])('counts code points after an astral character %s (plain text, no HTML)', (_, text) => {
    const { document } = parseDocument({ file: 'x/note.txt', bytes: encode(text) });
    expect(document).not.toBeNull();
    const index = new CodePointIndex(text);
    const utf16 = ({ start, end }: { start: number; end: number }) =>
      text.slice(index.toUtf16(start), index.toUtf16(end));
    for (const span of [...document!.paragraphs, ...document!.sentences]) {
      expect(utf16(span)).toBe(utf16(span).trim());
      expect(utf16(span)).not.toBe('');
    }
    expect(document!.sentences.map(utf16).join(' ')).toContain('😀');
  });

  it('defaults the source id from the file name', () => {
    expect(parseDocument({ file: 'seeds/007_abc.txt', bytes: encode('Hello there.') }).document?.source).toBe(
      '007',
    );
  });
});
