import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  type Briefing,
  BriefingSchema,
  type Changes,
  DealbriefError,
  diffBriefings,
  ErrorCode,
} from '@dealbrief/core';

/** Two runs of one output folder and what changed between them. */
export interface RunDiff {
  from: string;
  to: string;
  changes: Changes;
}

/** Reads and validates a run's briefing.json. */
export async function readRunBriefing(outDir: string, runId: string): Promise<Briefing> {
  const file = join(outDir, 'runs', runId, 'briefing.json');
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (cause) {
    throw new DealbriefError(ErrorCode.PackInvalid, `no run "${runId}" in ${outDir} (cannot read ${file})`, {
      file,
      cause,
    });
  }
  const parsed = BriefingSchema.safeParse(JSON.parse(text));
  if (!parsed.success)
    throw new DealbriefError(ErrorCode.PackInvalid, `${file} is not a valid briefing`, { file });
  return parsed.data;
}

/**
 * What changed from run `from` to run `to` of an output folder. `runIds` are the complete runs, oldest
 * first; by default `to` is the last and `from` the one before it.
 */
export async function diffRuns(
  outDir: string,
  runIds: readonly string[],
  from?: string,
  to?: string,
): Promise<RunDiff> {
  const target = to ?? runIds.at(-1);
  if (target === undefined)
    throw new DealbriefError(ErrorCode.PackInvalid, `no runs in ${outDir}`, { file: outDir });
  const before = from ?? runIds[runIds.indexOf(target) - 1];
  if (before === undefined)
    throw new DealbriefError(ErrorCode.PackInvalid, `run ${target} has no earlier run to compare with`, {
      file: outDir,
    });
  const changes = diffBriefings(
    await readRunBriefing(outDir, before),
    await readRunBriefing(outDir, target),
    before,
  );
  return { from: before, to: target, changes };
}
