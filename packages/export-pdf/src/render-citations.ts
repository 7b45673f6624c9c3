import type { Claim } from '@dealbrief/core';
import type { CitationNumbers } from './number-citations.js';
import { HANG } from './page-style.js';
import { addGap, type Doc, ensureSpace, measureText, STYLE, writeHanging, writeText } from './text-blocks.js';

/** "002 · 3:45 · gpu_total" — where a citation points, and for which field. */
function describeLocation(claim: Claim): string {
  return `${claim.source} · ${claim.citation.line}:${claim.citation.column} · ${claim.field}`;
}

/** Writes the numbered "Citations" list: source id, line:column and the exact quote of each claim. */
export function renderCitations(doc: Doc, citations: CitationNumbers): void {
  ensureSpace(doc, 120);
  writeText(doc, 'Citations', STYLE.heading);
  addGap(doc, 0.4);
  if (citations.ordered.length === 0) writeText(doc, 'No citations.', STYLE.body);
  citations.ordered.forEach((claim, index) => {
    const location = describeLocation(claim);
    const quote = `“${claim.citation.exact}”`;
    ensureSpace(
      doc,
      measureText(doc, location, STYLE.meta, HANG) + measureText(doc, quote, STYLE.body, HANG),
    );
    writeHanging(doc, `[${index + 1}]`, location, STYLE.meta, 0, STYLE.body);
    writeText(doc, quote, STYLE.body, HANG);
    addGap(doc, 0.3);
  });
}
