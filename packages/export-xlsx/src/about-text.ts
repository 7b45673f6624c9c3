import type { FieldStatus } from '@dealbrief/core';
import { SHEET_NAMES } from './sheet-names.js';

/** What each field status means, in the order the About sheet explains them. */
export const STATUS_MEANINGS: readonly (readonly [FieldStatus, string])[] = [
  ['agreed', 'Two or more independent sources state the answer and none contradicts it.'],
  ['single-source', 'Only one independent source states the answer: check it before relying on it.'],
  [
    'disputed',
    'Some source contradicts the answer, or no value has a majority (every tied value is shown). The ' +
      'dissent column and the Conflicts sheet show what each source says.',
  ],
  ['not-found', 'No source states a value for this field.'],
];

/** Other terms the About sheet explains, after the statuses. */
export const TERM_MEANINGS: readonly (readonly [string, string])[] = [
  [
    'confidence',
    'From 0 to 1: how strongly the independent sources back the answer. Each source counts with its ' +
      'prior weight (government above wire and news, news above opinion and blogs) times how sure the ' +
      'extraction rule is; dissent lowers it. It is not a probability.',
  ],
  [
    'witnesses',
    'Sources that are translations or copies of each other count as one witness (see Witness groups ' +
      'above and same_story_as on the Sources sheet).',
  ],
  [
    'citations',
    "A reference such as 002 L19:51 “over 260,000 of Nvidia's latest GPUs” is the source id, the " +
      'line and column, and the exact words. start and end on the Evidence sheet are Unicode code ' +
      'points into the source text.',
  ],
  [
    'links',
    'Blue underlined cells are links inside this workbook: a field opens its first evidence row, a ' +
      'claim id opens its Evidence row, a source id its Sources row.',
  ],
  [
    'notes',
    'A value on the Briefing sheet carries a note with its strongest supporting quote (highest claim ' +
      'confidence, then source weight), one line per member for list fields.',
  ],
  [
    'cells',
    "Text that starts like a formula (=, +, -, @) is shown with a leading ' and never runs. Amounts " +
      'are numbers and dates are dates, so they sort and filter.',
  ],
];

/** What each sheet holds, in workbook order. */
export const SHEET_MEANINGS: readonly (readonly [string, string])[] = [
  [
    SHEET_NAMES.briefing,
    'One row per field: the answer (with its amount or date as a number or date), status, ' +
      'confidence, sources, citations, dissent, consistent claims and a one-sentence rationale.',
  ],
  [
    SHEET_NAMES.evidence,
    'One row per claim, grouped by field in Briefing order, then by claim id: the value as stated, ' +
      'the source, the position and the exact quote with its context, the rule and its confidence.',
  ],
  [
    SHEET_NAMES.conflicts,
    'What a reviewer should check: disputed fields with every dissenting value, then single-source ' +
      'fields and list members.',
  ],
  [
    SHEET_NAMES.quotes,
    'One row per quotation: speaker, role, the quote, its source and position, its status.',
  ],
  [
    SHEET_NAMES.sources,
    'One row per input file: kind, prior weight, witness group, languages, metadata, sha256, and ' +
      'why a rejected file was left out.',
  ],
  [SHEET_NAMES.about, 'This sheet: what the workbook was made from and how to read it.'],
];
