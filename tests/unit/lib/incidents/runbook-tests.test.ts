import { describe, expect, it } from 'vitest';
import { formatRunbooksDue, runbookTest, runbookTestWarning, runbooksDueATest, testPeriod } from '../../../../src/lib/incidents/runbook-tests.ts';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const sixMonths = testPeriod('6 months');

describe('runbookTest', () => {
  it('says "Never tested" without a date, and warns', () => {
    const test = runbookTest(undefined, day('2026-12-01'), sixMonths);
    expect(test).toMatchObject({ state: 'never', label: 'Never tested' });
    expect(runbookTestWarning(test, '6 months')).toContain('never been tested');
  });

  it('is current up to the end of the period, and due the day after', () => {
    expect(runbookTest(day('2026-06-11'), day('2026-12-11'), sixMonths)).toMatchObject({ state: 'current', label: 'Last tested 11 June 2026' });
    const due = runbookTest(day('2026-06-11'), day('2026-12-12'), sixMonths);
    expect(due.state).toBe('due');
    expect(runbookTestWarning(due, '6 months')).toBe('Last tested 11 June 2026: more than 6 months ago. The steps may be out of date: test them and update lastTested.');
    expect(runbookTestWarning(runbookTest(day('2026-06-11'), day('2026-07-01'), sixMonths), '6 months')).toBeUndefined();
  });

  it('follows the period from settings, whatever it is', () => {
    expect(runbookTest(day('2026-06-11'), day('2026-07-01'), testPeriod('2 weeks')).state).toBe('due');
    expect(() => testPeriod('half a year')).toThrow('settings.operations.runbookTestPeriod must be a plain duration');
  });
});

describe('runbooksDueATest', () => {
  it('lists never-tested run books first, then the longest untested, leaving current ones out', () => {
    const due = runbooksDueATest(
      [
        { title: 'Current', path: '/c/', serviceName: 'S', lastTested: day('2026-11-01') },
        { title: 'Old', path: '/o/', serviceName: 'S', lastTested: day('2025-01-01') },
        { title: 'Older', path: '/p/', serviceName: 'S', lastTested: day('2024-01-01') },
        { title: 'Never', path: '/n/', serviceName: 'S' },
      ],
      day('2026-12-01'),
      sixMonths,
    );
    expect(due.map((r) => r.title)).toEqual(['Never', 'Older', 'Old']);
    expect(formatRunbooksDue(due, '6 months', (p) => `https://x${p}`)[1]).toBe('  NEVER      Never (S)  https://x/n/');
    expect(formatRunbooksDue([], '6 months', String)).toEqual(['Every run book was tested in the last 6 months.']);
  });
});
