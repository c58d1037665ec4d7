import { describe, expect, it } from 'vitest';
import { closest, didYouMean, editDistance } from '../../../../src/lib/core/suggest.ts';

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

describe('closest by words', () => {
  it('suggests an id with a word left out or added', async () => {
    const { closest } = await import('../../../../src/lib/core/suggest.ts');
    const runbooks = ['rebuild-mentor-training-search-index', 'resend-funding-claim-emails', 'school-onboarding-report-refresh'];
    expect(closest('resend-claim-emails', runbooks)).toBe('resend-funding-claim-emails');
    expect(closest('rebuild-search-index', runbooks)).toBe('rebuild-mentor-training-search-index');
    expect(closest('deploy-the-app', runbooks)).toBeUndefined();
  });
});
