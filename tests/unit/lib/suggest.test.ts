import { describe, expect, it } from 'vitest';
import { closest, didYouMean, editDistance } from '../../../src/lib/suggest.ts';

describe('editDistance', () => {
  it('counts insertions, deletions and substitutions', () => {
    expect(editDistance('ower', 'owner')).toBe(1);
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('Live', 'live')).toBe(0);
  });
});

describe('closest', () => {
  const fields = ['title', 'description', 'owner', 'order', 'lastReviewed', 'reviewIn'];
  it('suggests the likely intended word', () => {
    expect(closest('ower', fields)).toBe('owner');
    expect(closest('lastReveiwed', fields)).toBe('lastReviewed');
    expect(closest('revieIn', fields)).toBe('reviewIn');
  });
  it('suggests nothing for an unrelated word', () => {
    expect(closest('colour', fields)).toBeUndefined();
  });
  it('phrases the suggestion for a message', () => {
    expect(didYouMean('bta', ['alpha', 'beta', 'live'])).toBe(' Did you mean `beta`?');
    expect(didYouMean('zzzzzz', ['alpha'])).toBe('');
  });
});
