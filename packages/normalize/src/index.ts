export {
  createEntityMatcher,
  type EntityMatcher,
  type EntityMention,
  type NamedEntity,
} from './entity-names.js';
export { findNumbers } from './find-numbers.js';
export { findQualifier, type QualifierMatch } from './find-qualifier.js';
export type { NumberKind, NumberMention } from './number-kind.js';
export { parseNumber } from './parse-number.js';
export { foldForMatching } from './text-fold.js';
export { isTitleWord, TITLE_WORDS } from './titles.js';
