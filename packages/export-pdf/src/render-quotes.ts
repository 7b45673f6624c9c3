import type { Briefing, Field, FieldMember, QuoteValue } from '@dealbrief/core';
import { type CitationNumbers, formatMarkers } from './number-citations.js';
import { detectLanguage } from './tag-structure.js';
import { addGap, type Doc, ensureSpace, STYLE, writeHanging, writeText } from './text-blocks.js';

/** The heading of the section, exactly as it appears in the PDF. */
export const QUOTES_HEADING = 'Quotes';

interface Quote {
  item: Field | FieldMember;
  value: QuoteValue;
}

/** Every found quote of every quote field (single-valued or list), in briefing order. */
export function listQuotes(briefing: Briefing): Quote[] {
  return briefing.fields.flatMap((field) => {
    const items: (Field | FieldMember)[] = field.members.length > 0 ? field.members : [field];
    return items.flatMap((item) =>
      item.value?.type === 'quote' && item.status !== 'not-found' ? [{ item, value: item.value }] : [],
    );
  });
}

/** The language of a quote: Hangul → ko; else the only language of the sources it comes from. */
function quoteLanguage(quote: Quote, citations: CitationNumbers): string | undefined {
  const languages = new Set<string>();
  for (const id of quote.item.support) {
    const claim = citations.claims.get(id);
    const source = claim === undefined ? undefined : citations.sources.get(claim.source);
    for (const language of source?.languages ?? []) languages.add(language);
  }
  const only = languages.size === 1 ? [...languages][0] : undefined;
  return detectLanguage(quote.value.text, only === 'en' ? undefined : only);
}

/**
 * Writes the "Quotes" section: `Speaker (role) — “text” [n]` for every quote, tagged with the quote's
 * language when it is not English.
 */
export function renderQuotes(doc: Doc, briefing: Briefing, citations: CitationNumbers): void {
  const quotes = listQuotes(briefing);
  ensureSpace(doc, 80);
  writeText(doc, QUOTES_HEADING, STYLE.heading);
  addGap(doc, 0.4);
  if (quotes.length === 0) writeText(doc, 'No quote found in the sources.', STYLE.body);
  for (const quote of quotes) {
    const { speaker, text } = quote.value;
    const who = speaker.role === undefined ? speaker.name : `${speaker.name} (${speaker.role})`;
    const markers = formatMarkers(quote.item.support, citations);
    const line = `${who} — “${text}”${markers === '' ? '' : ` ${markers}`}`;
    writeHanging(doc, '•', line, STYLE.body, 0, STYLE.body, quoteLanguage(quote, citations));
    addGap(doc, 0.2);
  }
  addGap(doc, 1);
}
