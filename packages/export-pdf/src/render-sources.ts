import type { Briefing, Claim, SourceRecord, WitnessGroup } from '@dealbrief/core';
import { displayValue, formatNumber } from '@dealbrief/core';
import { describeGroup } from './describe-witnesses.js';
import { GROUP_LIMIT, NOTE_LIMIT, REJECTED_LIMIT, SOURCE_LIST_LIMIT, SOURCES_POINTER } from './limits.js';
import type { CitationNumbers } from './number-citations.js';
import { HANG } from './page-style.js';
import { shortenText } from './shorten-text.js';
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

/** "001 is a German version of 000 — counted as one witness" for one witness group, its note shortened. */
function describeGroupLine(group: WitnessGroup): string {
  const note =
    group.note === ''
      ? describeGroup(group).replace(/ \(one story\)$/, '')
      : shortenText(group.note, NOTE_LIMIT, ` (${group.sources.length} sources)`);
  return `${note} — counted as one witness`;
}

/**
 * "001 is a German version of 000 — counted as one witness", one line per witness group (the first
 * {@link GROUP_LIMIT}, then how many more there are).
 */
export function describeGroups(briefing: Briefing): string[] {
  const lines = briefing.groups.slice(0, GROUP_LIMIT).map(describeGroupLine);
  const more = briefing.groups.length - GROUP_LIMIT;
  if (more > 0) {
    lines.push(
      `${formatNumber(more)} more witness group${more === 1 ? '' : 's'} — same_story_as in sources.csv ` +
        'and the XLSX Sources sheet',
    );
  }
  return lines;
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

/** "Cited passages (8)", or "Cited passages (3 of 57; the rest in claims.csv)". */
function describePassageCount(shown: number, total: number): string {
  if (shown >= total) return `Cited passages (${shown})`;
  return `Cited passages (${formatNumber(shown)} of ${formatNumber(total)}; the rest in claims.csv)`;
}

function renderPassages(doc: Doc, source: SourceRecord, citations: CitationNumbers): void {
  const passages = citations.bySource.get(source.id) ?? [];
  if (passages.length === 0) return;
  const total = citations.claimCounts.get(source.id) ?? passages.length;
  writeText(doc, describePassageCount(passages.length, total), STYLE.meta, HANG);
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
 * The sources the section lists: all of them up to {@link SOURCE_LIST_LIMIT}; beyond it, those with a
 * passage cited in the PDF and the first {@link REJECTED_LIMIT} rejected ones, in briefing order.
 */
export function listShownSources(briefing: Briefing, citations: CitationNumbers): SourceRecord[] {
  if (briefing.sources.length <= SOURCE_LIST_LIMIT) return briefing.sources;
  let rejected = 0;
  return briefing.sources.filter((source) => {
    if (citations.bySource.has(source.id)) return true;
    if (source.status !== 'rejected' || rejected >= REJECTED_LIMIT) return false;
    rejected += 1;
    return true;
  });
}

/**
 * "9,213 more sources (9,200 ok with no passage cited here, 13 rejected) — sources.csv and the XLSX
 * Sources sheet list every source."; `undefined` when every source is listed.
 */
function describeOtherSources(briefing: Briefing, shown: readonly SourceRecord[]): string | undefined {
  const more = briefing.sources.length - shown.length;
  if (more <= 0) return undefined;
  const listed = new Set(shown);
  const rejected = briefing.sources.filter(
    (source) => source.status === 'rejected' && !listed.has(source),
  ).length;
  const ok = more - rejected;
  const sources = `${formatNumber(more)} more source${more === 1 ? '' : 's'}`;
  const which =
    rejected === 0
      ? ' with no passage cited here'
      : ` (${formatNumber(ok)} ok with no passage cited here, ${formatNumber(rejected)} rejected)`;
  return `${sources}${which} — ${SOURCES_POINTER}.`;
}

/**
 * Writes the "Sources and cited passages" section: one line per witness group (translations and copies
 * counted as one witness), then the sources with id, file, kind, languages, status, weight, publisher,
 * title, author, published date and URL, and every passage the PDF cites from each, under its citation
 * number, with its line:column, field and exact words. Citation numbers resolve here: `[n]` in the key
 * facts is the passage numbered `[n]` under its source. A briefing with more than
 * {@link SOURCE_LIST_LIMIT} sources lists only the sources it cites (and a few rejected ones) and says
 * how many others there are. Awaits `pause` after each source, so that the written pages can drain.
 */
export async function renderSources(
  doc: Doc,
  briefing: Briefing,
  citations: CitationNumbers,
  pause: () => Promise<void> = async () => {},
): Promise<void> {
  ensureSpace(doc, 120);
  writeText(doc, SOURCES_HEADING, STYLE.heading);
  addGap(doc, 0.4);
  const groups = describeGroups(briefing);
  for (const line of groups) writeHanging(doc, '•', line, STYLE.body);
  if (groups.length > 0) addGap(doc, 0.6);
  if (briefing.sources.length === 0) writeText(doc, 'No sources.', STYLE.body);
  const shown = listShownSources(briefing, citations);
  for (const source of shown) {
    renderSource(doc, source, citations);
    await pause();
  }
  const others = describeOtherSources(briefing, shown);
  if (others !== undefined) writeText(doc, others, STYLE.meta);
  const orphans = citations.ordered.filter((claim) => !citations.sources.has(claim.source));
  for (const claim of orphans) {
    const text = `${claim.source} · ${describeLocation(claim)} “${claim.citation.exact}”`;
    writeHanging(doc, `[${citations.numbers.get(claim.id) ?? 0}]`, text, STYLE.body);
  }
}
