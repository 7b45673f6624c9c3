import type { Document, Language, SourceEntry, SourceRecord } from '@dealbrief/core';
import { sha256Hex, sourceIdFromFile } from '@dealbrief/core';

/**
 * The pack's record of an accepted source: registry metadata where given, else what parse found (dateline
 * date as `published`, byline name as `author`, detected languages).
 */
export function buildSourceRecord(
  document: Document,
  bytes: Uint8Array,
  file: string,
  entry: SourceEntry | undefined,
): SourceRecord {
  const languages: Language[] = entry?.language ? [entry.language] : [];
  for (const language of document.languages) if (!languages.includes(language)) languages.push(language);
  return dropUndefined({
    id: document.source,
    file,
    sha256: document.sha256, // parse hashed these bytes
    bytes: bytes.byteLength,
    languages,
    kind: entry?.kind ?? 'unknown',
    publisher: entry?.publisher,
    title: entry?.title,
    url: entry?.url,
    published: entry?.published ?? document.dateline?.date,
    author: entry?.author ?? document.byline?.name,
    encoding: document.encoding,
    status: 'ok',
  });
}

/** The pack's record of a source that could not be read or decoded. */
export function buildRejectedRecord(
  file: string,
  bytes: Uint8Array,
  problem: string,
  entry: SourceEntry | undefined,
): SourceRecord {
  return dropUndefined({
    id: sourceIdFromFile(file),
    file,
    sha256: sha256Hex(bytes),
    bytes: bytes.byteLength,
    languages: [],
    kind: entry?.kind ?? 'unknown',
    publisher: entry?.publisher,
    title: entry?.title,
    url: entry?.url,
    published: entry?.published,
    author: entry?.author,
    status: 'rejected',
    problem,
  });
}

function dropUndefined<T extends object>(record: T): T {
  return Object.fromEntries(Object.entries(record).filter(([, v]) => v !== undefined)) as T;
}
