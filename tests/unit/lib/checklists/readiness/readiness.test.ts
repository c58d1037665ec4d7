import { describe, expect, it } from 'vitest';
import { parseIsoDate } from '../../../../../src/lib/core/dates.ts';
import type { Phase } from '../../../../../src/lib/core/vocabulary.ts';
import { assessChecklist, exceptionStands, itemOutcome, type ChecklistAnswers, type ReadinessItem } from '../../../../../src/lib/checklists/readiness/readiness.ts';

const day = (text: string) => parseIsoDate(text)!;
const today = day('2026-06-15');
const live: { phase: Phase; today: Date } = { phase: 'live', today };

/** Two items at each level, all for beta and live. */
const items: ReadinessItem[] = [
  { id: 'e1', level: 'essential', phases: ['beta', 'live'] },
  { id: 'e2', level: 'essential', phases: ['beta', 'live'] },
  { id: 'x1', level: 'expected', phases: ['beta', 'live'] },
  { id: 'x2', level: 'expected', phases: ['beta', 'live'] },
  { id: 'm1', level: 'exemplary', phases: ['beta', 'live'] },
  { id: 'm2', level: 'exemplary', phases: ['live'] },
];
const done = { status: 'done' as const };
const all = (status: 'done' | 'not-started'): ChecklistAnswers => Object.fromEntries(items.map((item) => [item.id, { status }]));

function assessed(answers: ChecklistAnswers | undefined, context = live) {
  const readiness = assessChecklist(items, answers, context);
  if (!readiness.assessed) throw new Error('expected an assessed checklist');
  return readiness;
}

describe('unanswered checklists', () => {
  it('are "not assessed", with no score at all, rather than zero', () => {
    expect(assessChecklist(items, undefined, live)).toEqual({ assessed: false });
  });

  it('are assessed once answered, even with no items answered: every item then counts as not started', () => {
    const readiness = assessed({});
    expect(readiness).toMatchObject({ met: 0, applicable: 6, level: undefined });
    expect(readiness.items.every((item) => item.outcome === 'not-met' && item.status === undefined)).toBe(true);
    expect(readiness.blockers.map((b) => b.id)).toEqual(['e1', 'e2']);
  });
});

describe('levels', () => {
  it('reaches every level when everything is done', () => {
    expect(assessed(all('done'))).toMatchObject({ met: 6, applicable: 6, level: 'exemplary', blockers: [] });
  });

  it('reaches no level while an essential item is unmet', () => {
    expect(assessed({ ...all('done'), e2: { status: 'in-progress' } }).level).toBeUndefined();
  });

  it('stops at the highest level whose items, and every lower level’s, are all met', () => {
    expect(assessed({ e1: done, e2: done }).level).toBe('essential');
    expect(assessed({ e1: done, e2: done, x1: done, x2: done, m1: done }).level).toBe('expected');
  });

  it('does not count a higher level as reached when a lower one is not, however much of it is done', () => {
    const readiness = assessed({ e1: done, e2: done, x1: done, m1: done, m2: done });
    expect(readiness.level).toBe('essential');
    expect(readiness.met).toBe(5);
  });

  it('passes over a level with nothing that applies, but never reports it as reached', () => {
    // In beta, the only exemplary item for beta is m1: not applicable here, so exemplary has nothing that applies.
    const beta = { phase: 'beta' as const, today };
    expect(assessed({ ...all('done'), m1: { status: 'not-applicable' } }, beta).level).toBe('expected');
    // Nothing at expected applies, so exemplary is reached straight from essential.
    expect(assessed({ ...all('done'), x1: { status: 'not-applicable' }, x2: { status: 'not-applicable' } }).level).toBe('exemplary');
    expect(assessed({ e1: done, e2: done, x1: { status: 'not-applicable' }, x2: { status: 'not-applicable' } }).level).toBe('essential');
  });

  it('reaches no level when nothing applies, rather than every level', () => {
    const readiness = assessChecklist(items, {}, { phase: 'discovery', today });
    expect(readiness).toMatchObject({ assessed: true, applicable: 0, met: 0, level: undefined, blockers: [] });
  });
});

describe('not applicable', () => {
  it('takes an item out of the count, so the level can be reached without it', () => {
    const readiness = assessed({ ...all('done'), x2: { status: 'not-applicable' } });
    expect(readiness).toMatchObject({ met: 5, applicable: 5, level: 'exemplary' });
    expect(readiness.items.find((item) => item.id === 'x2')?.outcome).toBe('not-applicable');
  });

  it('never makes an essential item a blocker', () => {
    expect(assessed({ e1: { status: 'not-applicable' }, e2: done }).blockers).toEqual([]);
  });

  it('also applies to items for other phases than the service is in', () => {
    const beta = assessed(all('done'), { phase: 'beta', today });
    expect(beta).toMatchObject({ met: 5, applicable: 5, level: 'exemplary' });
    expect(beta.items.find((item) => item.id === 'm2')?.outcome).toBe('not-this-phase');
  });
});

describe('exceptions', () => {
  const exception = (expires: string) => ({ status: 'in-progress' as const, exception: { expires: day(expires) } });

  it('count an item as met until they expire, without blocking', () => {
    const readiness = assessed({ e1: done, e2: exception('2026-12-31') });
    expect(readiness).toMatchObject({ met: 2, level: 'essential', blockers: [] });
    expect(readiness.items[1]).toMatchObject({ outcome: 'met-by-exception', status: 'in-progress' });
  });

  it('still stand on their expiry date, and have ended the day after', () => {
    expect(exceptionStands({ expires: day('2026-06-15') }, today)).toBe(true);
    expect(exceptionStands({ expires: day('2026-06-14') }, today)).toBe(false);
    expect(itemOutcome(items[0]!, exception('2026-06-15'), 'live', today)).toBe('met-by-exception');
    expect(itemOutcome(items[0]!, exception('2026-06-15'), 'live', day('2026-06-16'))).toBe('exception-expired');
  });

  it('block readiness once expired, at any level, and the item is no longer met', () => {
    const readiness = assessed({ ...all('done'), e2: exception('2026-01-31'), m1: exception('2026-06-14') });
    expect(readiness.blockers).toEqual([
      { id: 'e2', level: 'essential', reason: 'exception-expired' },
      { id: 'm1', level: 'exemplary', reason: 'exception-expired' },
    ]);
    expect(readiness).toMatchObject({ met: 4, level: undefined });
  });

  it('are judged against the "today" passed in, not the clock', () => {
    const answers = { ...all('done'), x1: exception('2026-09-30') };
    expect(assessed(answers, { phase: 'live', today: day('2026-09-30') }).level).toBe('exemplary');
    expect(assessed(answers, { phase: 'live', today: day('2026-10-01') }).level).toBe('essential');
  });

  it('do not matter once an item is done', () => {
    expect(itemOutcome(items[0]!, { status: 'done', exception: { expires: day('2020-01-01') } }, 'live', today)).toBe('met');
  });
});

describe('blockers', () => {
  it('are the unmet essential items, not unmet items at higher levels', () => {
    const readiness = assessed({ e1: { status: 'in-progress' }, e2: { status: 'not-started' }, x1: { status: 'not-started' } });
    expect(readiness.blockers).toEqual([
      { id: 'e1', level: 'essential', reason: 'essential-not-met' },
      { id: 'e2', level: 'essential', reason: 'essential-not-met' },
    ]);
  });
});
