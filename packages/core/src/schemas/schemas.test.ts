import { describe, expect, it } from 'vitest';
import { formatZodIssues } from '../zod-problems.js';
import { ProfileSchema } from './profile.js';
import { SourceRegistrySchema } from './source.js';
import { ValueSchema } from './value.js';

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
});
