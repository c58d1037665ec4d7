import { describe, expect, it } from 'vitest';
import { groupByDate, recentChanges, type ChangedPage } from '../../../../src/lib/feeds/whats-new.ts';

function page(title: string, date: string, path = `/guidance/${title.toLowerCase()}/`): ChangedPage {
  return { title, description: `${title} page`, path, kind: 'Guidance', date: new Date(`${date}T00:00:00Z`) };
}

describe('recentChanges', () => {
  it('puts the most recently reviewed first and keeps only the limit', () => {
    const pages = [page('Old', '2022-05-23'), page('New', '2025-11-03'), page('Middle', '2024-01-31')];
    expect(recentChanges(pages, 2).map((p) => p.title)).toEqual(['New', 'Middle']);
  });
  it('orders pages of the same day by title then path, whatever the input order', () => {
    const a = [page('Beta', '2025-01-01'), page('Alpha', '2025-01-01', '/b/'), page('Alpha', '2025-01-01', '/a/')];
    const expected = ['Alpha /a/', 'Alpha /b/', 'Beta /guidance/beta/'];
    expect(recentChanges(a).map((p) => `${p.title} ${p.path}`)).toEqual(expected);
    expect(recentChanges([...a].reverse()).map((p) => `${p.title} ${p.path}`)).toEqual(expected);
  });
});

describe('groupByDate', () => {
  it('groups consecutive pages of one day under that day', () => {
    const groups = groupByDate(recentChanges([page('A', '2025-01-02'), page('B', '2025-01-01'), page('C', '2025-01-02')]));
    expect(groups.map((g) => [g.date.toISOString().slice(0, 10), g.pages.map((p) => p.title)])).toEqual([
      ['2025-01-02', ['A', 'C']],
      ['2025-01-01', ['B']],
    ]);
  });
});
