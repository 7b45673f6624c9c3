import {
  COMPOSES,
  composeForMatching,
  FOLDS,
  foldForMatching,
  markCodeUnits,
  matchingCodes,
  SURROGATE,
} from './text-fold.js';

/** Anything with an id and the ways it is written (a gazetteer entry). */
export interface NamedEntity {
  id: string;
  aliases: readonly string[];
}

/** One place where a known entity is named. Offsets are UTF-16 indices into the searched text. */
export interface EntityMention {
  id: string;
  /** The alias that matched, as written in the gazetteer. */
  alias: string;
  start: number;
  end: number;
}

/** Finds gazetteer entities in text; build it once per profile with {@link createEntityMatcher}. */
export interface EntityMatcher {
  /** Leftmost-longest, non-overlapping mentions in text order. */
  find(text: string): EntityMention[];
}

/** Bit of {@link AliasIndex.codes}: some alias starts with the code unit. */
const ALIAS_START = 8;
/** Bit of {@link AliasIndex.codes}: the code unit is a Latin letter or a number ({@link LATIN_OR_DIGIT}). */
const LATIN_OR_DIGIT_CODE = 16;
/** Bit of {@link AliasIndex.codes}: the code unit is Hangul ({@link HANGUL}). */
const HANGUL_CODE = 32;
/** The bits of code units that make matching compose or fold the text first. */
const CHANGED_FOR_MATCHING = COMPOSES | FOLDS | SURROGATE;

const LATIN_OR_DIGIT = /[\p{Script=Latin}\p{N}]/u;
const HANGUL = /\p{Script=Hangul}/u;

let entityCodeTable: Uint8Array | undefined;

/**
 * {@link matchingCodes} with {@link LATIN_OR_DIGIT_CODE} and {@link HANGUL_CODE} added for every UTF-16
 * code unit, as the expressions judge it alone (a surrogate alone is neither). Built once, on first
 * use, in one pass of each expression over all code units; each {@link AliasIndex} starts from a copy.
 */
function entityCodes(): Uint8Array {
  if (entityCodeTable !== undefined) return entityCodeTable;
  const codes = matchingCodes().slice();
  markCodeUnits(codes, [
    [LATIN_OR_DIGIT, LATIN_OR_DIGIT_CODE],
    [HANGUL, HANGUL_CODE],
  ]);
  entityCodeTable = codes;
  return codes;
}

/**
 * Builds a matcher over every alias of every entity. Latin-script aliases match as whole words
 * (a following "s" or "'s" of a genitive or plural is allowed but not part of the mention, as in
 * "Nvidias" or "Nvidia's"; a following hyphen too, as in "Nvidia-CEO"). Hangul aliases match inside
 * words on the right, since Korean attaches particles and titles ("삼성전자와", "SK회장"), but not
 * after another Hangul syllable on the left. Matching ignores the differences
 * {@link foldForMatching} folds (no-break spaces, non-breaking hyphens), decomposed (NFD) Korean and
 * Latin, and zero-width or bidi control characters inside a name ({@link composeForMatching}); the
 * offsets still point into the text as given.
 */
export function createEntityMatcher(entities: readonly NamedEntity[]): EntityMatcher {
  const byAlias = new Map<string, string>();
  for (const entity of entities) {
    for (const alias of entity.aliases) {
      const key = foldForMatching(alias);
      if (key !== '' && !byAlias.has(key)) byAlias.set(key, entity.id);
    }
  }
  if (byAlias.size === 0) return { find: () => [] };
  const index = new AliasIndex(byAlias.keys());

  /**
   * The leftmost-longest mentions in `text` in one pass, or null when `stopBits` is not 0 and the text
   * has a code unit with one of those {@link AliasIndex.codes} bits (then it is searched again in
   * another view). Code units with no bits start no alias and are skipped without a look-up.
   */
  const scan = (text: string, stopBits: number): EntityMention[] | null => {
    const codes = index.codes;
    const scanBits = ALIAS_START | stopBits;
    const mentions: EntityMention[] = [];
    let matchedUntil = 0;
    // The bits of `text[i - 1]` (0 before the text), kept from the step before instead of read again.
    let bitsBefore = 0;
    for (let i = 0; i < text.length; i++) {
      const bits = codes[text.charCodeAt(i)]!;
      const before = bitsBefore;
      bitsBefore = bits;
      if ((bits & scanBits) === 0) continue;
      if ((bits & stopBits) !== 0) return null;
      if (i < matchedUntil) continue;
      // Inside a word (a Latin letter or digit after another, Hangul after Hangul) `isBoundedMention`
      // rejects every alias, since all of them start with `text[i]`: no look-up of the aliases there.
      if ((bits & before & (LATIN_OR_DIGIT_CODE | HANGUL_CODE)) !== 0) continue;
      const alias = index.boundedAliasAt(text, i);
      if (alias !== undefined) {
        mentions.push({ id: byAlias.get(alias)!, alias, start: i, end: i + alias.length });
        matchedUntil = i + alias.length;
      }
    }
    return mentions;
  };

  /** The mentions in the folded view of `text` (whose offsets are those of `text`). */
  const findFolded = (text: string): EntityMention[] => scan(foldForMatching(text), 0)!;

  return {
    find(text: string): EntityMention[] {
      // Sentences are usually folded and composed already: then one pass over the text as given does.
      const plain = scan(text, CHANGED_FOR_MATCHING);
      if (plain !== null) return plain;
      const view = composeForMatching(text);
      if (view.identity) return findFolded(text);
      return findFolded(view.text).map((m) => ({
        ...m,
        start: view.toOriginalStart(m.start),
        end: view.toOriginalEnd(m.end),
      }));
    },
  };
}

/**
 * The aliases by their first two code units, so that a position is checked against only the few
 * aliases that can be written there instead of against all of them. Aliases are compared code unit
 * by code unit (for well-formed aliases the same as comparing code points).
 */
class AliasIndex {
  /** {@link entityCodes} with {@link ALIAS_START} added for each code unit some alias starts with. */
  readonly codes = entityCodes().slice();
  /**
   * 1 at {@link pairSlot} of the first two code units of each alias: most places whose first code unit
   * starts an alias ("s", "n", "이") are told apart from the aliases' starts by this one look-up.
   */
  private readonly pairs = new Uint8Array(0x10000);
  /**
   * Aliases of two or more code units by their first two, longest first (then in code-unit order),
   * each list ending with the one-character alias of its first character, if there is one.
   */
  private readonly byPair = new Map<number, string[]>();
  /** The one-character aliases. */
  private readonly single = new Map<number, string[]>();

  /** `aliases` must be distinct and not empty. */
  constructor(aliases: Iterable<string>) {
    const sorted = [...aliases].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
    for (const alias of sorted) {
      const first = alias.charCodeAt(0);
      this.codes[first]! |= ALIAS_START;
      if (alias.length === 1) {
        this.single.set(first, [alias]);
        continue;
      }
      const second = alias.charCodeAt(1);
      this.pairs[pairSlot(first, second)] = 1;
      const key = pairKey(first, second);
      let list = this.byPair.get(key);
      if (list === undefined) {
        list = [];
        this.byPair.set(key, list);
      }
      list.push(alias);
    }
    for (const [key, list] of this.byPair) list.push(...(this.single.get(Math.floor(key / 0x10000)) ?? []));
  }

  /**
   * The longest alias written at `i` that stands alone there ({@link isBoundedMention}); when the
   * longest runs on into a longer word ("Nvidia Corp" in "Nvidia Corporation"), the longest shorter
   * one that does ("Nvidia"). Undefined when there is none.
   */
  boundedAliasAt(text: string, i: number): string | undefined {
    const first = text.charCodeAt(i);
    if ((this.codes[first]! & ALIAS_START) === 0) return undefined;
    const second = i + 1 < text.length ? text.charCodeAt(i + 1) : -1;
    const pair =
      second >= 0 && this.pairs[pairSlot(first, second)] === 1
        ? this.byPair.get(pairKey(first, second))
        : undefined;
    const candidates = pair ?? this.single.get(first);
    if (candidates === undefined) return undefined;
    for (const alias of candidates) {
      if (text.startsWith(alias, i) && isBoundedMention(text, i, i + alias.length)) return alias;
    }
    return undefined;
  }
}

function pairKey(first: number, second: number): number {
  return first * 0x10000 + second;
}

/** A slot of {@link AliasIndex.pairs} for two code units (pairs may share one; a shared slot only costs a look-up). */
function pairSlot(first: number, second: number): number {
  return (first * 31 + second) & 0xffff;
}

/** A genitive or plural "s" that ends the word after an alias (not global: `test` keeps no state). */
const GENITIVE_S = /^s(?![\p{L}\p{N}])/u;

function isBoundedMention(text: string, start: number, end: number): boolean {
  const first = text[start] ?? '';
  const last = text[end - 1] ?? '';
  const before = start > 0 ? String.fromCodePoint(text.codePointAt(start - 1) ?? 32) : ' ';
  if (LATIN_OR_DIGIT.test(first) && LATIN_OR_DIGIT.test(before)) return false;
  if (HANGUL.test(first) && HANGUL.test(before)) return false;
  if (LATIN_OR_DIGIT.test(last)) {
    const after = text.slice(end, end + 3);
    if (LATIN_OR_DIGIT.test(after[0] ?? ' ')) {
      // genitive/plural "s" ("Nvidias", "Samsungs") but not a longer word ("Skype" after "SK")
      return GENITIVE_S.test(after);
    }
  }
  return true;
}
