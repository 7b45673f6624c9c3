import { buildCitation, type Claim, CodePointIndex, type SourceRecord } from '@dealbrief/core';
import { describe, expect, it } from 'vitest';
import { assembleBriefing } from './assemble-briefing.js';
import { exitCodeForError } from './exit-codes.js';

const TEXT = 'Nvidia will supply up to 260,000 GPUs to 삼성전자.';
const PROFILE = { id: 'test-deal', title: 'Test deal' };
const SOURCE: SourceRecord = {
  id: '000',
  file: '000_a.txt',
  sha256: 'a'.repeat(64),
  bytes: 10,
  languages: ['en'],
  kind: 'news',
  status: 'ok',
};
const CLAIM: Claim = {
  id: '000-gpu_total-1',
  field: 'gpu_total',
  value: { type: 'quantity', amount: 260000, unit: 'GPU', qualifier: 'up_to' },
  display: 'up to 260,000 GPUs',
  source: '000',
  citation: buildCitation(new CodePointIndex(TEXT), 19, 37),
  rule: 'test',
  confidence: 0.9,
};

function assemble(claims: Claim[]) {
  return assembleBriefing({
    profile: PROFILE,
    asOf: '2025-11-05',
    sources: [SOURCE],
    claims,
    fields: [],
    groups: [],
    texts: new Map([['000', TEXT]]),
  });
}

describe('assembleBriefing', () => {
  it('builds a valid briefing when every citation holds', () => {
    const briefing = assemble([CLAIM]);
    expect(CLAIM.citation.exact).toBe('up to 260,000 GPUs');
    expect(briefing).toMatchObject({
      schemaVersion: 1,
      profile: 'test-deal',
      title: 'Test deal',
      asOf: '2025-11-05',
    });
  });

  it('fails with CITATION_MISMATCH (exit 1) when a citation is off by one', () => {
    const shifted = { ...CLAIM, citation: { ...CLAIM.citation, start: 20, end: 38 } };
    let error: unknown;
    try {
      assemble([shifted]);
    } catch (caught) {
      error = caught;
    }
    expect(error).toMatchObject({ code: 'CITATION_MISMATCH' });
    expect(String((error as Error).message)).toContain(
      'claim 000-gpu_total-1: exact "up to 260,000 GPUs" but the text at [20, 38) is "p to 260,000 GPUs "',
    );
    expect(exitCodeForError(error)).toBe(1);
  });

  it('fails with INTERNAL when a stage produced data outside the schema', () => {
    const bad = { ...CLAIM, confidence: 2 };
    expect(() => assemble([bad])).toThrow(/\$\.claims\[0\]\.confidence/);
  });
});
