import { describe, expect, it } from 'vitest';
import type { Readiness } from '../../../../../src/lib/checklists/readiness/readiness.ts';
import { bars, checklistPortfolio, mostBlocked, standingOf, type PortfolioService } from '../../../../../src/lib/checklists/readiness/portfolio.ts';

const at = (level: 'essential' | 'expected' | 'exemplary' | undefined, blockers = 0): Readiness => ({
  assessed: true,
  met: 1,
  applicable: 2,
  level,
  blockers: Array.from({ length: blockers }, (_, i) => ({ id: `b${i}`, level: 'essential' as const, reason: 'essential-not-met' as const })),
  items: [],
});
const a = { id: 'a', name: 'Team A' };
const b = { id: 'b', name: 'Team B' };
const services: PortfolioService[] = [
  { id: 's1', name: 'One', phase: 'live', team: b, readiness: [at('expected'), at(undefined, 2)] },
  { id: 's2', name: 'Two', phase: 'beta', team: a, readiness: [at('essential'), at(undefined, 1)] },
  { id: 's3', name: 'Three', phase: 'live', team: a, readiness: [{ assessed: false }, at(undefined, 3)] },
];

describe('standingOf', () => {
  it('says not assessed, nothing applies, below essential or the level', () => {
    expect(standingOf({ assessed: false })).toBe('not-assessed');
    expect(standingOf({ ...at(undefined), applicable: 0 } as Readiness)).toBe('nothing-applies');
    expect(standingOf(at(undefined))).toBe('below-essential');
    expect(standingOf(at('expected'))).toBe('expected');
  });
});

describe('checklistPortfolio', () => {
  it('counts services at each standing, overall, by phase in phase order and by team name', () => {
    const result = checklistPortfolio(services, 0, ['alpha', 'beta', 'live']);
    expect(result.total).toMatchObject({ 'not-assessed': 1, essential: 1, expected: 1, exemplary: 0 });
    expect(result.byPhase.map((p) => [p.phase, p.counts.expected, p.counts['not-assessed']])).toEqual([
      ['beta', 0, 0],
      ['live', 1, 1],
    ]);
    expect(result.byTeam.map((t) => [t.name, t.counts.essential])).toEqual([
      ['Team A', 1],
      ['Team B', 0],
    ]);
  });
});

describe('mostBlocked', () => {
  it('ranks services by blockers across checklists, most first, up to the limit', () => {
    expect(mostBlocked(services, 2).map((s) => [s.id, s.blockers])).toEqual([
      ['s3', 3],
      ['s1', 2],
    ]);
  });
});

describe('bars', () => {
  it('scales the longest bar to the width', () => {
    expect(bars([{ label: 'x', count: 3 }, { label: 'y', count: 1 }, { label: 'z', count: 0 }], 300).map((bar) => bar.length)).toEqual([300, 100, 0]);
  });
});
