/** Share of the facts two sources must have in common to tell one story. */
export const MIN_JACCARD = 0.7;
/** How many facts two sources must share before they can be one story. */
export const MIN_SHARED = 5;
/** Share of the shared facts that must come in the same order. */
const MIN_ORDER = 0.8;

/** How two sources compare (see {@link createStoryComparer}). */
export type StoryVerdict = 'same' | 'reordered' | 'unlike';

/**
 * Length of the longest increasing subsequence of `values` (patience sorting, O(k log k)), with `tails`
 * as scratch space at least as long as `values`.
 */
function longestIncreasing(values: Int32Array, length: number, tails: Int32Array): number {
  let size = 0;
  for (let i = 0; i < length; i++) {
    const v = values[i]!;
    let low = 0;
    let high = size;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (tails[mid]! < v) low = mid + 1;
      else high = mid;
    }
    tails[low] = v;
    if (low === size) size++;
  }
  return size;
}

/**
 * A comparer of numbered fact sequences (from `numberFacts`, `factCount` facts). Two sources tell
 * the same story when they share at least {@link MIN_SHARED} facts, their Jaccard similarity is at least
 * {@link MIN_JACCARD}, and at least {@link MIN_ORDER} of the shared facts come in the same order: the
 * longest common subsequence of the shared facts, which for sequences without repeats is the longest
 * increasing run of the second source's positions read in the first source's order.
 *
 * The verdict is `same`, `reordered` when only the order tells them apart (the costly case, worth
 * remembering), or `unlike` when too few facts are shared (cheap to tell again).
 */
export function createStoryComparer(factCount: number): (a: Int32Array, b: Int32Array) => StoryVerdict {
  const stampOf = new Int32Array(factCount); // which comparison last marked the fact
  const positionOf = new Int32Array(factCount); // its position in that comparison's second sequence
  let positions = new Int32Array(16);
  let tails = new Int32Array(16);
  let stamp = 0;
  return (a, b) => {
    stamp += 1;
    for (let j = 0; j < b.length; j++) {
      stampOf[b[j]!] = stamp;
      positionOf[b[j]!] = j;
    }
    if (positions.length < a.length) {
      positions = new Int32Array(a.length);
      tails = new Int32Array(a.length);
    }
    let shared = 0;
    for (const n of a) if (stampOf[n] === stamp) positions[shared++] = positionOf[n]!;
    if (shared < MIN_SHARED || shared / (a.length + b.length - shared) < MIN_JACCARD) return 'unlike';
    return longestIncreasing(positions, shared, tails) / shared >= MIN_ORDER ? 'same' : 'reordered';
  };
}
