import { describe, expect, it } from 'vitest';
import { makeVisibleText } from './visible-text.js';

describe('makeVisibleText', () => {
  it('keeps the UTF-16 length and every visible character in place', () => {
    const html =
      '<!doctype html><html lang="ko"><head><title>제목 😀</title><style>p{a:1}</style></head>' +
      '<body><!-- note --><script>var a = "<p>no</p>";</script><p class="x">한국 😀 <b>26만</b> 장.</p>' +
      '<div data-x="a > b">Zwei&nbsp;Zeilen\r\nhier</div></body></html>';
    const view = makeVisibleText(html);
    expect(view.length).toBe(html.length);
    for (let i = 0; i < html.length; i++) {
      if (view[i] !== ' ' && view[i] !== '\n') expect(view[i]).toBe(html[i]);
    }
    const words = view.split(/\s+/u).filter((w) => w !== '');
    expect(words).toEqual(['한국', '😀', '26만', '장.', 'Zwei', 'Zeilen', 'hier']);
  });

  it('turns block tags into blank lines and inline tags into spaces', () => {
    const view = makeVisibleText('<p>One <em>two</em></p><li>Three</li>x<br>y');
    expect(view.split(/\n\s*\n/u).map((p) => p.trim().replace(/ +/gu, ' '))).toEqual([
      '',
      'One two',
      'Three',
      'x',
      'y',
    ]);
  });

  it('leaves a literal "<" and unterminated constructs alone without throwing', () => {
    expect(makeVisibleText('a < b and 3<4')).toBe('a < b and 3<4');
    for (const html of ['<script>never closed', '<!-- open', '<p title="x>', '<', '</', '<!', '<a']) {
      expect(makeVisibleText(html).length).toBe(html.length);
    }
  });

  it('keeps line breaks inside <pre>', () => {
    expect(makeVisibleText('<pre>a\nb</pre>c\nd')).toBe('\n\n   a\nb\n\n    c d');
  });
});
