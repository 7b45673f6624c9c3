/**
 * Folds text for matching without changing its length in UTF-16 code units, so an index found in the
 * folded text is the same index in the original: no-break and narrow spaces become " ", hyphen and
 * dash look-alikes inside words (U+2010, U+2011, U+2012, U+2043, U+FE63, U+FF0D) become "-", and
 * typographic apostrophes (U+2019, U+02BC) become "'".
 */
export function foldForMatching(text: string): string {
  return text.replace(FOLD_PATTERN, (c) => FOLD_MAP[c] ?? c);
}

const FOLD_MAP: Record<string, string> = {
  '\u00a0': ' ',
  '\u2007': ' ',
  '\u202f': ' ',
  '\u2009': ' ',
  '\u200a': ' ',
  '\u3000': ' ',
  '\u2010': '-',
  '\u2011': '-',
  '\u2012': '-',
  '\u2043': '-',
  '\ufe63': '-',
  '\uff0d': '-',
  '\u2019': "'",
  '\u02bc': "'",
};

const FOLD_PATTERN = new RegExp(`[${Object.keys(FOLD_MAP).join('')}]`, 'g');
