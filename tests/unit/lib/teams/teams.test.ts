import { describe, expect, it } from 'vitest';
import { parseIsoDate } from '../../../../src/lib/core/dates.ts';
import { runbooksDue, teamDisplayName, teamPath } from '../../../../src/lib/teams/teams.ts';

const day = (text: string) => parseIsoDate(text)!;
const soon = { amount: 30, unit: 'day' as const };

describe('teamPath', () => {
  it('publishes each team under /teams/', () => expect(teamPath('mentor-funding-team')).toBe('/teams/mentor-funding-team/'));
});

describe('runbooksDue', () => {
  const runbooks = [
    { id: 'fresh', title: 'Fresh', service: 's', lastTested: day('2026-11-01') },
    { id: 'soon', title: 'Soon', service: 's', lastTested: day('2026-06-20') },
    { id: 'stale', title: 'Stale', service: 's', lastTested: day('2026-02-16') },
    { id: 'never', title: 'Never', service: 's' },
  ];
  it('lists never tested, overdue and due soon, in that order, and leaves out current ones', () => {
    const due = runbooksDue(runbooks, '6 months', day('2026-12-01'), soon);
    expect(due.map((r) => [r.id, r.state])).toEqual([
      ['never', 'never-tested'],
      ['stale', 'overdue'],
      ['soon', 'due-soon'],
    ]);
    expect(due[1]!.due).toEqual(day('2026-08-16'));
  });
  it('uses the configured test period', () => {
    expect(runbooksDue(runbooks, '1 year', day('2026-12-01'), soon).map((r) => r.id)).toEqual(['never']);
  });
});

describe('teamDisplayName', () => {
  it("gives the team's name, or the owner id when no team file has that id", () => {
    const teams = new Map([['ops', { data: { name: 'Operations team' } }]]);
    expect(teamDisplayName(teams, 'ops')).toBe('Operations team');
    expect(teamDisplayName(teams, 'unknown-team')).toBe('unknown-team');
  });
});
