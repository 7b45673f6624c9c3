/**
 * The German and English function words that tell the two languages apart, packed into numbers so a
 * scanner can recognise a word from its letters' codes without cutting it out of the text.
 */

/** Frequent German function words that are not also English words. */
export const GERMAN_WORDS: readonly string[] =
  `der die das den dem des und nicht mit für sich ist sind ein eine einer eines einem einen auf im
  zu zum zur von vom bei auch als wird werden wurde wurden hat haben oder aber dass daß wie nach über
  um vor aus sie er es wir ich ihr sein seine noch nur schon kann können diese dieser dieses sowie
  sagte einen ihre ihren unter zwischen gegen durch bis seit mehr beim`
    .trim()
    .split(/\s+/);

/** Frequent English function words that are not also German words. */
export const ENGLISH_WORDS: readonly string[] =
  `the and of to is are was were that with for this it on by from as at be has have had which its
  their not or but said would been they he she we you our his her these those will can could into
  than also about after over more new who what when where while such other`
    .trim()
    .split(/\s+/);

/**
 * The letters function words are written with, numbered from 1 (0 is no letter, 31 none of these). A
 * word of them packs into a number, 5 bits a letter, exactly for up to 10 letters.
 */
export const WORD_ALPHABET = 'abcdefghijklmnopqrstuvwxyzäöüß';
export const NOT_IN_ALPHABET = 31;

const WORD_LENGTHS = [...GERMAN_WORDS, ...ENGLISH_WORDS].map((w) => w.length);
/** Length (UTF-16 units) of the shortest function word. */
export const SHORTEST_FUNCTION_WORD = Math.min(...WORD_LENGTHS);
/** Length (UTF-16 units) of the longest function word. */
export const LONGEST_FUNCTION_WORD = Math.max(...WORD_LENGTHS);

/** The packed form of a lower-case word of {@link WORD_ALPHABET} letters: `key × 32 + number` a letter. */
export function packWord(word: string): number {
  let key = 0;
  for (const ch of word) key = key * 32 + WORD_ALPHABET.indexOf(ch) + 1;
  return key;
}

/** What {@link functionWordLanguage} answers: not a function word, German, English. */
export const NO_FUNCTION_WORD = 0;
export const GERMAN_WORD = 1;
export const ENGLISH_WORD = 2;

/**
 * An open-addressing hash table of the packed words (linear probing, at most an eighth full), in typed
 * arrays: looking a word up hashes one number and usually reads one empty slot, with no allocation.
 */
const SLOT_BITS = 10;
const SLOT_MASK = (1 << SLOT_BITS) - 1;
const EMPTY = -1;
const SLOT_KEYS = new Float64Array(1 << SLOT_BITS).fill(EMPTY);
const SLOT_LANGUAGES = new Uint8Array(1 << SLOT_BITS);

/** The first slot to probe for a packed word (its low 32 bits, mixed by a multiplicative hash). */
function firstSlot(key: number): number {
  return Math.imul(key | 0, 0x9e3779b1) >>> (32 - SLOT_BITS);
}

function addWord(word: string, language: number): void {
  const key = packWord(word);
  let slot = firstSlot(key);
  while (SLOT_KEYS[slot] !== EMPTY && SLOT_KEYS[slot] !== key) slot = (slot + 1) & SLOT_MASK;
  SLOT_KEYS[slot] = key;
  SLOT_LANGUAGES[slot] = language;
}

// German is tested first where a word were in both lists, so it is added last and wins.
for (const word of ENGLISH_WORDS) addWord(word, ENGLISH_WORD);
for (const word of GERMAN_WORDS) addWord(word, GERMAN_WORD);

/** {@link GERMAN_WORD} or {@link ENGLISH_WORD} for a packed function word, else {@link NO_FUNCTION_WORD}. */
export function functionWordLanguage(key: number): number {
  let slot = firstSlot(key);
  for (;;) {
    const found = SLOT_KEYS[slot];
    if (found === key) return SLOT_LANGUAGES[slot]!;
    if (found === EMPTY) return NO_FUNCTION_WORD;
    slot = (slot + 1) & SLOT_MASK;
  }
}
