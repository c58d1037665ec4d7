import { describe, expect, it } from 'vitest';
import { checklistItemPath, checklistPath, groupByLevel, itemsBackedBy, phaseList, splitSectionLink } from '../../../../src/lib/checklists/checklists.ts';

describe('paths', () => {
  it('publishes a checklist under /checklists/ and each item as an anchor on its page', () => {
    expect(checklistPath('going-live')).toBe('/checklists/going-live/');
    expect(checklistItemPath('going-live', 'accessibility-audit')).toBe('/checklists/going-live/#accessibility-audit');
  });

  it('splits a guidance section link into its page and heading anchor', () => {
    expect(splitSectionLink('/guidance/operations/incident-management/#after-the-incident')).toEqual({
      path: '/guidance/operations/incident-management/',
      anchor: 'after-the-incident',
    });
    expect(splitSectionLink('/guidance/x/')).toEqual({ path: '/guidance/x/', anchor: '' });
  });
});

describe('groupByLevel', () => {
  it('groups items lowest level first, keeps the author’s order within a level and leaves out empty levels', () => {
    const items = [
      { id: 'a', level: 'expected' as const },
      { id: 'b', level: 'essential' as const },
      { id: 'c', level: 'expected' as const },
    ];
    expect(groupByLevel(items).map((group) => [group.level, group.items.map((item) => item.id)])).toEqual([
      ['essential', ['b']],
      ['expected', ['a', 'c']],
    ]);
  });
});

describe('itemsBackedBy', () => {
  const checklists = [
    {
      id: 'ready',
      title: 'Ready',
      items: [
        { id: 'rota', title: 'Rota', level: 'essential' as const, guidance: '/guidance/ops/support/#support-rota' },
        { id: 'roles', title: 'Roles', level: 'expected' as const, guidance: '/guidance/ops/support/#support-roles' },
        { id: 'other', title: 'Other', level: 'expected' as const, guidance: '/guidance/ops/other/#support-rota' },
      ],
    },
    { id: 'live', title: 'Live', items: [{ id: 'cover', title: 'Cover', level: 'exemplary' as const, guidance: '/guidance/ops/support/#support-rota' }] },
  ];

  it('indexes a page’s items by heading anchor, across checklists', () => {
    const backed = itemsBackedBy('/guidance/ops/support/', checklists);
    expect([...backed.keys()]).toEqual(['support-rota', 'support-roles']);
    expect(backed.get('support-rota')!.map((item) => `${item.checklistId}/${item.itemId}`)).toEqual(['ready/rota', 'live/cover']);
  });

  it('is empty for a page that backs nothing', () => {
    expect(itemsBackedBy('/guidance/ops/nothing/', checklists).size).toBe(0);
  });
});

describe('phaseList', () => {
  it('reads as a sentence', () => {
    expect(phaseList(['live'])).toBe('Live');
    expect(phaseList(['beta', 'live'])).toBe('Beta and live');
    expect(phaseList(['alpha', 'beta', 'live'])).toBe('Alpha, beta and live');
  });
});
