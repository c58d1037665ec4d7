import { describe, expect, it } from 'vitest';
import { mapFrontmatter, teamIdForSlack } from '../../../../src/importers/tech-docs/frontmatter.ts';

describe('mapFrontmatter', () => {
  it('maps every tech-docs key the guidance collection has', () => {
    const mapped = mapFrontmatter({
      title: 'Set up',
      description: 'How to set up.',
      weight: 20,
      last_reviewed_on: '2024-02-29',
      review_in: '3 Months',
      owner_slack: '#team',
      hide_in_navigation: true,
      old_paths: ['/set-up.html'],
    });
    expect(mapped).toMatchObject({ title: 'Set up', description: 'How to set up.', order: 20, lastReviewed: '2024-02-29', reviewIn: '3 months', ownerSlack: '#team', hideInNavigation: true, oldPaths: ['/set-up/'] });
    expect(mapped.problems.map((p) => p.key)).toEqual(['old_paths']);
  });
  it('accepts a date YAML already turned into a Date, and singular durations', () => {
    expect(mapFrontmatter({ last_reviewed_on: new Date('2025-01-31T00:00:00Z'), review_in: '1 year' })).toMatchObject({ lastReviewed: '2025-01-31', reviewIn: '1 year' });
  });
  it('reports values it cannot use and keys it cannot carry', () => {
    const mapped = mapFrontmatter({ weight: 1.5, last_reviewed_on: 'May 2022', review_in: 'soon', hide_in_navigation: 'yes', parent: '/a.html', related_repos: ['x'] });
    expect(mapped.order).toBeUndefined();
    expect(mapped.lastReviewed).toBeUndefined();
    expect(mapped.problems.map((p) => `${p.key}: ${p.message}`)).toEqual([
      "weight: `1.5` is not a whole number, so `order` was set by the page's place in its folder",
      'last_reviewed_on: `May 2022` is not a date written YYYY-MM-DD: `lastReviewed` was set to the import date; review the page and correct it',
      'review_in: `soon` is not a plain duration such as "6 months": `reviewIn` was set to "6 months"',
      'hide_in_navigation: `yes` is not true or false, so the page stays in the navigation',
      'parent: has no equivalent here, so it was not carried across: the side navigation follows the folders',
      'related_repos: has no equivalent here, so it was not carried across',
    ]);
  });
});

describe('teamIdForSlack', () => {
  it('makes a team id from a channel or user', () => {
    expect(teamIdForSlack('#Data_Catalogue')).toBe('data-catalogue');
    expect(teamIdForSlack('@someone')).toBe('someone');
    expect(teamIdForSlack('#')).toBe('imported-owner');
  });
});
