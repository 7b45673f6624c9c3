import { type Briefing, type Claim, collectFieldClaimIds } from '@dealbrief/core';

/** The Evidence sheet's claims in sheet order, and where each claim and each field's block starts. */
export interface EvidenceOrder {
  /** Claims grouped by field (in briefing field order, unknown fields last by name), then by id. */
  claims: readonly Claim[];
  /** Claim id → its Evidence row (1-based, the header is row 1); the first claim wins when ids repeat. */
  rows: ReadonlyMap<string, number>;
  /** Field key → the Evidence row of the first claim of its block. */
  blocks: ReadonlyMap<string, number>;
}

function compareText(a: string, b: string): number {
  if (a === b) return 0;
  return a < b ? -1 : 1;
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/** Where the run that starts at `from` ends: the first digit (`digits` false) or non-digit (true). */
function runEnd(text: string, from: number, digits: boolean): number {
  let at = from;
  while (at < text.length && isDigit(text.charCodeAt(at)) === digits) at++;
  return at;
}

/** Compares `a[i, ie)` with `b[j, je)` by UTF-16 code units, a prefix first. */
function compareSlices(a: string, i: number, ie: number, b: string, j: number, je: number): number {
  const n = Math.min(ie - i, je - j);
  for (let k = 0; k < n; k++) {
    const x = a.charCodeAt(i + k);
    const y = b.charCodeAt(j + k);
    if (x !== y) return x < y ? -1 : 1;
  }
  return ie - i - (je - j);
}

/** Compares two runs of digits as numbers, then (same number) by their text, `02` before `2`. */
function compareDigitRuns(a: string, i: number, ie: number, b: string, j: number, je: number): number {
  let x = i;
  while (x < ie - 1 && a.charCodeAt(x) === 48) x++;
  let y = j;
  while (y < je - 1 && b.charCodeAt(y) === 48) y++;
  if (ie - x !== je - y) return ie - x - (je - y);
  return compareSlices(a, x, ie, b, y, je) || compareSlices(a, i, ie, b, j, je);
}

/** Compares two different ids run by run (text, digits, text, …); see {@link compareIds}. */
function compareRuns(a: string, b: string): number {
  let i = 0;
  let j = 0;
  for (let digits = false; ; digits = !digits) {
    const ie = runEnd(a, i, digits);
    const je = runEnd(b, j, digits);
    const order = digits ? compareDigitRuns(a, i, ie, b, j, je) : compareSlices(a, i, ie, b, j, je);
    if (order !== 0) return order;
    // Equal runs: both ids end here, or both go on with a run of the other kind.
    if (ie === a.length || je === b.length) return ie === a.length ? (je === b.length ? 0 : -1) : 1;
    i = ie;
    j = je;
  }
}

/**
 * Compares ids so that runs of digits count as numbers (`002-gpu_total-2` before `002-gpu_total-10`)
 * and everything else by UTF-16 code units: deterministic, independent of locale and ICU. The ids are
 * compared run by run (text, digits, text, …): a shorter text run that is a prefix of the other comes
 * first, digit runs compare by value, then by text (`02` before `2`), and when one id runs out of runs
 * the one with fewer runs comes first. It reads the ids in place (no splitting): sorting a million
 * claims calls it millions of times. Where two ids first differ in two non-digits, or inside digit runs
 * of the same length, that character decides (all runs before it are equal), without the run scan.
 */
export function compareIds(a: string, b: string): number {
  if (a === b) return 0;
  const common = Math.min(a.length, b.length);
  let at = 0;
  while (at < common && a.charCodeAt(at) === b.charCodeAt(at)) at++;
  if (at < common) {
    const x = a.charCodeAt(at);
    const y = b.charCodeAt(at);
    const xDigit = isDigit(x);
    if (xDigit === isDigit(y) && (!xDigit || runEnd(a, at, true) === runEnd(b, at, true)))
      return x < y ? -1 : 1;
  }
  return compareRuns(a, b);
}

/**
 * Orders the Evidence sheet so the rows of one field are contiguous: by field in the briefing's field
 * order (claims of fields the briefing lacks come last, by field key), then by claim id
 * ({@link compareIds}). The sort is stable, so the result depends only on the briefing. The claims are
 * first dealt into one block per field (in briefing order), so only the ids within a block are compared.
 *
 * The blocks are counted first and then filled in place in the one array the sheet is written from,
 * instead of growing an array per field: past 128 KB (16,384 claims) each array V8 grows is a large
 * object, which only a full mark-compact frees, and growing them left about 20 MB of such garbage at a
 * million claims, held through the whole export.
 *
 * `rows` holds every claim's row, or with `linked` only the rows of those claim ids (what the other
 * sheets link to; a million-claim Evidence sheet then needs no million-entry map).
 */
export function orderEvidence(
  briefing: Pick<Briefing, 'claims' | 'fields'>,
  linked?: ReadonlySet<string>,
): EvidenceOrder {
  interface Block {
    /** How many claims the block holds, then (while the claims are dealt) where its next one goes. */
    size: number;
    next: number;
    /** The id of the block's latest claim, and whether the claims came in id order (then no sort). */
    last: string | undefined;
    sorted: boolean;
  }
  const byField = new Map<string, Block>();
  const addBlock = (key: string): Block => {
    const block: Block = { size: 0, next: 0, last: undefined, sorted: true };
    byField.set(key, block);
    return block;
  };
  for (const field of briefing.fields) {
    if (!byField.has(field.field)) addBlock(field.field);
  }
  const known = byField.size;
  for (const claim of briefing.claims) {
    const block = byField.get(claim.field) ?? addBlock(claim.field);
    // Checked while the previous claim of the block is fresh in the cache: claims mostly come in order.
    if (block.sorted && block.last !== undefined && compareIds(block.last, claim.id) > 0)
      block.sorted = false;
    block.last = claim.id;
    block.size++;
  }
  const unknown = [...byField.keys()].slice(known).sort(compareText);
  const keys = [...byField.keys()].slice(0, known).concat(unknown);
  let at = 0;
  for (const key of keys) {
    const block = byField.get(key)!;
    block.next = at;
    at += block.size;
  }
  const claims: Claim[] = new Array(briefing.claims.length);
  for (const claim of briefing.claims) claims[byField.get(claim.field)!.next++] = claim;
  const rows = new Map<string, number>();
  const blocks = new Map<string, number>();
  const wanted = (id: string) => linked === undefined || linked.has(id);
  at = 0;
  for (const key of keys) {
    const { size, sorted } = byField.get(key)!;
    const end = at + size;
    if (!sorted) {
      // A stable sort of the block's copy, written back; blocks already in order are left as they are.
      const block = claims.slice(at, end).sort((a, b) => compareIds(a.id, b.id));
      for (let i = 0; i < size; i++) claims[at + i] = block[i]!;
    }
    if (size > 0) blocks.set(key, at + 2);
    for (; at < end; at++) {
      const id = claims[at]!.id;
      if (wanted(id) && !rows.has(id)) rows.set(id, at + 2);
    }
  }
  return { claims, rows, blocks };
}

/**
 * The claim ids the other sheets look up: every id a field or member lists as supporting, dissenting
 * or consistent (links, notes, citations, conflicts), and every quote claim (the Quotes sheet links
 * each to its Evidence row).
 */
export function collectLinkedClaims(briefing: Pick<Briefing, 'claims' | 'fields'>): Set<string> {
  const ids = collectFieldClaimIds(briefing.fields);
  for (const claim of briefing.claims) if (claim.value.type === 'quote') ids.add(claim.id);
  return ids;
}
