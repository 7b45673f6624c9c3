import { type Briefing, describeChanges, diffBriefings } from '@dealbrief/core';
import { readRunBriefing } from './diff-runs.js';
import { readLatestRunId } from './run-history.js';

/**
 * The briefing with `changes` since the latest published run of `outDir`, when there is one whose
 * briefing can be read (a first run, or an unreadable previous pack, gets none). Logs the changes.
 */
export async function attachChanges(
  outDir: string,
  briefing: Briefing,
  log: (line: string) => void,
): Promise<Briefing> {
  const previousId = await readLatestRunId(outDir);
  if (previousId === undefined) return briefing;
  const previous = await readRunBriefing(outDir, previousId).catch(() => undefined);
  if (previous === undefined) {
    log(`note: the latest run ${previousId} cannot be read; no changes are reported`);
    return briefing;
  }
  const changes = diffBriefings(previous, briefing, previousId);
  const lines = describeChanges(changes);
  log(lines.length === 0 ? `no changes since ${previousId}` : `changes since ${previousId}:`);
  for (const line of lines) log(`  ${line}`);
  return { ...briefing, changes };
}
