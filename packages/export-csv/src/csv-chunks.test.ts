import { type Briefing, CLAIM_COLUMNS, indexBriefing } from '@dealbrief/core';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { CHUNK_CHARS, csvChunks } from './csv-chunks.js';
import { TEST_BRIEFING } from './test-briefing.js';

/** Characters at which V8 makes a two-byte string a large object (128 KB). */
const LARGE_OBJECT_CHARS = 64 * 1024;

/** Claims whose cells carry Korean text, quotes and commas, so quoting lengthens the serialised rows. */
function manyClaims(count: number, exact: (i: number) => string): Briefing {
  const template = TEST_BRIEFING.claims[0]!;
  const claims = Array.from({ length: count }, (_, i) => ({
    ...template,
    id: `000-gpu_total-${i + 1}`,
    citation: { ...template.citation, exact: exact(i) },
  }));
  return { ...TEST_BRIEFING, claims };
}

function chunksOf(briefing: Briefing): string[] {
  return [...csvChunks(CLAIM_COLUMNS, briefing.claims, indexBriefing(briefing))];
}

describe('csvChunks', () => {
  it('joins to the whole table, header first, whatever the chunk sizes', () => {
    const briefing = manyClaims(5000, (i) => `"${i}만 장", 엔비디아 GPU ${'가'.repeat(i % 90)}`);
    const chunks = chunksOf(briefing);
    const parsed = Papa.parse<string[]>(chunks.join(''), { skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.data[0]).toEqual(CLAIM_COLUMNS.map((c) => c.header));
    expect(parsed.data.slice(1).map((row) => row[0])).toEqual(briefing.claims.map((c) => c.id));
    expect(parsed.data[1]![11]).toBe('"0만 장", 엔비디아 GPU ');
    expect(chunks.every((chunk) => chunk.endsWith('\r\n'))).toBe(true);
  });

  it('keeps every chunk of a large table far below the size V8 allocates as a large object', () => {
    const chunks = chunksOf(manyClaims(20_000, (i) => `"엔비디아", ${'가'.repeat(40 + (i % 60))}`));
    expect(chunks.length).toBeGreaterThan(20);
    for (const chunk of chunks) expect(chunk.length).toBeLessThan(LARGE_OBJECT_CHARS / 2);
    expect(Math.max(...chunks.map((c) => c.length))).toBeGreaterThan(CHUNK_CHARS / 2);
  });

  it('ends a chunk right after a row longer than the bound, and keeps that row whole', () => {
    const long = 'x'.repeat(CHUNK_CHARS * 3);
    const chunks = chunksOf(manyClaims(3, (i) => (i === 1 ? long : 'short')));
    const rows = chunks.map((chunk) => Papa.parse<string[]>(chunk, { skipEmptyLines: true }).data);
    expect(rows.map((chunk) => chunk.map((row) => row[0]))).toEqual([
      ['id'],
      ['000-gpu_total-1', '000-gpu_total-2'],
      ['000-gpu_total-3'],
    ]);
    expect(rows[1]![1]![11]).toBe(long);
  });
});
