import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { prettyJsonPieces, writeJson } from './write-json.js';

const work = mkdtempSync(join(tmpdir(), 'dealbrief-json-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('writeJson', () => {
  it('gives exactly what JSON.stringify(value, null, 2) gives, for any JSON value', () => {
    fc.assert(
      fc.property(fc.oneof(fc.jsonValue(), fc.dictionary(fc.string(), fc.jsonValue())), (value) => {
        expect([...prettyJsonPieces(value)].join('')).toBe(JSON.stringify(value, null, 2));
      }),
      { numRuns: 500, seed: 7 },
    );
  });

  it('leaves out what JSON.stringify leaves out, and writes null for holes in arrays', () => {
    const value = { a: undefined, b: [1, undefined, () => 1], c: { d: undefined }, e: new Date(0), f: [] };
    expect([...prettyJsonPieces(value)].join('')).toBe(JSON.stringify(value, null, 2));
  });

  it('writes a large briefing-like value with a trailing newline, in many pieces', async () => {
    const claims = Array.from({ length: 20_000 }, (_, i) => ({ id: `c${i}`, text: 'x'.repeat(80), n: i }));
    const value = { schemaVersion: 1, claims, fields: [{ key: 'k', members: [] }] };
    const file = join(work, 'big.json');
    await writeJson(file, value);
    expect(readFileSync(file, 'utf8')).toBe(`${JSON.stringify(value, null, 2)}\n`);
    expect([...prettyJsonPieces(value)].length).toBeGreaterThan(20_000);
  });

  it('writes every script byte for byte across the many chunks of a large value', async () => {
    const texts = ['엔비디아 GPU 26만 장', 'Grafikprozessoren für Südkorea', 'Gyeongju “APEC”', '🚀 emoji'];
    const claims = Array.from({ length: 5_000 }, (_, i) => ({ id: `c${i}`, text: texts[i % texts.length] }));
    const file = join(work, 'scripts.json');
    await writeJson(file, { claims });
    expect(readFileSync(file, 'utf8')).toBe(`${JSON.stringify({ claims }, null, 2)}\n`);
  });

  it("rejects with the file system's error when the folder is missing", async () => {
    await expect(writeJson(join(work, 'missing', 'briefing.json'), { a: 1 })).rejects.toMatchObject({
      code: 'ENOENT',
    });
  });
});
