import { describe, expect, it } from 'vitest';
import { matchingSections, resultFacts, type Section } from '../../../../src/lib/search/results.ts';

function section(title: string, hits: number, anchor = true): Section {
  return { title, url: `/p/${anchor ? `#${title}` : ''}`, excerpt: title, locations: Array.from({ length: hits }, (_, i) => i), anchor: anchor ? { id: title } : undefined };
}

describe('matchingSections', () => {
  it('puts the sections with most matches first, page order among equals', () => {
    const picked = matchingSections([section('top', 5, false), section('a', 1), section('b', 3), section('c', 1), section('d', 2)]);
    expect(picked.map((s) => s.title)).toEqual(['b', 'd', 'a']);
  });
  it('leaves out the top of the page and sections without matches', () => {
    expect(matchingSections([section('top', 4, false), section('a', 0)])).toEqual([]);
  });
  it('keeps to the limit', () => {
    expect(matchingSections([section('a', 1), section('b', 1)], 1).map((s) => s.title)).toEqual(['a']);
  });
});

describe('resultFacts', () => {
  it('joins type, owner and review date', () => {
    expect(resultFacts({ type: 'Service', owner: 'CPD team', reviewed: '2 June 2025', title: 'x' })).toBe('Service · Owned by CPD team · Last reviewed 2 June 2025');
  });
  it('puts an example service’s tag first', () => {
    expect(resultFacts({ marks: 'Example', type: 'Run book', owner: 'Mentor team' })).toBe('Example · Run book · Owned by Mentor team');
  });
  it('leaves out what is missing', () => {
    expect(resultFacts({ type: 'Guidance' })).toBe('Guidance');
    expect(resultFacts({})).toBe('');
  });
});
