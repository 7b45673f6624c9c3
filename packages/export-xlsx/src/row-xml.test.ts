import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { escapeXml, NO_CELL, renderRowXml } from './row-xml.js';

// exceljs's own escaping, to check against (not part of its public API, so only in this test).
const { xmlEncode } = createRequire(import.meta.url)('exceljs/lib/utils/utils.js') as {
  xmlEncode: (text: string) => string;
};

describe('escapeXml', () => {
  it('escapes every character as exceljs does', () => {
    for (let code = 0; code < 0x3000; code++) {
      const char = String.fromCharCode(code);
      expect([code, escapeXml(`a${char}b${char}`)]).toEqual([code, xmlEncode(`a${char}b${char}`)]);
    }
    for (const text of ['', 'plain', '<&>"\'', '\u0001start', 'end\u007f', 'x\r\ny\tz', '한국 “26만 장”']) {
      expect(escapeXml(text)).toBe(xmlEncode(text));
    }
  });
});

describe('renderRowXml', () => {
  const letters: string[] = [];
  it('writes cells with style ids, types and the span of the cells it holds', () => {
    const date = new Date('2025-11-04T00:00:00Z');
    const link = { formula: 'HYPERLINK("#\'Sources\'!A2","000")', result: '000' };
    expect(renderRowXml(3, [undefined, 'a&b', 2.5], [NO_CELL, 1, 0], 30, letters)).toBe(
      '<row r="3" ht="30" customHeight="1" spans="2:3" x14ac:dyDescent="0.25">' +
        '<c r="B3" s="1" t="str"><v>a&amp;b</v></c><c r="C3"><v>2.5</v></c></row>',
    );
    expect(renderRowXml(4, [date, link], [4, 7], undefined, letters)).toBe(
      '<row r="4" spans="1:2" x14ac:dyDescent="0.25"><c r="A4" s="4"><v>45965</v></c>' +
        '<c r="B4" s="7" t="str"><f>HYPERLINK(&quot;#&apos;Sources&apos;!A2&quot;,&quot;000&quot;)</f><v>000</v></c></row>',
    );
  });

  it('writes an empty cell only for its style, and no row without a value or height', () => {
    expect(renderRowXml(5, ['x', undefined], [0, 3], undefined, letters)).toBe(
      '<row r="5" spans="1:2" x14ac:dyDescent="0.25"><c r="A5" t="str"><v>x</v></c><c r="B5" s="3"/></row>',
    );
    expect(renderRowXml(6, [undefined], [3], undefined, letters)).toBe('');
    expect(renderRowXml(7, [], [], 45, letters)).toBe(
      '<row r="7" ht="45" customHeight="1" x14ac:dyDescent="0.25"></row>',
    );
  });

  it('refuses values it cannot write', () => {
    expect(() => renderRowXml(8, [{ richText: [] }], [0], undefined, letters)).toThrow(TypeError);
  });
});
