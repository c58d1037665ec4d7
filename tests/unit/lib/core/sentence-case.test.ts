import { describe, expect, it } from 'vitest';
import { sentenceCase } from '../../../../src/lib/core/sentence-case.ts';

describe('sentenceCase', () => {
  it('says kebab-case values as words', () => {
    expect(sentenceCase('application-performance')).toBe('Application performance');
  });
  it('capitalises a single word, such as a phase', () => {
    expect(sentenceCase('live')).toBe('Live');
    expect(sentenceCase('')).toBe('');
  });
});
