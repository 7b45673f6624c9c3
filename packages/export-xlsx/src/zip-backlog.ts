import { setImmediate as nextTurn, setTimeout as sleep } from 'node:timers/promises';

/**
 * Bytes of a sheet's XML that may wait to be zipped before the writer lets the zip catch up. Small on
 * purpose: buffers that wait long outlive V8's young generation, and the old generation is only
 * swept by collections that mark the whole heap, briefing included (a million-claim briefing is half
 * a gigabyte). Measured at a million claims: 4 MB took 33 s, 1 MB 20 s, 256–512 KB 17–19 s.
 */
export const MAX_ZIP_BACKLOG = 512 * 1024;

interface BufferedStream {
  _writableState?: { length?: unknown };
  _readableState?: { length?: unknown };
}

function bufferedBytes(state: { length?: unknown } | undefined): number {
  return typeof state?.length === 'number' ? state.length : 0;
}

/**
 * How many bytes of a streamed sheet's XML wait to be compressed, or undefined when that cannot be
 * seen. exceljs's sheet stream hands its data to the zip as fast as the sheet writes it, without
 * backpressure; what has not been compressed yet waits in the stream (a PassThrough archiver puts
 * between the sheet and its deflate stream) the sheet stream pipes to.
 */
export function measureZipBacklog(sheet: object): number | undefined {
  const pipes = (sheet as { stream?: { pipes?: unknown } }).stream?.pipes;
  if (!Array.isArray(pipes)) return undefined;
  let bytes = 0;
  for (const pipe of pipes as BufferedStream[]) {
    bytes += bufferedBytes(pipe._writableState) + bufferedBytes(pipe._readableState);
  }
  return bytes;
}

/**
 * Lets the zip stream work on what the sheet has written: one turn of the event loop (the deflate
 * stream runs in the thread pool and needs the event loop between its chunks), then, while more than
 * {@link MAX_ZIP_BACKLOG} bytes wait, short sleeps until the backlog is below it. Without this the
 * whole sheet's XML piles up in memory (the deflate stream gets a turn only when the writer pauses).
 */
export async function waitForZip(sheet: object): Promise<void> {
  await nextTurn();
  while ((measureZipBacklog(sheet) ?? 0) > MAX_ZIP_BACKLOG) await sleep(1);
}
