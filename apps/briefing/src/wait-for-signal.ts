/** The signals that end `dealbrief serve` and `dealbrief schedule` cleanly. */
export const STOP_SIGNALS = ['SIGTERM', 'SIGINT'] as const;

/** A stop signal that arrived. */
export type StopSignal = (typeof STOP_SIGNALS)[number];

/**
 * Resolves with the first SIGTERM or SIGINT the process receives (or when `stop` is aborted), and
 * removes its handlers again, so a second signal gets Node's default behaviour.
 */
export function waitForStopSignal(stop?: AbortSignal): Promise<StopSignal | 'abort'> {
  return new Promise((resolve) => {
    const finish = (how: StopSignal | 'abort') => {
      for (const signal of STOP_SIGNALS) process.off(signal, handlers[signal]);
      stop?.removeEventListener('abort', onAbort);
      resolve(how);
    };
    const handlers = { SIGTERM: () => finish('SIGTERM'), SIGINT: () => finish('SIGINT') };
    const onAbort = () => finish('abort');
    for (const signal of STOP_SIGNALS) process.once(signal, handlers[signal]);
    if (stop?.aborted) finish('abort');
    else stop?.addEventListener('abort', onAbort);
  });
}
