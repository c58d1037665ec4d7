import { describe, expect, it } from 'vitest';
import { pageContents } from '../../../../src/lib/markdown/contents.ts';

const h = (depth: number, text: string) => ({ depth, text, slug: text.toLowerCase().replace(/\s+/g, '-') });

describe('pageContents', () => {
  it('lists second-level headings on long pages', () => {
    expect(pageContents([h(2, 'One'), h(3, 'Sub'), h(2, 'Two'), h(2, 'Three')]).map((x) => x.text)).toEqual(['One', 'Two', 'Three']);
  });
  it('gives nothing on short pages', () => {
    expect(pageContents([h(2, 'One'), h(3, 'Sub'), h(2, 'Two')])).toEqual([]);
  });
});
