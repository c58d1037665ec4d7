import { describe, expect, it } from 'vitest';
import { groupByReadiness } from '../../../../../src/lib/checklists/readiness/by-level.ts';
import type { Readiness } from '../../../../../src/lib/checklists/readiness/readiness.ts';

const readiness = (over: Partial<Readiness>): Readiness => ({ assessed: true, applicable: 3, met: 3, level: 'expected', blockers: [], items: [], ...over }) as Readiness;

describe('groupByReadiness', () => {
  it('counts services by the level they reached, most ready first, leaving out empty levels', () => {
    const services = [
      { id: 'a', r: readiness({ assessed: false }) },
      { id: 'b', r: readiness({ level: 'essential' }) },
      { id: 'c', r: readiness({ level: undefined }) },
      { id: 'd', r: readiness({ level: 'exemplary' }) },
      { id: 'e', r: readiness({ level: 'essential' }) },
    ];
    const groups = groupByReadiness(services, (s) => s.r);
    expect(groups.map((g) => [g.status.label, g.items.map((s) => s.id)])).toEqual([
      ['Exemplary', ['d']],
      ['Essential', ['b', 'e']],
      ['Below essential', ['c']],
      ['Not assessed', ['a']],
    ]);
  });
});
