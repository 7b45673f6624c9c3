import { z } from 'zod';
import { FieldStatusSchema } from './field.js';

/** How one field differs between two briefings. */
export const FieldChangeSchema = z.strictObject({
  field: z.string(),
  label: z.string(),
  /** `new`: found now, not before; `removed`: found before, not now; `changed`: value or status differs. */
  kind: z.enum(['new', 'removed', 'changed']),
  before: z.string(),
  after: z.string(),
  statusBefore: FieldStatusSchema,
  statusAfter: FieldStatusSchema,
});
/** The type of a value {@link FieldChangeSchema} accepts (after parsing). */
export type FieldChange = z.infer<typeof FieldChangeSchema>;

/** What changed since an earlier briefing: fields, claims and sources. */
export const ChangesSchema = z.strictObject({
  /** The earlier briefing: its run id when known, and its as-of date. */
  previous: z.strictObject({ runId: z.string().optional(), asOf: z.string() }),
  fields: z.array(FieldChangeSchema),
  claims: z.strictObject({ added: z.array(z.string()), removed: z.array(z.string()) }),
  sources: z.strictObject({
    added: z.array(z.string()),
    removed: z.array(z.string()),
    changed: z.array(z.string()),
  }),
});
/** The type of a value {@link ChangesSchema} accepts (after parsing). */
export type Changes = z.infer<typeof ChangesSchema>;
