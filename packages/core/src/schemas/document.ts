import { z } from 'zod';
import { LanguageSchema } from './source.js';

/** A half-open `[start, end)` range of code points into a document's text. */
export const SpanSchema = z.strictObject({
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});
/** The type of a value {@link SpanSchema} accepts (after parsing). */
export type Span = z.infer<typeof SpanSchema>;

/** A paragraph of a document: its code-point span, language and whether it repeats an earlier one. */
export const ParagraphSchema = z.strictObject({
  index: z.number().int().nonnegative(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  /** Dominant language of the paragraph, when it has letters. */
  language: LanguageSchema.optional(),
  /** Index of the earlier paragraph this one repeats verbatim, if any. */
  duplicateOf: z.number().int().nonnegative().optional(),
});
/** The type of a value {@link ParagraphSchema} accepts (after parsing). */
export type Paragraph = z.infer<typeof ParagraphSchema>;

/** A sentence of a document: its code-point span and the index of its paragraph. */
export const SentenceSchema = z.strictObject({
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  paragraph: z.number().int().nonnegative(),
});
/** The type of a value {@link SentenceSchema} accepts (after parsing). */
export type Sentence = z.infer<typeof SentenceSchema>;

/** The dateline of a document ("SEOUL, Nov. 3 (Yonhap) --"): its span, text and the date it states. */
export const DatelineSchema = z.strictObject({
  ...SpanSchema.shape,
  text: z.string(),
  /** The date it states, YYYY-MM-DD. */
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
});
/** The type of a value {@link DatelineSchema} accepts (after parsing). */
export type Dateline = z.infer<typeof DatelineSchema>;

/** The byline of a document ("By Jane Doe", "홍길동 기자"): its span, text and the author's name. */
export const BylineSchema = z.strictObject({
  ...SpanSchema.shape,
  text: z.string(),
  /** The author's name as written. */
  name: z.string(),
});
/** The type of a value {@link BylineSchema} accepts (after parsing). */
export type Byline = z.infer<typeof BylineSchema>;

/** A decoded source, segmented, with every offset in code points into `text`. */
export const DocumentSchema = z.strictObject({
  source: z.string().min(1),
  file: z.string().min(1),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  /** The text exactly as decoded (UTF-8 BOM removed, nothing else changed). */
  text: z.string(),
  encoding: z.string(),
  /** Languages present, the main one first. */
  languages: z.array(LanguageSchema),
  paragraphs: z.array(ParagraphSchema),
  sentences: z.array(SentenceSchema),
  dateline: DatelineSchema.optional(),
  byline: BylineSchema.optional(),
  /** Paragraph indices that repeat an earlier paragraph verbatim. */
  duplicates: z.array(z.number().int().nonnegative()),
});
/** The type of a value {@link DocumentSchema} accepts (after parsing). */
export type Document = z.infer<typeof DocumentSchema>;
