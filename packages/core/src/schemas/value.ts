import { z } from 'zod';

/** How a stated quantity relates to the true one. */
export const QualifierSchema = z.enum(['exact', 'up_to', 'more_than', 'at_least', 'about']);
/** The type of a value {@link QualifierSchema} accepts (after parsing). */
export type Qualifier = z.infer<typeof QualifierSchema>;

/** A counted amount of a unit with its qualifier, e.g. up to 260,000 GPUs. */
export const QuantityValueSchema = z.strictObject({
  type: z.literal('quantity'),
  amount: z.number().nonnegative(),
  /** Canonical unit from the profile, e.g. "GPU". */
  unit: z.string(),
  qualifier: QualifierSchema,
  /** What the figure counts when a field holds several, e.g. "before the deal" / "after the deal". */
  label: z.string().optional(),
});
/** The type of a value {@link QuantityValueSchema} accepts (after parsing). */
export type QuantityValue = z.infer<typeof QuantityValueSchema>;

/** An amount of money in an ISO 4217 currency, or `{ undisclosed: true }`. */
export const MoneyValueSchema = z.union([
  z.strictObject({
    type: z.literal('money'),
    amount: z.number().nonnegative(),
    currency: z.string().length(3),
  }),
  z.strictObject({ type: z.literal('money'), undisclosed: z.literal(true) }),
]);
/** The type of a value {@link MoneyValueSchema} accepts (after parsing). */
export type MoneyValue = z.infer<typeof MoneyValueSchema>;

/** A day of the week, as sources write it when they give no date. */
export const WeekdaySchema = z.enum([
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
]);
/** The type of a value {@link WeekdaySchema} accepts (after parsing). */
export type Weekday = z.infer<typeof WeekdaySchema>;

/** A calendar date with its precision (day, month or year), or a bare weekday. */
export const DateValueSchema = z.union([
  z.strictObject({
    type: z.literal('date'),
    date: z.string().regex(/^\d{4}(-\d{2}){0,2}$/),
    precision: z.enum(['day', 'month', 'year']),
  }),
  z.strictObject({ type: z.literal('date'), weekday: WeekdaySchema }),
]);
/** The type of a value {@link DateValueSchema} accepts (after parsing). */
export type DateValue = z.infer<typeof DateValueSchema>;

/** What an entity is: organisation, person, place, government body, event or product. */
export const EntityKindSchema = z.enum(['org', 'person', 'place', 'gov', 'event', 'product']);
/** The type of a value {@link EntityKindSchema} accepts (after parsing). */
export type EntityKind = z.infer<typeof EntityKindSchema>;

/** A named entity (gazetteer id, name, kind) with the role the source gives it, if any. */
export const EntityValueSchema = z.strictObject({
  type: z.literal('entity'),
  /** Gazetteer id, or a new id derived from the name for entities the gazetteer lacks. */
  id: z.string().min(1),
  name: z.string().min(1),
  kind: EntityKindSchema,
  role: z.string().optional(),
});
/** The type of a value {@link EntityValueSchema} accepts (after parsing). */
export type EntityValue = z.infer<typeof EntityValueSchema>;

/** A quantity given to one recipient, e.g. Samsung gets up to 50,000 GPUs. */
export const AllocationValueSchema = z.strictObject({
  type: z.literal('allocation'),
  recipient: EntityValueSchema,
  quantity: QuantityValueSchema,
});
/** The type of a value {@link AllocationValueSchema} accepts (after parsing). */
export type AllocationValue = z.infer<typeof AllocationValueSchema>;

/** A direct quotation with its speaker. */
export const QuoteValueSchema = z.strictObject({
  type: z.literal('quote'),
  speaker: EntityValueSchema,
  text: z.string(),
});
/** The type of a value {@link QuoteValueSchema} accepts (after parsing). */
export type QuoteValue = z.infer<typeof QuoteValueSchema>;

/** A canonical text value, e.g. a vocabulary entry's wording. */
export const TextValueSchema = z.strictObject({ type: z.literal('text'), text: z.string() });
/** The type of a value {@link TextValueSchema} accepts (after parsing). */
export type TextValue = z.infer<typeof TextValueSchema>;

/**
 * The shapes that share one `type` tag (money, date), as options of {@link ValueSchema}: the tag is what
 * the value schema dispatches on, and each union then tells its shapes apart.
 */
const MoneyByTag = z.looseObject({ type: z.literal('money') }).pipe(MoneyValueSchema);
const DateByTag = z.looseObject({ type: z.literal('date') }).pipe(DateValueSchema);

/**
 * Every value a claim or field can hold; `type` tells which shape. A discriminated union: a value is
 * checked against the one shape its `type` names (a plain union tried every shape in turn and built the
 * errors of each that failed, which took most of the time of checking 176,000 claims), and an unknown
 * `type` is reported at `$.type` with the types there are.
 */
export const ValueSchema = z.discriminatedUnion('type', [
  QuantityValueSchema,
  MoneyByTag,
  DateByTag,
  EntityValueSchema,
  AllocationValueSchema,
  QuoteValueSchema,
  TextValueSchema,
]);
/** The type of a value {@link ValueSchema} accepts (after parsing). */
export type Value = z.infer<typeof ValueSchema>;
/** The `type` tag of a {@link Value}: which value shape it is. */
export type ValueType = Value['type'];
/** The `type` tags of {@link ValueSchema}: which value shape a field holds. */
export const ValueTypeSchema = z.enum(['quantity', 'money', 'date', 'entity', 'allocation', 'quote', 'text']);
