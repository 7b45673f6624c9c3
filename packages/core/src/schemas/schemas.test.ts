import { describe, expect, it } from 'vitest';
import { formatZodIssues } from '../zod-problems.js';
import { ProfileSchema } from './profile.js';
import { SourceRegistrySchema } from './source.js';
import {
  type AllocationValue,
  type DateValue,
  type EntityValue,
  type MoneyValue,
  type QuantityValue,
  type QuoteValue,
  type TextValue,
  type Value,
  ValueSchema,
} from './value.js';

describe('schemas', () => {
  it('reports sources.json problems with their JSON path', () => {
    const result = SourceRegistrySchema.safeParse({
      sources: [{ file: 'a.txt' }, { file: 'b.txt', kind: 'tabloid' }],
    });
    expect(result.success).toBe(false);
    if (!result.success) expect(formatZodIssues(result.error)[0]).toMatch(/^\$\.sources\[1\]\.kind: /);
  });

  it('rejects unknown keys in sources.json entries', () => {
    const result = SourceRegistrySchema.safeParse({ sources: [{ file: 'a.txt', publisherr: 'x' }] });
    expect(result.success).toBe(false);
  });

  it('needs a defined unit for quantity fields', () => {
    const result = ProfileSchema.safeParse({
      id: 'x',
      title: 'X',
      units: {},
      fields: [
        {
          key: 'gpu_total',
          label: 'GPUs',
          type: 'quantity',
          cardinality: 'one',
          extractor: 'quantity',
          unit: 'GPU',
        },
      ],
      entities: [],
    });
    expect(result.success).toBe(false);
    if (!result.success) expect(formatZodIssues(result.error).join('\n')).toMatch(/\$\.fields\[0\]\.unit/);
  });

  it('tells value shapes apart by type', () => {
    expect(ValueSchema.parse({ type: 'money', undisclosed: true })).toEqual({
      type: 'money',
      undisclosed: true,
    });
    expect(
      ValueSchema.safeParse({ type: 'quantity', amount: 1, unit: 'GPU', qualifier: 'roughly' }).success,
    ).toBe(false);
  });

  it('accepts every value shape as it is', () => {
    const entity = { type: 'entity', id: 'samsung', name: 'Samsung', kind: 'org' } as const;
    const quantity = { type: 'quantity', amount: 50000, unit: 'GPU', qualifier: 'up_to' } as const;
    const values = [
      quantity,
      { type: 'money', amount: 5e9, currency: 'USD' },
      { type: 'money', undisclosed: true },
      { type: 'date', date: '2025-10-31', precision: 'day' },
      { type: 'date', weekday: 'friday' },
      { ...entity, role: 'recipient' },
      { type: 'allocation', recipient: entity, quantity },
      { type: 'quote', speaker: entity, text: 'We are ready.' },
      { type: 'text', text: 'sovereign AI' },
    ];
    for (const value of values) expect(ValueSchema.parse(value)).toStrictEqual(value);
    // The inferred type is the union of the shapes, whichever way the schema dispatches.
    const shapes:
      | QuantityValue
      | MoneyValue
      | DateValue
      | EntityValue
      | AllocationValue
      | QuoteValue
      | TextValue = ValueSchema.parse(values[0]);
    const value: Value = shapes;
    expect(value.type).toBe('quantity');
  });

  it('checks a value against the shape its type names only', () => {
    const wrongShape = ValueSchema.safeParse({ type: 'money', undisclosed: true, currency: 'USD' });
    expect(wrongShape.success).toBe(false);
    const amount = ValueSchema.safeParse({ type: 'quantity', amount: -1, unit: 'GPU', qualifier: 'exact' });
    expect(amount.success ? [] : formatZodIssues(amount.error)).toEqual([
      '$.amount: Too small: expected number to be >=0',
    ]);
    const unknown = ValueSchema.safeParse({ type: 'price', amount: 1 });
    expect(unknown.success ? [] : formatZodIssues(unknown.error)).toEqual([
      "$.type: Invalid discriminator value. Expected 'quantity' | 'money' | 'date' | 'entity' | 'allocation' | 'quote' | 'text'",
    ]);
    const notObject = ValueSchema.safeParse('260,000');
    expect(notObject.success ? [] : formatZodIssues(notObject.error)).toEqual([
      '$: Invalid input: expected object, received string',
    ]);
  });
});
