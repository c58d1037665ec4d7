import { describe, expect, it } from 'vitest';
import { EXAMPLE_MARK, hiddenFromSearchEngines, INTERNAL_MARK, serviceContextName, serviceMarks } from '../../../../src/lib/services/provenance.ts';

describe('service marks', () => {
  it('tags an example service "Example" and an internal one "Internal", and a plain one not at all', () => {
    expect(serviceMarks({ name: 'Find' })).toEqual([]);
    expect(serviceMarks({ name: 'Find', example: true, visibility: 'public' })).toEqual([EXAMPLE_MARK]);
    expect(serviceMarks({ name: 'CPD', visibility: 'internal' })).toEqual([INTERNAL_MARK]);
    expect(serviceMarks({ name: 'Both', example: true, visibility: 'internal' }).map((mark) => mark.label)).toEqual(['Example', 'Internal']);
  });

  it("names an example service as one where it gives another page's context", () => {
    expect(serviceContextName({ name: 'Find mentor training', example: true })).toBe('Find mentor training (example)');
    expect(serviceContextName({ name: 'Manage CPD', example: false })).toBe('Manage CPD');
  });

  it('keeps internal manuals, and pages marked noindex, from search engines', () => {
    expect(hiddenFromSearchEngines({ name: 'A', visibility: 'internal', noindex: false })).toBe(true);
    expect(hiddenFromSearchEngines({ name: 'A', visibility: 'public', noindex: true })).toBe(true);
    expect(hiddenFromSearchEngines({ name: 'A', visibility: 'public', noindex: false })).toBe(false);
  });
});
