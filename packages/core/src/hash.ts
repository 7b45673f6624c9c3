import { hash } from 'node:crypto';

/**
 * Lower-case hex sha256 of bytes or a UTF-8 string. One-shot `crypto.hash` (Node ≥ 20.12): no Hash object
 * per call, which cost more than hashing a news article's few kilobytes.
 */
export function sha256Hex(data: Uint8Array | string): string {
  return hash('sha256', data, 'hex');
}
