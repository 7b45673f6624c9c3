import { z } from 'zod';
import { ValueSchema } from './value.js';

/**
 * Where a claim's evidence is: W3C TextPositionSelector (`start`, `end`, code points, half-open) and
 * TextQuoteSelector (`exact`, `prefix`, `suffix`, up to 32 code points each), plus 1-based line/column.
 */
export const CitationSchema = z.strictObject({
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  exact: z.string().min(1),
  prefix: z.string(),
  suffix: z.string(),
  line: z.number().int().positive(),
  column: z.number().int().positive(),
});
/** The type of a value {@link CitationSchema} accepts (after parsing). */
export type Citation = z.infer<typeof CitationSchema>;

/** One thing one source states, with the words that state it. */
export const ClaimSchema = z.strictObject({
  /** Stable id: `<source>-<field>-<n>`. */
  id: z.string().min(1),
  field: z.string().min(1),
  value: ValueSchema,
  /** The value written for people, e.g. "up to 260,000 GPUs". */
  display: z.string(),
  /** Source id. */
  source: z.string().min(1),
  citation: CitationSchema,
  /** Which extraction rule produced it. */
  rule: z.string().min(1),
  /** The rule's own confidence, 0..1. */
  confidence: z.number().min(0).max(1),
});
/** The type of a value {@link ClaimSchema} accepts (after parsing). */
export type Claim = z.infer<typeof ClaimSchema>;
