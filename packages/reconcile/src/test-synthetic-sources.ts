import type { Claim, SourceRecord } from '@dealbrief/core';

/** A deterministic pseudo-random generator (mulberry32) for synthetic test data. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The items in a random order (Fisher–Yates). */
export function shuffled<T>(items: readonly T[], random: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/** A synthetic source: its record and its facts, named as findWitnessGroups names them (`field|value key`: `fact|text:…`). */
export interface SyntheticSource {
  record: SourceRecord;
  facts: string[];
}

/** A news source with the given facts, in English unless told. */
export function syntheticSource(id: string, facts: string[], language: 'en' | 'de' = 'en'): SyntheticSource {
  return {
    record: {
      id,
      file: `${id}.txt`,
      sha256: '0'.repeat(64),
      bytes: 1,
      languages: [language],
      kind: 'news',
      status: 'ok',
    },
    facts: facts.map((f) => `fact|text:${f}`),
  };
}

/** One claim per fact, in the source's order, so that findWitnessGroups reads back `facts`. */
export function claimsOf(sources: readonly SyntheticSource[]): Claim[] {
  return sources.flatMap(({ record, facts }) =>
    facts.map((fact, i) => ({
      id: `${record.id}-${i}`,
      field: 'fact',
      value: { type: 'text' as const, text: fact.slice('fact|text:'.length) },
      display: '',
      source: record.id,
      citation: { start: 0, end: 1, exact: 'x', prefix: '', suffix: '', line: 1, column: 1 },
      rule: 'test',
      confidence: 0.9,
    })),
  );
}

/**
 * A monitoring desk's day: `count` sources that all state the deal's common facts (Nvidia, the date,
 * the venue, the GPU total), some popular ones, and their own; `pairs` of them also come as a German
 * translation that swaps two neighbouring facts and replaces one. Returns the sources and the planted
 * pairs' ids.
 */
export function syntheticDesk(
  count: number,
  pairs: number,
  seed = 7,
): {
  sources: SyntheticSource[];
  planted: [string, string][];
} {
  const random = seededRandom(seed);
  const common = ['nvidia', '2025-10-31', 'gyeongju', '260000'];
  const sources: SyntheticSource[] = [];
  const planted: [string, string][] = [];
  let next = 0;
  const id = () => `s${String(next++).padStart(5, '0')}`;
  while (sources.length < count) {
    const facts = [...common];
    for (let p = 0; p < 40; p++) if (random() < 0.15) facts.push(`popular-${p}`);
    const own = 4 + Math.floor(random() * 7);
    for (let k = 0; k < own; k++) facts.push(`rare-${Math.floor(random() * 20000)}`);
    const unique = shuffled([...new Set(facts)], random);
    const original = syntheticSource(id(), unique);
    sources.push(original);
    if (planted.length < pairs && sources.length < count && random() < (2 * pairs) / count) {
      const translated = [...unique];
      const at = 1 + Math.floor(random() * (translated.length - 2));
      [translated[at - 1], translated[at]] = [translated[at]!, translated[at - 1]!];
      translated[translated.length - 1] = `replaced-${planted.length}`;
      const copy = syntheticSource(id(), translated, 'de');
      sources.push(copy);
      planted.push([original.record.id, copy.record.id]);
    }
  }
  return { sources, planted };
}
