import { CodePointIndex, sourceIdFromFile } from '@dealbrief/core';
import type { Gold } from './gold-schema.js';
import { locateQuote } from './locate-quote.js';
import type { GoldTarget } from './match-claim.js';

/** The gold claims ready for matching, and what could not be located. */
export interface GoldTargets {
  targets: GoldTarget[];
  /** Ids of the sources the gold labels (from its `sources` keys and its claims). */
  sources: Set<string>;
  /** Gold claims whose source was not read, or whose quote does not occur in it (they can only be missed). */
  problems: string[];
}

/**
 * Turns the gold's claims into {@link GoldTarget}s: source file name → source id, and every occurrence of
 * the quote located in that source's text (`texts` maps source ids to decoded texts).
 */
export function buildGoldTargets(gold: Gold, texts: ReadonlyMap<string, string>): GoldTargets {
  const indexes = new Map<string, CodePointIndex>();
  const problems: string[] = [];
  const sources = new Set(Object.keys(gold.sources).map(sourceIdFromFile));
  const targets = gold.claims.map((claim, index): GoldTarget => {
    const source = sourceIdFromFile(claim.source);
    sources.add(source);
    const text = texts.get(source);
    if (text === undefined) {
      problems.push(`gold claim ${index} (${claim.field}): source ${claim.source} was not read`);
      return { index, gold: claim, source, occurrences: [] };
    }
    let codePoints = indexes.get(source);
    if (!codePoints) {
      codePoints = new CodePointIndex(text);
      indexes.set(source, codePoints);
    }
    const occurrences = locateQuote(codePoints, claim.quote);
    if (occurrences.length === 0) {
      problems.push(
        `gold claim ${index} (${claim.field}): quote ${JSON.stringify(claim.quote)} does not occur in ${claim.source}`,
      );
    }
    return { index, gold: claim, source, occurrences };
  });
  return { targets, sources, problems };
}
