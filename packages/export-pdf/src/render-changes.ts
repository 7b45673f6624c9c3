import { type Briefing, describeChanges } from '@dealbrief/core';
import { addGap, type Doc, ensureSpace, STYLE, writeHanging, writeText } from './text-blocks.js';

/** The heading of the section, without the previous run: "Changes since …". */
export const CHANGES_HEADING = 'Changes since';

/**
 * Writes "Changes since <previous run> (as of <date>)": one line per field found, lost or changed,
 * then new, edited and removed sources and the count of new and gone claims; "No changes." when
 * nothing a reader would notice changed. Writes nothing for a briefing without a previous run.
 */
export function renderChanges(doc: Doc, briefing: Briefing): void {
  const { changes } = briefing;
  if (changes === undefined) return;
  ensureSpace(doc, 80);
  const previous =
    changes.previous.runId === undefined ? 'the previous run' : `run ${changes.previous.runId}`;
  writeText(doc, `${CHANGES_HEADING} ${previous} (as of ${changes.previous.asOf})`, STYLE.heading);
  addGap(doc, 0.4);
  const lines = describeChanges(changes);
  if (lines.length === 0) writeText(doc, 'No changes.', STYLE.body);
  for (const line of lines) writeHanging(doc, '•', line, STYLE.body);
  addGap(doc, 1);
}
