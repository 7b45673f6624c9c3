import { composeForMatching, foldForMatching } from './text-fold.js';

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

const LATIN_OR_DIGIT = /[\p{Script=Latin}\p{N}]/u;
const HANGUL = /\p{Script=Hangul}/u;

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
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
      if (!byAlias.has(key)) byAlias.set(key, entity.id);
    }
  }
  const aliases = [...byAlias.keys()].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
  if (aliases.length === 0) return { find: () => [] };
  const pattern = new RegExp(aliases.map(escapeRegExp).join('|'), 'gu');

  const findComposed = (text: string): EntityMention[] => {
    const folded = foldForMatching(text);
    const mentions: EntityMention[] = [];
    pattern.lastIndex = 0;
    let m: RegExpExecArray | null = pattern.exec(folded);
    while (m !== null) {
      const start = m.index;
      const longest = m[0];
      // The longest alias may run on into a longer word ("Nvidia Corp" in "Nvidia Corporation")
      // while a shorter one at the same place still stands alone ("Nvidia").
      const alias = isBoundedMention(folded, start, start + longest.length)
        ? longest
        : aliases.find(
            (a) =>
              a.length < longest.length &&
              folded.startsWith(a, start) &&
              isBoundedMention(folded, start, start + a.length),
          );
      if (alias !== undefined) {
        mentions.push({ id: byAlias.get(alias)!, alias, start, end: start + alias.length });
        pattern.lastIndex = start + alias.length;
      } else {
        pattern.lastIndex = start + 1;
      }
      m = pattern.exec(folded);
    }
    return mentions;
  };
  return {
    find(text: string): EntityMention[] {
      const view = composeForMatching(text);
      if (view.identity) return findComposed(text);
      return findComposed(view.text).map((m) => ({
        ...m,
        start: view.toOriginalStart(m.start),
        end: view.toOriginalEnd(m.end),
      }));
    },
  };
}

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
      return /^s(?![\p{L}\p{N}])/u.test(after);
    }
  }
  return true;
}
