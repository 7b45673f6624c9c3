import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { sha256Hex } from './hash.js';

describe('sha256Hex', () => {
  it('gives the FIPS 180-2 digests', () => {
    expect(sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(sha256Hex(new Uint8Array())).toBe(
      'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
    );
  });

  it('hashes a string as its UTF-8 bytes, as a streaming Hash does', () => {
    const text = '한국 Nvidia 260,000 GPUs — „Zusage“ 😀';
    const bytes = new TextEncoder().encode(text);
    const expected = createHash('sha256').update(bytes).digest('hex');
    expect(sha256Hex(text)).toBe(expected);
    expect(sha256Hex(bytes)).toBe(expected);
  });
});
