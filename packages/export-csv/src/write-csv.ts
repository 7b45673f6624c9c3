import { join } from 'node:path';
import {
  type Briefing,
  CLAIM_COLUMNS,
  CONFLICT_COLUMNS,
  collectFieldClaimIds,
  FIELD_COLUMNS,
  indexLinkedClaims,
  listConflictRows,
  SOURCE_COLUMNS,
} from '@dealbrief/core';
import { writeTable } from './write-table.js';

/** Options of {@link writeCsv}. */
export interface CsvOptions {
  /** Start each file with a UTF-8 byte order mark so Excel reads Korean text; default `true`. */
  bom?: boolean;
}

/** The files {@link writeCsv} writes, in the order it writes them. */
export const CSV_FILES = ['briefing.csv', 'claims.csv', 'sources.csv', 'conflicts.csv'] as const;

/**
 * Writes `briefing.csv` (one row per field), `claims.csv` (one row per claim), `sources.csv` (one row
 * per source) and `conflicts.csv` (one row per disputed or single-source field or list member, disputed
 * first) into `dir`, which must exist; returns the file names written, in order. Files are RFC 4180 CSV
 * with CRLF line ends, streamed in batches, and their bytes depend only on the briefing.
 * Throws a `DealbriefError` with code `OUTPUT_FAILED` when a file cannot be written.
 */
export async function writeCsv(briefing: Briefing, dir: string, options: CsvOptions = {}): Promise<string[]> {
  const tableOptions = { bom: options.bom ?? true };
  // The tables look up only the claims fields list: no lookup entry per claim of a large briefing.
  const index = indexLinkedClaims(briefing, collectFieldClaimIds(briefing.fields));
  const [fieldsFile, claimsFile, sourcesFile, conflictsFile] = CSV_FILES;
  await writeTable(join(dir, fieldsFile), FIELD_COLUMNS, briefing.fields, index, tableOptions);
  await writeTable(join(dir, claimsFile), CLAIM_COLUMNS, briefing.claims, index, tableOptions);
  await writeTable(join(dir, sourcesFile), SOURCE_COLUMNS, briefing.sources, index, tableOptions);
  const conflicts = listConflictRows(briefing.fields);
  await writeTable(join(dir, conflictsFile), CONFLICT_COLUMNS, conflicts, index, tableOptions);
  return [...CSV_FILES];
}
