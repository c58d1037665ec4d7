import { describe, expect, it } from 'vitest';
import { buildSections, currentNavItem, sectionOf } from '../../../src/lib/navigation.ts';
import { entryPath } from '../../../src/lib/routes.ts';

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
