import { describe, expect, it } from 'vitest';
import { azGroups, facetValues, filterValues, metaValues, phaseLabel, type SearchRecord } from '../../../../src/lib/search/record.ts';

function record(overrides: Partial<SearchRecord>): SearchRecord {
  return { type: 'Guidance', title: 'A page', path: '/guidance/a/', phases: [], tags: [], aliases: [], ...overrides };
}

describe('filterValues', () => {
  it('gives each filter the page’s values, phases as words', () => {
    const values = filterValues(record({ type: 'Service', owner: 'CPD team', phases: ['live'], tags: ['incidents', 'on-call'] }));
    expect(values).toEqual({ type: ['Service'], phase: ['Live'], owner: ['CPD team'], tag: ['incidents', 'on-call'] });
  });
  it('leaves out what the page does not have, and repeats nothing', () => {
    expect(filterValues(record({ tags: ['a', 'a', ' '], phases: ['beta', 'beta'] }))).toEqual({ type: ['Guidance'], phase: ['Beta'], owner: [], tag: ['a'] });
  });
});

describe('metaValues', () => {
  it('carries the facts shown with a result, and the names a service answers to', () => {
    const meta = metaValues(record({ type: 'Service', owner: 'CPD team', lastReviewed: '2 June 2025', aliases: ['CPD', 'CPD', 'Old name'], id: 'manage-cpd' }));
    expect(meta).toEqual({ type: 'Service', owner: 'CPD team', reviewed: '2 June 2025', aliases: 'CPD, Old name', id: 'manage-cpd' });
  });
  it('has only the type when nothing else is known', () => {
    expect(metaValues(record({}))).toEqual({ type: 'Guidance' });
  });
  it('carries the tags of an example or internal service, so its run books say so in results too', () => {
    const marks = [{ label: 'Example', tag: 'govuk-tag--yellow' }, { label: 'Internal', tag: 'govuk-tag--grey' }];
    expect(metaValues(record({ type: 'Run book', marks })).marks).toBe('Example, Internal');
    expect(metaValues(record({ type: 'Run book', marks: [] }))).not.toHaveProperty('marks');
  });
});

describe('facetValues', () => {
  it('collects every value once, types and phases in their natural order, the rest A to Z', () => {
    const facets = facetValues([
      record({ type: 'Service', owner: 'Zebra team', phases: ['live'], tags: ['rota'] }),
      record({ type: 'Guidance', owner: 'Alpha team', tags: ['incidents', 'rota'] }),
      record({ type: 'Service Standard', owner: 'Alpha team', phases: ['beta', 'alpha', 'live'] }),
    ]);
    expect(facets).toEqual({
      type: ['Guidance', 'Service Standard', 'Service'],
      phase: ['Alpha', 'Beta', 'Live'],
      owner: ['Alpha team', 'Zebra team'],
      tag: ['incidents', 'rota'],
    });
  });
});

describe('phaseLabel', () => {
  it('capitalises a phase id', () => {
    expect(phaseLabel('retiring')).toBe('Retiring');
  });
});

describe('azGroups', () => {
  const groups = azGroups([
    record({ title: 'incident management', path: '/b/' }),
    record({ title: 'Backups', path: '/c/' }),
    record({ title: 'Incident review', path: '/d/' }),
    record({ title: '14. Operate a reliable service', path: '/e/' }),
    record({ title: 'Élan', path: '/f/' }),
    record({ title: '“Quoted”', path: '/g/' }),
  ]);
  it('groups by first letter, digits first and other characters last', () => {
    expect(groups.map((group) => group.letter)).toEqual(['0–9', 'B', 'E', 'I', '#']);
    expect(groups.map((group) => group.id)).toEqual(['az-digits', 'az-b', 'az-e', 'az-i', 'az-other']);
  });
  it('sorts titles within a letter ignoring case', () => {
    expect(groups.find((group) => group.letter === 'I')?.records.map((r) => r.title)).toEqual(['incident management', 'Incident review']);
  });
  it('lists every record exactly once', () => {
    expect(groups.flatMap((group) => group.records.map((r) => r.path)).sort()).toEqual(['/b/', '/c/', '/d/', '/e/', '/f/', '/g/']);
  });
});
