import type { Citation } from './schemas/claim.js';
import { CodePointIndex } from './text.js';

/** Code points of context kept on each side of a citation (W3C TextQuoteSelector prefix/suffix). */
export const CONTEXT_LENGTH = 32;

/** Builds the citation of code-point range `[start, end)` of the indexed text. */
export function buildCitation(index: CodePointIndex, start: number, end: number): Citation {
  if (
    !(Number.isInteger(start) && Number.isInteger(end) && start >= 0 && end > start && end <= index.length)
  ) {
    throw new RangeError(
      `citation range [${start}, ${end}) is not inside a text of ${index.length} code points`,
    );
  }
  const { line, column } = index.lineColumn(start);
  return {
    start,
    end,
    exact: index.slice(start, end),
    prefix: index.slice(Math.max(0, start - CONTEXT_LENGTH), start),
    suffix: index.slice(end, Math.min(index.length, end + CONTEXT_LENGTH)),
    line,
    column,
  };
}

/**
 * Checks a citation against the source text: `exact`, `prefix` and `suffix` must be the code-point
 * slices they claim to be, and line/column must match. Returns null when it verifies, else the reason.
 */
export function verifyCitation(text: string | CodePointIndex, citation: Citation): string | null {
  const index = typeof text === 'string' ? new CodePointIndex(text) : text;
  const { start, end } = citation;
  if (!(start >= 0 && end > start && end <= index.length)) {
    return `range [${start}, ${end}) lies outside the text (${index.length} code points)`;
  }
  const built = buildCitation(index, start, end);
  if (built.exact !== citation.exact) {
    return `exact ${JSON.stringify(citation.exact)} but the text at [${start}, ${end}) is ${JSON.stringify(built.exact)}`;
  }
  if (built.prefix !== citation.prefix) return `prefix does not match the text before ${start}`;
  if (built.suffix !== citation.suffix) return `suffix does not match the text after ${end}`;
  if (built.line !== citation.line || built.column !== citation.column) {
    return `line:column ${citation.line}:${citation.column} but offset ${start} is at ${built.line}:${built.column}`;
  }
  return null;
}
