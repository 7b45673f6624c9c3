import type { CompiledProfile } from './compile-profile.js';
import { mentionsIn } from './sentence-facts.js';
import type { SentenceView } from './sentence-view.js';
import { findTitledPeople, type UnknownName } from './unknown-names.js';

/**
 * The people the gazetteer lacks that a sentence names with a title, worked out once per sentence:
 * the people rule reads them, and the quote rule reuses them for its paragraphs where that is provably
 * the same as reading the paragraph (see `readMaskedParagraph`).
 */
const titledBySentence = new WeakMap<SentenceView, readonly UnknownName[]>();

/** `findTitledPeople` over the sentence's folded text, outside its gazetteer mentions. */
export function titledPeopleIn(sentence: SentenceView, compiled: CompiledProfile): readonly UnknownName[] {
  let titled = titledBySentence.get(sentence);
  if (titled === undefined) {
    titled = findTitledPeople(sentence.text, sentence.language, mentionsIn(sentence, compiled));
    titledBySentence.set(sentence, titled);
  }
  return titled;
}
