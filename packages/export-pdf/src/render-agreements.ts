import type { Briefing } from '@dealbrief/core';
import { displayValue } from '@dealbrief/core';
import { type CitationNumbers, formatMarkers } from './number-citations.js';
import { shortenAnswer } from './shorten-text.js';
import { addGap, type Doc, ensureSpace, STYLE, writeHanging, writeText } from './text-blocks.js';

/** The heading of the section, exactly as it appears in the PDF. */
export const AGREEMENTS_HEADING = 'Agreements';

/** The catalogue key of the agreements field. */
const AGREEMENTS_KEY = 'agreements';

/**
 * Writes the "Agreements" section from the catalogue's `agreements` field: each agreement with its status,
 * confidence and citation markers. Writes nothing when the briefing has no such field.
 */
export function renderAgreements(doc: Doc, briefing: Briefing, citations: CitationNumbers): void {
  const field = briefing.fields.find((candidate) => candidate.field === AGREEMENTS_KEY);
  if (field === undefined) return;
  ensureSpace(doc, 80);
  writeText(doc, AGREEMENTS_HEADING, STYLE.heading);
  addGap(doc, 0.4);
  const items = field.members.length > 0 ? field.members : field.value === null ? [] : [field];
  if (items.length === 0) writeText(doc, 'No agreement found in the sources.', STYLE.body);
  for (const item of items) {
    const text = shortenAnswer(item.display || (item.value === null ? '' : displayValue(item.value)));
    const markers = formatMarkers(item.support, citations);
    const status = `${item.status} · confidence ${item.confidence.toFixed(2)}`;
    writeHanging(doc, '•', `${text} — ${status}${markers === '' ? '' : ` ${markers}`}`, STYLE.body);
  }
  addGap(doc, 1);
}
