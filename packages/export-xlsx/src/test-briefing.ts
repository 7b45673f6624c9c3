import { readFile } from 'node:fs/promises';
import { type Briefing, BriefingSchema } from '@dealbrief/core';

/** The shared sample briefing (`fixtures/briefing/sample-briefing.json`), validated by its schema. */
export const TEST_BRIEFING: Briefing = BriefingSchema.parse(
  JSON.parse(
    await readFile(new URL('../../../fixtures/briefing/sample-briefing.json', import.meta.url), 'utf8'),
  ),
);

/** The `=HYPERLINK(` text of the sample's headline claim (source 006). */
export const INJECTED_FORMULA = '=HYPERLINK("https://evil.example/x","Click for the full deal")';
/** The DDE payload in the title of the sample's rejected source 007. */
export const INJECTED_DDE = "+cmd|' /C calc'!A0";
