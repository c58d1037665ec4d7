import { describe, expect, it } from 'vitest';
import { chunk, letterGroups, letterOf, letterPageLabel, letterPages } from '../../../../src/lib/paging/paging.ts';

describe('letterOf', () => {
  it('files titles under their first letter, digits together, anything else under #', () => {
    expect(['apple', 'Éclair', '3 things', '“Quoted”'].map(letterOf)).toEqual(['A', 'E', '0–9', '#']);
  });
});

describe('chunk', () => {
  it('splits a list into runs of the given size, in order', () => {
    expect(chunk([1, 2, 3, 4, 5], 2)).toEqual([[1, 2], [3, 4], [5]]);
    expect(chunk([], 3)).toEqual([]);
  });
  it('refuses a size below 1', () => {
    expect(() => chunk([1], 0)).toThrow(/at least 1/);
  });
});

describe('letterGroups', () => {
  it('sorts by title, puts numbers first and other characters last', () => {
    const groups = letterGroups(['beta', '#tag', 'alpha', '2 go', 'Bravo'], (t) => t);
    expect(groups.map((g) => [g.letter, g.slug, g.items])).toEqual([
      ['0–9', 'digits', ['2 go']],
      ['A', 'a', ['alpha']],
      ['B', 'b', ['beta', 'Bravo']],
      ['#', 'other', ['#tag']],
    ]);
  });
  it('breaks ties between equal titles with the given order', () => {
    const items = [{ t: 'Same', p: 2 }, { t: 'same', p: 1 }];
    expect(letterGroups(items, (i) => i.t, (a, b) => a.p - b.p)[0]!.items.map((i) => i.p)).toEqual([1, 2]);
  });
});

describe('letterPages', () => {
  it('splits a long letter into numbered parts and leaves short letters whole', () => {
    const titles = ['R1', 'R2', 'R3', 'R4', 'R5', 'A1'];
    const pages = letterPages(titles, (t) => t, 2);
    expect(pages.map((p) => [p.slug, p.part, p.parts, p.items])).toEqual([
      ['a', 1, 1, ['A1']],
      ['r', 1, 3, ['R1', 'R2']],
      ['r-2', 2, 3, ['R3', 'R4']],
      ['r-3', 3, 3, ['R5']],
    ]);
    expect(pages.map(letterPageLabel)).toEqual(['A', 'R (1 of 3)', 'R (2 of 3)', 'R (3 of 3)']);
  });
});
