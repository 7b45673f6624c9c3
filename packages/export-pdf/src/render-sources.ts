import type { Briefing, SourceRecord } from '@dealbrief/core';
import { HANG } from './page-style.js';
import { addGap, type Doc, ensureSpace, measureText, STYLE, writeHanging, writeText } from './text-blocks.js';

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

function renderSource(doc: Doc, source: SourceRecord): void {
  const heading = `${source.id} — ${source.file}`;
  ensureSpace(doc, measureText(doc, heading, STYLE.label) + 3 * measureText(doc, 'x', STYLE.body));
  writeText(doc, heading, STYLE.label);
  writeText(doc, describeKind(source), STYLE.body, HANG);
  const publication = describePublication(source);
  if (publication !== undefined) writeText(doc, publication, STYLE.body, HANG);
  if (source.url !== undefined) writeText(doc, source.url, STYLE.meta, HANG);
  if (source.status === 'rejected') {
    writeText(doc, `Rejected: ${source.problem ?? 'no reason recorded'}`, STYLE.warning, HANG);
  }
  writeText(doc, `sha256 ${source.sha256} · ${source.bytes} bytes`, STYLE.meta, HANG);
  addGap(doc, 0.6);
}

/**
 * Writes the "Sources" section: one line per witness group (translations and copies counted as one
 * witness), then every source with id, file, kind, weight, publication data and status.
 */
export function renderSources(doc: Doc, briefing: Briefing): void {
  ensureSpace(doc, 120);
  writeText(doc, 'Sources', STYLE.heading);
  addGap(doc, 0.4);
  const groups = describeGroups(briefing);
  for (const line of groups) writeHanging(doc, '•', line, STYLE.body);
  if (groups.length > 0) addGap(doc, 0.6);
  if (briefing.sources.length === 0) writeText(doc, 'No sources.', STYLE.body);
  for (const source of briefing.sources) renderSource(doc, source);
}
