import { describe, expect, it } from 'vitest';
import { standardSchema } from '../../../src/schemas/standard.ts';

const valid = {
  number: 14,
  title: 'Operate a reliable service',
  description: 'How to keep a service running well.',
  mostRelevantTo: ['Delivery managers'],
  phases: ['alpha', 'beta', 'live'],
  lastReviewed: '2025-11-03',
  reviewIn: '6 months',
  owner: 'ops-manual-editors',
  sources: [],
};

describe('standard schema', () => {
  it('accepts a complete standard', () => {
    expect(standardSchema.safeParse(valid).success).toBe(true);
  });
  it('needs no sources, and defaults to none (issue 20)', () => {
    const { sources: _none, ...own } = valid;
    const result = standardSchema.safeParse(own);
    expect(result.success).toBe(true);
    expect(result.data?.sources).toEqual([]);
  });
  it('lists the allowed phases and suggests the closest', () => {
    const result = standardSchema.safeParse({ ...valid, phases: ['bta'] });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0].message).toBe('must be one of: discovery, alpha, beta, live, retiring, retired (found `bta`). Did you mean `beta`?');
  });
  it('needs the roles as a list', () => {
    const result = standardSchema.safeParse({ ...valid, mostRelevantTo: 'Delivery managers' });
    expect(result.error?.issues[0].message).toBe('must be a list: the roles this point is most relevant to');
  });
});
