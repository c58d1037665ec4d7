import { describe, expect, it } from 'vitest';
import { countOf } from '../../../../src/lib/core/count-of.ts';

describe('countOf', () => {
  it('says one without an s, and any other count with one', () => {
    expect([0, 1, 2].map((count) => countOf(count, 'page'))).toEqual(['0 pages', '1 page', '2 pages']);
  });
});
