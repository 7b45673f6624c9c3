import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inflateRawSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { WHOLE_FILE_LIMIT, writeZip } from './write-zip.js';

const work = mkdtempSync(join(tmpdir(), 'dealbrief-zip-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Each entry's name and inflated bytes, read with node:zlib from the central directory (independent of yazl). */
function readEntries(zip: Buffer): Map<string, Buffer> {
  const eocd = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const count = zip.readUInt16LE(eocd + 10);
  let at = zip.readUInt32LE(eocd + 16);
  const entries = new Map<string, Buffer>();
  for (let i = 0; i < count; i++) {
    const method = zip.readUInt16LE(at + 10);
    const compressed = zip.readUInt32LE(at + 20);
    const nameLength = zip.readUInt16LE(at + 28);
    const skip = nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
    const local = zip.readUInt32LE(at + 42);
    const name = zip.toString('utf8', at + 46, at + 46 + nameLength);
    const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    const data = zip.subarray(start, start + compressed);
    entries.set(name, method === 8 ? inflateRawSync(data) : Buffer.from(data));
    at += 46 + skip;
  }
  return entries;
}

describe('writeZip', () => {
  it('streams a file over the limit and reads it whole below, with the same content back, byte-stable', async () => {
    const line = 'claim,field,value,“Korean 엔비디아”\r\n';
    const big = Buffer.from(line.repeat(Math.ceil((WHOLE_FILE_LIMIT + 1024) / Buffer.byteLength(line))));
    expect(big.length).toBeGreaterThan(WHOLE_FILE_LIMIT);
    writeFileSync(join(work, 'claims.csv'), big);
    writeFileSync(join(work, 'run.json'), '{"small": true}\n');
    const names = ['run.json', 'claims.csv'];
    await writeZip(work, names, join(work, 'a.zip'), '2025-11-05');
    await writeZip(work, names, join(work, 'b.zip'), '2025-11-05');
    const zip = readFileSync(join(work, 'a.zip'));
    expect(zip.equals(readFileSync(join(work, 'b.zip')))).toBe(true);
    const entries = readEntries(zip);
    expect([...entries.keys()]).toEqual(names);
    expect(entries.get('claims.csv')?.equals(big)).toBe(true);
    expect(entries.get('run.json')?.toString()).toBe('{"small": true}\n');
    expect(zip.length).toBeLessThan(big.length / 10);
  });
});
