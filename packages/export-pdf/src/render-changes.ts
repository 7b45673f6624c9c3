import { type Briefing, describeChanges } from '@dealbrief/core';
import { NAME_LIMIT, TEXT_LIMIT } from './limits.js';
import { joinWithMore, shortenText } from './shorten-text.js';
import { addGap, type Doc, ensureSpace, STYLE, writeHanging, writeText } from './text-blocks.js';

/** The heading of the section, without the previous run: "Changes since …". */
export const CHANGES_HEADING = 'Changes since';

/**
 * Writes "Changes since <previous run> (as of <date>)": one line per field found, lost or changed,
 * then new, edited and removed sources and the count of new and gone claims; "No changes." when
 * nothing a reader would notice changed. Writes nothing for a briefing without a previous run. A list of
 * sources names at most {@link NAME_LIMIT} ids before "+N more"; any other line longer than
 * {@link TEXT_LIMIT} characters is shortened.
 */
export function renderChanges(doc: Doc, briefing: Briefing): void {
  const { changes } = briefing;
  if (changes === undefined) return;
  ensureSpace(doc, 80);
  const previous =
    changes.previous.runId === undefined ? 'the previous run' : `run ${changes.previous.runId}`;
  writeText(doc, `${CHANGES_HEADING} ${previous} (as of ${changes.previous.asOf})`, STYLE.heading);
  addGap(doc, 0.4);
  const { sources } = changes;
  const lists: [string, readonly string[]][] = [
    ['new sources: ', sources.added],
    ['edited sources: ', sources.changed],
    ['removed sources: ', sources.removed],
  ];
  const lines = describeChanges(changes).map((line) => {
    const list = lists.find(([prefix, ids]) => ids.length > 0 && line === `${prefix}${ids.join(', ')}`);
    return list === undefined
      ? shortenText(line, TEXT_LIMIT)
      : `${list[0]}${joinWithMore(list[1], NAME_LIMIT)}`;
  });
  if (lines.length === 0) writeText(doc, 'No changes.', STYLE.body);
  for (const line of lines) writeHanging(doc, '•', line, STYLE.body);
  addGap(doc, 1);
}
