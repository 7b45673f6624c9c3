import type { SourceRecord } from '../schemas/source.js';
import type { BriefingIndex } from './briefing-index.js';
import type { TableColumn } from './table-column.js';

/**
 * The witness groups a source belongs to, as `<group id>: <note>` joined with `" | "`, e.g.
 * `000+001: 001 is a German version of 000`; `''` when it tells its own story.
 */
export function describeSameStory(sourceId: string, index: BriefingIndex): string {
  const groups = index.groups.get(sourceId) ?? [];
  return groups.map((group) => `${group.id}: ${group.note}`).join(' | ');
}

/** Columns of the source table (`sources.csv`, the Sources sheet): one row per source. */
export const SOURCE_COLUMNS: readonly TableColumn<SourceRecord>[] = [
  { header: 'id', kind: 'text', read: (s) => s.id },
  { header: 'file', kind: 'text', read: (s) => s.file },
  { header: 'status', kind: 'text', read: (s) => s.status },
  { header: 'problem', kind: 'text', read: (s) => s.problem },
  { header: 'kind', kind: 'text', read: (s) => s.kind },
  { header: 'weight', kind: 'number', read: (s) => s.weight },
  { header: 'same_story_as', kind: 'text', read: (s, index) => describeSameStory(s.id, index) },
  { header: 'languages', kind: 'text', read: (s) => s.languages.join(' ') },
  { header: 'publisher', kind: 'text', read: (s) => s.publisher },
  { header: 'title', kind: 'text', read: (s) => s.title },
  { header: 'url', kind: 'text', read: (s) => s.url },
  { header: 'published', kind: 'text', read: (s) => s.published },
  { header: 'author', kind: 'text', read: (s) => s.author },
  { header: 'encoding', kind: 'text', read: (s) => s.encoding },
  { header: 'bytes', kind: 'number', read: (s) => s.bytes },
  { header: 'sha256', kind: 'text', read: (s) => s.sha256 },
];
