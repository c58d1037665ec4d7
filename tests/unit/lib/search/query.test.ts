import { describe, expect, it } from 'vitest';
import { emptyFilters, hasFilters, isSearchable, pagefindFilters, readSearchState, searchParams, statusMessage } from '../../../../src/lib/search/query.ts';

describe('readSearchState', () => {
  it('reads the words and every filter from the URL', () => {
    const state = readSearchState(new URLSearchParams('q=+severity+levels+&type=Service&type=Guidance&phase=Live&owner=CPD%20team&tag=rota&utm=x'));
    expect(state).toEqual({ query: 'severity levels', filters: { type: ['Service', 'Guidance'], phase: ['Live'], owner: ['CPD team'], tag: ['rota'] } });
  });
  it('drops empty and repeated values', () => {
    expect(readSearchState(new URLSearchParams('type=&type=Service&type=Service')).filters.type).toEqual(['Service']);
  });
  it('is empty for an empty URL', () => {
    expect(readSearchState(new URLSearchParams(''))).toEqual({ query: '', filters: emptyFilters() });
  });
});

describe('searchParams', () => {
  it('writes q first, then filters in page order, and round-trips', () => {
    const state = { query: 'on call', filters: { ...emptyFilters(), tag: ['rota'], type: ['Run book'] } };
    const params = searchParams(state);
    expect(params.toString()).toBe('q=on+call&type=Run+book&tag=rota');
    expect(readSearchState(params)).toEqual(state);
  });
  it('leaves out an empty query', () => {
    expect(searchParams({ query: '', filters: { ...emptyFilters(), phase: ['Live'] } }).toString()).toBe('phase=Live');
  });
});

describe('isSearchable and hasFilters', () => {
  it('needs words or a filter', () => {
    expect(isSearchable({ query: '', filters: emptyFilters() })).toBe(false);
    expect(isSearchable({ query: 'x', filters: emptyFilters() })).toBe(true);
    expect(isSearchable({ query: '', filters: { ...emptyFilters(), owner: ['A'] } })).toBe(true);
    expect(hasFilters({ query: 'x', filters: emptyFilters() })).toBe(false);
  });
});

describe('pagefindFilters', () => {
  const filters = { ...emptyFilters(), type: ['Service', 'Run book'], phase: ['Live'] };
  it('widens within a filter and narrows across filters', () => {
    expect(pagefindFilters(filters)).toEqual({ type: { any: ['Service', 'Run book'] }, phase: { any: ['Live'] } });
  });
  it('can leave one filter out, for that filter’s own counts', () => {
    expect(pagefindFilters(filters, 'type')).toEqual({ phase: { any: ['Live'] } });
  });
  it('is empty with nothing chosen', () => {
    expect(pagefindFilters(emptyFilters())).toEqual({});
  });
});

describe('statusMessage', () => {
  const none = emptyFilters();
  it('counts results for the words', () => {
    expect(statusMessage(1, { query: 'rota', filters: none })).toBe('1 result for “rota”');
    expect(statusMessage(12, { query: 'rota', filters: none })).toBe('12 results for “rota”');
  });
  it('names the filters in use', () => {
    expect(statusMessage(3, { query: 'rota', filters: { ...none, type: ['Service'], phase: ['Live'] } })).toBe('3 results for “rota” filtered by Service, Live');
    expect(statusMessage(5, { query: '', filters: { ...none, type: ['Service'] } })).toBe('5 pages filtered by Service');
  });
  it('says what to try when nothing matches', () => {
    expect(statusMessage(0, { query: 'zzz', filters: none })).toBe('No results for “zzz”. Check the spelling, use fewer words or use the A to Z list below.');
    expect(statusMessage(0, { query: 'zzz', filters: { ...none, tag: ['a'] } })).toContain('remove a filter');
  });
  it('says nothing when nothing was searched', () => {
    expect(statusMessage(0, { query: '', filters: none })).toBe('');
  });
});
