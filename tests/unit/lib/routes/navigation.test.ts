import { describe, expect, it } from 'vitest';
import { buildSections, currentNavItem, navigationWindow, sectionOf } from '../../../../src/lib/routes/navigation.ts';
import { entryPath } from '../../../../src/kinds/index.ts';

const pathOf = (id: string) => entryPath('guidance', id);

describe('buildSections', () => {
  const entries = [
    { id: 'operations/incident-management', title: 'Incident management', order: 4 },
    { id: 'going-live/index', title: 'Going live', order: 1 },
    { id: 'operations/index', title: 'Operations', order: 0 },
    { id: 'operations/b-page', title: 'Same order B', order: 1 },
    { id: 'operations/a-page', title: 'Same order A', order: 1 },
    { id: 'no-index/page', title: 'Orphan', order: 1 },
  ];

  it('orders sections and pages by order, then title', () => {
    const sections = buildSections(entries, pathOf);
    expect(sections.map((s) => s.id)).toEqual(['operations', 'going-live', 'no-index']);
    expect(sections[0].pages.map((p) => p.title)).toEqual(['Same order A', 'Same order B', 'Incident management']);
  });

  it('gives the same result whatever order the entries arrive in', () => {
    expect(buildSections([...entries].reverse(), pathOf)).toEqual(buildSections(entries, pathOf));
  });

  it('names a section from its index entry, or from its folder', () => {
    const sections = buildSections(entries, pathOf);
    expect(sections[0]).toMatchObject({ title: 'Operations', path: '/guidance/operations/' });
    expect(sections[2]).toMatchObject({ title: 'No index', path: '/guidance/no-index/' });
    expect(sectionOf(sections, 'operations/incident-management')?.id).toBe('operations');
  });
});

describe('currentNavItem', () => {
  const items = [
    { label: 'Guidance', path: '/guidance/' },
    { label: 'Services', path: '/services/' },
  ];
  it('matches the section a page is in', () => {
    expect(currentNavItem(items, '/guidance/operations/')?.label).toBe('Guidance');
    expect(currentNavItem(items, '/services/')?.label).toBe('Services');
    expect(currentNavItem(items, '/')).toBeUndefined();
  });
});

describe('navigationWindow', () => {
  const pages = Array.from({ length: 40 }, (_, i) => ({ id: `s/p${i}`, title: `Page ${i}`, path: `/guidance/s/p${i}/` }));

  it('lists every page of a small section', () => {
    expect(navigationWindow(pages.slice(0, 15), '/guidance/s/p3/', 15)).toEqual({ items: pages.slice(0, 15), hidden: 0 });
  });

  it('centres a large section on the current page', () => {
    const window = navigationWindow(pages, '/guidance/s/p20/', 15);
    expect(window.items.map((p) => p.id)).toEqual(pages.slice(13, 28).map((p) => p.id));
    expect(window.hidden).toBe(25);
  });

  it('keeps the window inside the section at either end', () => {
    expect(navigationWindow(pages, '/guidance/s/p1/', 15).items[0].id).toBe('s/p0');
    expect(navigationWindow(pages, '/guidance/s/p39/', 15).items.at(-1)?.id).toBe('s/p39');
    expect(navigationWindow(pages, '/guidance/s/', 15).items[0].id).toBe('s/p0');
  });
});
