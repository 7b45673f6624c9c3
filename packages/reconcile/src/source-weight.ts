import type { SourceKind, SourceRecord } from '@dealbrief/core';

/**
 * Prior weight of a source by its kind: official statements above wire and news above opinion and
 * blogs; an unknown kind in between. A `weight` on the source (from `sources.json`) overrides it.
 */
export const KIND_PRIORS: Readonly<Record<SourceKind, number>> = {
  government: 0.95,
  'press-release': 0.9,
  wire: 0.8,
  news: 0.7,
  unknown: 0.55,
  opinion: 0.4,
  blog: 0.35,
};

/** The prior weight of a source, 0..1. */
export function priorOf(source: SourceRecord | undefined): number {
  if (source === undefined) return KIND_PRIORS.unknown;
  return source.weight ?? KIND_PRIORS[source.kind];
}
