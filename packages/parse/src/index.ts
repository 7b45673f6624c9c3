export { type DecodeOutcome, decodeText, findInvalidUtf8, type TextEncoding } from './decode-text.js';
export { detectLanguage, type LanguageScore, rankLanguages, scoreLanguage } from './detect-language.js';
export { findByline, readBylineName } from './find-byline.js';
export { findDateline, inferYear } from './find-dateline.js';
export { findDuplicates, normalizeParagraphKey } from './find-duplicates.js';
export { type ParseInput, type ParseOutcome, parseDocument } from './parse-document.js';
export { endsSentence, segmentParagraphs } from './segment-paragraphs.js';
export { segmentSentences } from './segment-sentences.js';
