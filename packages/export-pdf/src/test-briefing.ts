import { readFile } from 'node:fs/promises';
import { type Briefing, BriefingSchema } from '@dealbrief/core';

/** The shared sample briefing (`fixtures/briefing/sample-briefing.json`), validated by its schema. */
export const TEST_BRIEFING: Briefing = BriefingSchema.parse(
  JSON.parse(
    await readFile(new URL('../../../fixtures/briefing/sample-briefing.json', import.meta.url), 'utf8'),
  ),
);
