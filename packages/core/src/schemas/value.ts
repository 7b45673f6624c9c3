import { z } from 'zod';

/** How a stated quantity relates to the true one. */
export const QualifierSchema = z.enum(['exact', 'up_to', 'more_than', 'at_least', 'about']);
export type Qualifier = z.infer<typeof QualifierSchema>;

export const QuantityValueSchema = z.strictObject({
  type: z.literal('quantity'),
  amount: z.number().nonnegative(),
  /** Canonical unit from the profile, e.g. "GPU". */
  unit: z.string(),
  qualifier: QualifierSchema,
  /** What the figure counts when a field holds several, e.g. "before the deal" / "after the deal". */
  label: z.string().optional(),
});
export type QuantityValue = z.infer<typeof QuantityValueSchema>;

export const MoneyValueSchema = z.union([
  z.strictObject({
    type: z.literal('money'),
    amount: z.number().nonnegative(),
    currency: z.string().length(3),
  }),
  z.strictObject({ type: z.literal('money'), undisclosed: z.literal(true) }),
]);
export type MoneyValue = z.infer<typeof MoneyValueSchema>;

export const WeekdaySchema = z.enum([
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
]);
export type Weekday = z.infer<typeof WeekdaySchema>;

export const DateValueSchema = z.union([
  z.strictObject({
    type: z.literal('date'),
    date: z.string().regex(/^\d{4}(-\d{2}){0,2}$/),
    precision: z.enum(['day', 'month', 'year']),
  }),
  z.strictObject({ type: z.literal('date'), weekday: WeekdaySchema }),
]);
export type DateValue = z.infer<typeof DateValueSchema>;

export const EntityKindSchema = z.enum(['org', 'person', 'place', 'gov', 'event', 'product']);
export type EntityKind = z.infer<typeof EntityKindSchema>;

export const EntityValueSchema = z.strictObject({
  type: z.literal('entity'),
  /** Gazetteer id, or a new id derived from the name for entities the gazetteer lacks. */
  id: z.string().min(1),
  name: z.string().min(1),
  kind: EntityKindSchema,
  role: z.string().optional(),
});
export type EntityValue = z.infer<typeof EntityValueSchema>;

export const AllocationValueSchema = z.strictObject({
  type: z.literal('allocation'),
  recipient: EntityValueSchema,
  quantity: QuantityValueSchema,
});
export type AllocationValue = z.infer<typeof AllocationValueSchema>;

export const QuoteValueSchema = z.strictObject({
  type: z.literal('quote'),
  speaker: EntityValueSchema,
  text: z.string(),
});
export type QuoteValue = z.infer<typeof QuoteValueSchema>;

export const TextValueSchema = z.strictObject({ type: z.literal('text'), text: z.string() });
export type TextValue = z.infer<typeof TextValueSchema>;

/** Every value a claim or field can hold; `type` tells which shape. */
export const ValueSchema = z.union([
  QuantityValueSchema,
  MoneyValueSchema,
  DateValueSchema,
  EntityValueSchema,
  AllocationValueSchema,
  QuoteValueSchema,
  TextValueSchema,
]);
export type Value = z.infer<typeof ValueSchema>;
export type ValueType = Value['type'];
export const ValueTypeSchema = z.enum(['quantity', 'money', 'date', 'entity', 'allocation', 'quote', 'text']);
