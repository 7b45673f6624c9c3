/** How far into a file {@link readHtmlSignals} looks for a doctype or `<meta charset>`. */
export const HTML_SNIFF_BYTES = 2048;

/** Charsets an HTML file may declare that {@link decodeText} decodes, by their WHATWG label. */
export type HtmlCharset = 'utf-8' | 'euc-kr' | 'windows-1252';

/** What the start of a file says about HTML: whether it is HTML, and the charset it declares. */
export interface HtmlSignals {
  html: boolean;
  /** The declared charset as written (lower-case), when there is one. */
  declared?: string;
  /** The declared charset when it is one {@link decodeText} supports. */
  charset?: HtmlCharset;
}

const HTML_START = /^[\s\ufeff]*(?:<!--[\s\S]*?-->\s*)*(?:<!doctype\s+html|<html[\s>]|<head[\s>])/iu;
const META_CHARSET = /<meta\s[^>]*?charset\s*=\s*["']?\s*([a-z0-9_:.-]+)/iu;

const CHARSETS: Readonly<Record<string, HtmlCharset>> = {
  'utf-8': 'utf-8',
  utf8: 'utf-8',
  'euc-kr': 'euc-kr',
  euckr: 'euc-kr',
  cp949: 'euc-kr',
  'windows-949': 'euc-kr',
  'ks_c_5601-1987': 'euc-kr',
  ksc5601: 'euc-kr',
  'windows-1252': 'windows-1252',
  cp1252: 'windows-1252',
  'iso-8859-1': 'windows-1252',
  latin1: 'windows-1252',
  'us-ascii': 'windows-1252',
  ascii: 'windows-1252',
};

/**
 * Reads the HTML signals of a text prefix (decode the first {@link HTML_SNIFF_BYTES} bytes as
 * Windows-1252 for ASCII-compatible files): a doctype, `<html>` or `<head>` at the start (after
 * whitespace, a BOM or comments), or a `<meta charset=…>` / `<meta http-equiv="Content-Type"
 * content="…; charset=…">` anywhere in it.
 */
export function readHtmlSignals(prefix: string): HtmlSignals {
  const head = prefix.slice(0, HTML_SNIFF_BYTES);
  const meta = META_CHARSET.exec(head);
  const declared = meta?.[1]?.toLowerCase();
  const signals: HtmlSignals = { html: meta !== null || HTML_START.test(head) };
  if (declared !== undefined) {
    signals.declared = declared;
    const charset = CHARSETS[declared];
    if (charset !== undefined) signals.charset = charset;
  }
  return signals;
}
