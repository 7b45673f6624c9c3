/**
 * Elements that end a paragraph: their tags become a blank line in the visible view. Everything else
 * (a, b, i, em, strong, span, …) is inline and becomes spaces.
 */
const BLOCK_ELEMENTS: ReadonlySet<string> = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'body',
  'br',
  'caption',
  'dd',
  'details',
  'dialog',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'head',
  'header',
  'hgroup',
  'hr',
  'html',
  'li',
  'main',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'title',
  'tr',
  'ul',
]);

/** Elements whose whole content is invisible: left out of the visible view up to their end tag. */
const HIDDEN_ELEMENTS: ReadonlySet<string> = new Set([
  'head',
  'script',
  'style',
  'noscript',
  'template',
  'svg',
  'iframe',
  'object',
  'textarea',
  'select',
]);

/** Entities that are spaces in the rendered page; the view shows them as spaces (same length). */
const SPACE_ENTITY = /&(?:nbsp|#160|#x0*a0|ensp|emsp|thinsp);/giu;

const TAG_NAME = /^<\/?([a-zA-Z][a-zA-Z0-9-]*)/u;

/** Writes `fill` over `[start, end)` of `out`, keeping surrogate halves as ordinary units. */
function blank(out: string[], start: number, end: number, fill: string): void {
  for (let i = start; i < end && i < out.length; i++) out[i] = fill;
}

/** Blanks a block tag: a blank line (two line feeds) where it starts, spaces for the rest. */
function blankBlock(out: string[], start: number, end: number): void {
  blank(out, start, end, ' ');
  if (end - start >= 2) {
    out[start] = '\n';
    out[start + 1] = '\n';
  } else if (end > start) out[start] = '\n';
}

/** UTF-16 index just past the `>` that closes the tag opening at `start`, honouring quoted attributes. */
function findTagEnd(text: string, start: number): number {
  let quote = '';
  for (let i = start + 1; i < text.length; i++) {
    const c = text[i]!;
    if (quote !== '') {
      if (c === quote) quote = '';
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '>') return i + 1;
  }
  return text.length;
}

/** UTF-16 index of the end tag `</name` at or after `from` (any case), or the text's end. */
function findEndTag(html: string, name: string, from: number): number {
  const pattern = new RegExp(`</${name}(?![a-z0-9-])`, 'giu');
  pattern.lastIndex = from;
  const match = pattern.exec(html);
  return match === null ? html.length : match.index;
}

/**
 * The visible text of an HTML document as a view of the same UTF-16 length, so every offset in it is the
 * same offset in `html`: tags, comments, doctypes and the content of `<head>`, `<script>`, `<style>` and
 * other invisible elements become spaces; block elements (p, div, h1–h6, li, br, tr, td, article,
 * section, …) become a blank line, so they end paragraphs; line breaks inside text become spaces, as
 * HTML collapses them (except inside `<pre>`). Entities stay as written, except that `&nbsp;` and
 * other space entities become spaces. Segmenting the view gives spans that start and end on visible
 * text; an inline tag inside a sentence (`<b>…</b>`) stays inside its span in the original text.
 */
export function makeVisibleText(html: string): string {
  const out = html.split('');
  let inPre = false;
  let i = 0;
  while (i < html.length) {
    const c = html[i]!;
    if (c !== '<') {
      if ((c === '\n' || c === '\r') && !inPre) out[i] = ' ';
      i++;
      continue;
    }
    if (html.startsWith('<!--', i)) {
      const close = html.indexOf('-->', i + 4);
      const end = close < 0 ? html.length : close + 3;
      blank(out, i, end, ' ');
      i = end;
      continue;
    }
    const next = html[i + 1] ?? '';
    if (next === '!' || next === '?') {
      const end = findTagEnd(html, i);
      blank(out, i, end, ' ');
      i = end;
      continue;
    }
    const name = TAG_NAME.exec(html.slice(i, i + 40))?.[1]?.toLowerCase();
    if (name === undefined) {
      i++; // a literal "<" in text
      continue;
    }
    const closing = next === '/';
    let end = findTagEnd(html, i);
    if (!closing && HIDDEN_ELEMENTS.has(name) && !html.slice(i, end).endsWith('/>')) {
      const endTag = findEndTag(html, name, end);
      end = endTag >= html.length ? html.length : findTagEnd(html, endTag);
    }
    if (name === 'pre') inPre = !closing;
    if (BLOCK_ELEMENTS.has(name) || HIDDEN_ELEMENTS.has(name)) blankBlock(out, i, end);
    else blank(out, i, end, ' ');
    i = end;
  }
  return out.join('').replace(SPACE_ENTITY, (entity) => ' '.repeat(entity.length));
}
