import type { Language } from '@dealbrief/core';
import { findNumbers } from './find-numbers.js';

const NOT_A_VALUE = new Set(['phone', 'model', 'date', 'other']);

/**
 * Parses a whole string as one number in the language: "260,000", "260.000" (de), "1,5 Millionen",
 * "a quarter-million", "26만", "14조8000억 원", "$5 trillion", "5%", "third". Surrounding whitespace is
 * ignored. Null when the string is not exactly one number, or is a phone number, model name, date or
 * time ("02-1234-5678", "B200", "31.10.2025", "10:30"). Never throws.
 */
export function parseNumber(text: string, language: Language): number | null {
  if (typeof text !== 'string') return null;
  const start = text.length - text.trimStart().length;
  const end = text.trimEnd().length;
  if (end <= start) return null;
  const mentions = findNumbers(text, language);
  const only = mentions.length === 1 ? mentions[0] : undefined;
  if (!only || only.start !== start || only.end !== end || NOT_A_VALUE.has(only.kind)) return null;
  return only.value;
}
