import { describe, expect, it } from 'vitest';
import { groupByOwner, groupByPhase } from '../../../../src/lib/services/catalogue.ts';

const items = [
  { id: 'c', name: 'Charlie', phase: 'live' as const, owner: 'zeta' },
  { id: 'a', name: 'Alpha', phase: 'beta' as const, owner: 'zeta' },
  { id: 'b', name: 'Bravo', phase: 'live' as const, owner: 'alpha-team' },
];

describe('catalogue groups', () => {
  it('orders phases as delivery does and leaves out empty ones', () => {
    const groups = groupByPhase(items, (phase) => phase.toUpperCase());
    expect(groups.map((g) => [g.title, g.items.map((i) => i.id)])).toEqual([
      ['BETA', ['a']],
      ['LIVE', ['b', 'c']],
    ]);
  });

  it('groups by owner, sorted by team name, services by name', () => {
    const names: Record<string, string> = { zeta: 'A team', 'alpha-team': 'B team' };
    const groups = groupByOwner(items, (owner) => names[owner]);
    expect(groups.map((g) => [g.key, g.items.map((i) => i.id)])).toEqual([
      ['zeta', ['a', 'c']],
      ['alpha-team', ['b']],
    ]);
  });
});
