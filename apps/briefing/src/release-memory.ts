import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/** Runs with more claims than this collect their garbage between stages. */
export const RELEASE_MEMORY_CLAIMS = 20_000;

let collect: (() => void) | null | undefined;

/**
 * A full garbage collection between two stages of a large run (more than {@link RELEASE_MEMORY_CLAIMS}
 * claims), so the next stage starts from the live data only. V8 grows its heap to about twice what is
 * live before it collects, and each stage leaves hundreds of megabytes of garbage (parsed documents,
 * reconciliation's scratch, exported rows): without this a 10,000-source run peaks far above what it
 * holds. Node exposes `gc()` only behind a flag; it is switched on here, once, for a context of its own.
 * Smaller runs, and a runtime that refuses the flag, skip it.
 */
export function releaseMemory(claims: number): void {
  if (claims <= RELEASE_MEMORY_CLAIMS) return;
  if (collect === undefined) {
    try {
      setFlagsFromString('--expose-gc');
      collect = runInNewContext('gc') as () => void;
    } catch {
      collect = null;
    }
  }
  collect?.();
}
