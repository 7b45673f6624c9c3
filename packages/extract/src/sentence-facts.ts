import { type EntityMention, findNumbers, type NumberMention } from '@dealbrief/normalize';
import type { CompiledProfile } from './compile-profile.js';
import type { SentenceView } from './sentence-view.js';

/**
 * What several rules read from one sentence, worked out once per sentence: its number mentions and its
 * gazetteer mentions. The quantity, money and period rules all need the numbers, and five rules need
 * the mentions; reading them once per rule was a third of extraction's time.
 */
const numbersBySentence = new WeakMap<SentenceView, NumberMention[]>();
const mentionsBySentence = new WeakMap<SentenceView, EntityMention[]>();

/** Every number mention in the sentence's folded text (see `findNumbers`). */
export function numbersIn(sentence: SentenceView): readonly NumberMention[] {
  let numbers = numbersBySentence.get(sentence);
  if (numbers === undefined) {
    numbers = findNumbers(sentence.text, sentence.language);
    numbersBySentence.set(sentence, numbers);
  }
  return numbers;
}

/** Every gazetteer mention in the sentence's folded text. */
export function mentionsIn(sentence: SentenceView, compiled: CompiledProfile): readonly EntityMention[] {
  let mentions = mentionsBySentence.get(sentence);
  if (mentions === undefined) {
    mentions = compiled.matcher.find(sentence.text);
    mentionsBySentence.set(sentence, mentions);
  }
  return mentions;
}
