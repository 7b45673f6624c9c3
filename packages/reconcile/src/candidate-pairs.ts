import { BANDS, bandKeys, hashFact, signatureOfHashes } from './min-hash.js';
import { type NumberedFacts, numberFacts } from './number-facts.js';

/** The exact check's thresholds, which bound what can be a candidate, and the bucket cap. */
export interface CandidateOptions {
  /** Jaccard similarity a pair needs to pass the exact check. */
  minJaccard: number;
  /** Facts a pair must share to pass the exact check; smaller sets are never candidates. */
  minShared: number;
  /** Largest bucket compared pair by pair; larger ones are joined by prefix filtering. */
  bucketCap?: number;
  /**
   * The group set `i` is in so far, when the caller joins sets into groups as it goes (a union-find
   * root). A pair of sets in one group is not visited, and the prefix join skips such sets wholesale.
   * Groups may only ever merge. Default: every set is a group of its own.
   */
  groupOf?: (i: number) => number;
}

/** Largest LSH bucket whose members are compared pair by pair (at most 496 pairs). */
export const BUCKET_CAP = 32;

/** Slack for floating-point thresholds: it only ever lengthens a prefix or keeps a pair. */
const EPSILON = 1e-9;

/**
 * Pairs of sets (indexes `[i, j]`, `i < j`, sorted) that may have a Jaccard similarity of at least
 * `minJaccard` and at least `minShared` common facts: MinHash + LSH banding ({@link BANDS} bands, see
 * min-hash.ts for the S-curve), compared within each band's buckets only. Exact pruning on top: sets
 * smaller than `minShared` are left out, and a pair whose sizes differ by more than the threshold allows
 * (min/max < minJaccard, an upper bound of their Jaccard) is dropped.
 *
 * A bucket larger than `bucketCap` (typically many sources whose band minima are all facts nearly every
 * source states, such as `vendor|entity:nvidia`) is not expanded pair by pair: the members of every such
 * bucket, of all bands, are joined once by prefix filtering instead ({@link prefixJoin}), which yields
 * every pair of them with Jaccard ≥ `minJaccard`. The cap therefore changes how much work a bucket
 * costs, never which true pairs it yields. Below the cap a band costs at most `bucketCap / 2`
 * comparisons per set.
 */
export function findCandidatePairs(
  sets: readonly (readonly string[])[],
  options: CandidateOptions,
): [number, number][] {
  const seen = new Set<number>();
  const pairs: [number, number][] = [];
  forEachCandidatePair(numberFacts(sets.map((set) => [...new Set(set)])), options, (a, b) => {
    const key = a * sets.length + b;
    if (seen.has(key)) return;
    seen.add(key);
    pairs.push([a, b]);
  });
  return pairs.sort((p, q) => p[0] - q[0] || p[1] - q[1]);
}

/**
 * The candidate pairs of {@link findCandidatePairs} handed to `visit(a, b)` (`a < b`) one by one as they
 * are found, without collecting them: a pair may come more than once (from several bands). A caller that
 * joins sets into groups passes `groupOf`, and pairs whose sets are already joined are never visited, so a
 * corpus where thousands of sources tell one story costs one check per source and candidate, not one per
 * pair kept in memory.
 * The sets come numbered ({@link numberFacts}: each set's distinct facts as numbers, and each number's
 * text, which MinHash hashes and the prefix join's order falls back on).
 */
export function forEachCandidatePair(
  { numbered: sets, facts }: NumberedFacts,
  options: CandidateOptions,
  visit: (a: number, b: number) => void,
): void {
  const { minJaccard, minShared, bucketCap = BUCKET_CAP, groupOf = (i: number) => i } = options;
  const sizes = sets.map((set) => set.length);
  const eligible = sets.map((_, i) => i).filter((i) => sizes[i]! >= minShared);
  const hashes = Uint32Array.from(facts, hashFact);
  const keys = eligible.map((i) => bandKeys(signatureOfHashes(sets[i]!.map((n) => hashes[n]!))));
  const emit = (i: number, j: number): void => {
    const a = i < j ? i : j;
    const b = i < j ? j : i;
    const small = Math.min(sizes[a]!, sizes[b]!);
    const large = Math.max(sizes[a]!, sizes[b]!);
    if (small < minJaccard * large - EPSILON || groupOf(a) === groupOf(b)) return;
    visit(a, b);
  };
  // Members of oversized buckets, of any band: prefix-joined once at the end, not once per band.
  const crowded = new Set<number>();
  for (let band = 0; band < BANDS; band++) {
    const buckets = new Map<number, number[]>();
    eligible.forEach((source, k) => {
      const key = keys[k]![band]! | 0; // int32: a small integer in V8, where half of the uint32 keys would be boxed
      const bucket = buckets.get(key);
      if (bucket) bucket.push(source);
      else buckets.set(key, [source]);
    });
    for (const bucket of buckets.values()) {
      if (bucket.length < 2) continue;
      if (bucket.length <= bucketCap) {
        for (let x = 0; x < bucket.length; x++)
          for (let y = x + 1; y < bucket.length; y++) emit(bucket[x]!, bucket[y]!);
      } else {
        for (const member of bucket) crowded.add(member);
      }
    }
  }
  if (crowded.size >= 2)
    prefixJoin([...crowded], indexPrefixes(sets, facts, minJaccard, minShared), emit, groupOf);
}

/**
 * Per set, the facts in a global order (rarest first) cut to its indexing and probing prefixes. A fact
 * is named by its rank in that order, so the join below indexes arrays, not maps of strings.
 */
interface PrefixIndex {
  /** The Jaccard threshold and the least overlap the prefixes were cut for. */
  t: number;
  minShared: number;
  /** How many facts there are (ranks run from 0 to factCount − 1). */
  factCount: number;
  size: readonly number[];
  index: readonly Int32Array[];
  probe: readonly Int32Array[];
}

/**
 * Orders every fact by how many sets state it (rarest first, then by text), and cuts each set to
 * prefixes (PPJoin). Let o be the overlap of sets x and y with |x| ≤ |y| and Jaccard ≥ t. Then
 * o ≥ t(|x| + |y|)/(1 + t) ≥ 2t|x|/(1 + t), o ≥ t|y|, and o ≥ minShared. The first shared fact in the
 * global order is preceded only by unshared facts, so it lies within the first |x| − o + 1 facts of x
 * (the indexing prefix, with o bounded from below as above) and the first |y| − o + 1 of y (the probing
 * prefix). A fact nearly every set states sorts last and so rarely enters a prefix.
 */
function indexPrefixes(
  sets: readonly Int32Array[],
  facts: readonly string[],
  t: number,
  minShared: number,
): PrefixIndex {
  const frequency = new Int32Array(facts.length);
  for (const set of sets) for (const n of set) frequency[n]! += 1;
  const byRarity = facts
    .map((_, n) => n)
    .sort((a, b) => frequency[a]! - frequency[b]! || (facts[a]! < facts[b]! ? -1 : 1));
  const rank = new Int32Array(facts.length);
  byRarity.forEach((n, r) => {
    rank[n] = r;
  });
  const size: number[] = [];
  const index: Int32Array[] = [];
  const probe: Int32Array[] = [];
  for (const set of sets) {
    const ordered = set.length >= minShared ? set.map((n) => rank[n]!).sort() : new Int32Array(0);
    const n = ordered.length;
    const indexOverlap = Math.max(minShared, Math.ceil((2 * t * n) / (1 + t) - EPSILON));
    const probeOverlap = Math.max(minShared, Math.ceil(t * n - EPSILON));
    size.push(n);
    index.push(ordered.subarray(0, Math.max(0, n - indexOverlap + 1)));
    probe.push(ordered.subarray(0, Math.max(0, n - probeOverlap + 1)));
  }
  return { t, minShared, factCount: facts.length, size, index, probe };
}

/** Postings of one fact from sets that were in one group when they were indexed (the group of `member`). */
interface PostingBlock {
  member: number;
  /** [set, position, set, position, …], sets in the order they were indexed: by size, smallest first. */
  entries: number[];
  /** Where the entries of sets large enough for the current probe begin (length filter). */
  start: number;
}

/**
 * Emits every pair of the bucket's sets with Jaccard ≥ t (and some below it), except pairs already in one
 * group: sets in increasing size
 * probe the indexing prefixes of the smaller or equal ones seen before them with their probing prefix.
 * Positional filtering (PPJoin) drops a pair as soon as the facts left after a shared one cannot lift
 * the overlap to what Jaccard ≥ t needs: with the global order, every shared fact before position i of
 * y lies in x's indexing prefix too, so the count so far is exact and count + 1 + min(|y| − i − 1,
 * |x| − j − 1) bounds the overlap from above.
 *
 * A fact's postings are kept in blocks, one per group the sets were in when indexed. Groups only merge,
 * so every set of a block is still in its member's group: a probe skips the block of its own group at
 * once. Where thousands of sources tell one story, that is most postings.
 *
 * Length filter: a set x smaller than t|y| has Jaccard at most |x|/|y| < t with y. A block's sets come in
 * increasing size and so do the probes, so each block keeps where its large-enough sets begin and only
 * ever moves that start forward.
 */
function prefixJoin(
  bucket: readonly number[],
  prefixes: PrefixIndex,
  emit: (i: number, j: number) => void,
  groupOf: (i: number) => number,
): void {
  const { size, t, minShared } = prefixes;
  const postings: (Map<number, PostingBlock> | undefined)[] = new Array(prefixes.factCount); // group when indexed → block
  const ordered = [...bucket].sort((a, b) => size[a]! - size[b]! || a - b);
  // The overlap of each candidate x of the current y (-1: dropped), valid where seenBy[x] is y's turn.
  const overlap = new Int32Array(size.length);
  const seenBy = new Int32Array(size.length);
  const candidates: number[] = [];
  ordered.forEach((y, turn) => {
    candidates.length = 0;
    const sy = size[y]!;
    const group = groupOf(y);
    const probe = prefixes.probe[y]!;
    for (let i = 0; i < probe.length; i++) {
      const blocks = postings[probe[i]!];
      if (blocks === undefined) continue;
      for (const block of blocks.values()) {
        if (groupOf(block.member) === group) continue;
        const entries = block.entries;
        while (block.start < entries.length && size[entries[block.start]!]! < t * sy - EPSILON)
          block.start += 2;
        for (let k = block.start; k < entries.length; k += 2) {
          const x = entries[k]!;
          if (seenBy[x] !== turn + 1) {
            seenBy[x] = turn + 1;
            overlap[x] = 0;
            candidates.push(x);
          }
          const count = overlap[x]!;
          if (count < 0) continue;
          const sx = size[x]!;
          const needed = Math.max(minShared, Math.ceil((t / (1 + t)) * (sx + sy) - EPSILON));
          const bound = count + 1 + Math.min(sy - i - 1, sx - entries[k + 1]! - 1);
          overlap[x] = bound >= needed ? count + 1 : -1;
        }
      }
    }
    for (const x of candidates) if (overlap[x]! > 0) emit(x, y);
    const indexedIn = groupOf(y); // the emits may have joined y to others
    const index = prefixes.index[y]!;
    for (let j = 0; j < index.length; j++) {
      let blocks = postings[index[j]!];
      if (blocks === undefined) {
        blocks = new Map();
        postings[index[j]!] = blocks;
      }
      const block = blocks.get(indexedIn);
      if (block) block.entries.push(y, j);
      else blocks.set(indexedIn, { member: y, entries: [y, j], start: 0 });
    }
  });
}
