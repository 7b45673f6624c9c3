import type { Briefing, Claim, SourceRecord } from '@dealbrief/core';
import { displayValue } from '@dealbrief/core';
import type { CitationNumbers } from './number-citations.js';
import { HANG } from './page-style.js';
import { detectLanguage } from './tag-structure.js';
import {
  addGap,
  applyStyle,
  contentWidth,
  type Doc,
  ensureSpace,
  measureText,
  STYLE,
  writeHanging,
  writeText,
} from './text-blocks.js';
import { wrapAtSpaces } from './wrap-at-spaces.js';

/** The heading of the section, exactly as it appears in the PDF. */
export const SOURCES_HEADING = 'Sources and cited passages';

/** "news · en, ko · ok · weight 0.70" — kind, languages, status and prior weight of a source. */
function describeKind(source: SourceRecord): string {
  const languages = source.languages.length > 0 ? source.languages.join(', ') : 'language unknown';
  const weight = source.weight === undefined ? '' : ` · weight ${source.weight.toFixed(2)}`;
  return `${source.kind} · ${languages} · ${source.status}${weight}`;
}

/** "001 is a German version of 000 — counted as one witness", one line per witness group. */
export function describeGroups(briefing: Briefing): string[] {
  return briefing.groups.map((group) => `${group.note || group.id} — counted as one witness`);
}

/** Publisher, title, author and date, when known. */
function describePublication(source: SourceRecord): string | undefined {
  const parts: string[] = [];
  if (source.publisher !== undefined) parts.push(source.publisher);
  if (source.title !== undefined) parts.push(`“${source.title}”`);
  if (source.author !== undefined) parts.push(`by ${source.author}`);
  if (source.published !== undefined) parts.push(`published ${source.published}`);
  return parts.length > 0 ? parts.join(' · ') : undefined;
}

/**
 * "19:51 · gpu_total · 260,000 GPUs" — where a passage is in its source, which field it states, and the
 * value read from it (left out for quotes, whose words are the passage).
 */
export function describeLocation(claim: Claim): string {
  const where = `${claim.citation.line}:${claim.citation.column} · ${claim.field}`;
  if (claim.value.type === 'quote') return where;
  return `${where} · ${claim.display || displayValue(claim.value)}`;
}

/** The language tag of a source's passages: its only language when that is not English. */
function passageLanguage(source: SourceRecord, text: string): string | undefined {
  const only = source.languages.length === 1 ? source.languages[0] : undefined;
  return detectLanguage(text, only === 'en' ? undefined : only);
}

function renderPassages(doc: Doc, source: SourceRecord, citations: CitationNumbers): void {
  const passages = citations.ordered.filter((claim) => claim.source === source.id);
  if (passages.length === 0) return;
  writeText(doc, `Cited passages (${passages.length})`, STYLE.meta, HANG);
  for (const claim of passages) {
    const number = citations.numbers.get(claim.id) ?? 0;
    applyStyle(doc, STYLE.body);
    const width = contentWidth(doc) - 2 * HANG - 1;
    const text = wrapAtSpaces(doc, `${describeLocation(claim)} “${claim.citation.exact}”`, width).join('\n');
    const lang = passageLanguage(source, claim.citation.exact);
    writeHanging(doc, `[${number}]`, text, STYLE.body, HANG, STYLE.body, lang);
  }
}

function renderSource(doc: Doc, source: SourceRecord, citations: CitationNumbers): void {
  const heading = `${source.id} — ${source.file}`;
  ensureSpace(doc, measureText(doc, heading, STYLE.label) + 3 * measureText(doc, 'x', STYLE.body));
  writeText(doc, heading, STYLE.label);
  writeText(doc, describeKind(source), STYLE.body, HANG);
  const publication = describePublication(source);
  if (publication !== undefined)
    writeText(doc, publication, STYLE.body, HANG, detectLanguage(publication, undefined));
  if (source.url !== undefined) writeText(doc, source.url, STYLE.meta, HANG);
  if (source.status === 'rejected') {
    writeText(doc, `Rejected: ${source.problem ?? 'no reason recorded'}`, STYLE.warning, HANG);
  }
  writeText(doc, `sha256 ${source.sha256} · ${source.bytes} bytes`, STYLE.meta, HANG);
  renderPassages(doc, source, citations);
  addGap(doc, 0.6);
}

/**
 * Writes the "Sources and cited passages" section: one line per witness group (translations and copies
 * counted as one witness), then every source with id, file, kind, languages, status, weight, publisher,
 * title, author, published date and URL, and every passage the briefing cites from it, under its citation
 * number, with its line:column, field and exact words. Citation numbers resolve here: `[n]` in the key
 * facts is the passage numbered `[n]` under its source.
 */
export function renderSources(doc: Doc, briefing: Briefing, citations: CitationNumbers): void {
  ensureSpace(doc, 120);
  writeText(doc, SOURCES_HEADING, STYLE.heading);
  addGap(doc, 0.4);
  const groups = describeGroups(briefing);
  for (const line of groups) writeHanging(doc, '•', line, STYLE.body);
  if (groups.length > 0) addGap(doc, 0.6);
  if (briefing.sources.length === 0) writeText(doc, 'No sources.', STYLE.body);
  for (const source of briefing.sources) renderSource(doc, source, citations);
  const orphans = citations.ordered.filter((claim) => !briefing.sources.some((s) => s.id === claim.source));
  for (const claim of orphans) {
    const text = `${claim.source} · ${describeLocation(claim)} “${claim.citation.exact}”`;
    writeHanging(doc, `[${citations.numbers.get(claim.id) ?? 0}]`, text, STYLE.body);
  }
}
