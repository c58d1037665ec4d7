import { describe, expect, it } from 'vitest';
import { parseIsoDate } from '../../../../../src/lib/core/dates.ts';
import { assessChecklist, type ChecklistAnswers, type ReadinessItem } from '../../../../../src/lib/checklists/readiness/readiness.ts';
import { nextSteps } from '../../../../../src/lib/checklists/readiness/next-steps.ts';
import type { Phase } from '../../../../../src/lib/core/vocabulary.ts';

const today = parseIsoDate('2026-06-15')!;
// Authored out of level order, to show steps come lowest level first, then in the checklist's order.
const items: ReadinessItem[] = [
  { id: 'x1', level: 'expected', phases: ['beta', 'live'] },
  { id: 'e2', level: 'essential', phases: ['beta', 'live'] },
  { id: 'm1', level: 'exemplary', phases: ['live'] },
  { id: 'e1', level: 'essential', phases: ['beta', 'live'] },
  { id: 'x2', level: 'expected', phases: ['beta', 'live'] },
];
function steps(answers: ChecklistAnswers, phase: Phase = 'live') {
  const readiness = assessChecklist(items, answers, { phase, today });
  if (!readiness.assessed) throw new Error('expected assessed');
  return nextSteps(readiness);
}
const ids = (result: ReturnType<typeof steps>) => (result.done ? [] : result.items.map((item) => item.id));
const done = { status: 'done' as const };

describe('nextSteps', () => {
  it('lists unmet essential items first, then those of the target level, each in checklist order', () => {
    const result = steps({});
    expect(result).toMatchObject({ done: false, target: 'essential' });
    expect(ids(result)).toEqual(['e2', 'e1']);
  });
  it('aims at the level after the one reached', () => {
    const result = steps({ e1: done, e2: done, x2: done });
    expect(result).toMatchObject({ done: false, target: 'expected' });
    expect(ids(result)).toEqual(['x1']);
  });
  it('counts an ended exception as a step, and a current one as met', () => {
    const expired = { status: 'not-started' as const, exception: { expires: parseIsoDate('2026-01-01')! } };
    const current = { status: 'not-started' as const, exception: { expires: parseIsoDate('2027-01-01')! } };
    expect(ids(steps({ e1: expired, e2: current }))).toEqual(['e1']);
  });
  it('passes over a level with nothing that applies in the phase', () => {
    expect(steps({ e1: done, e2: done, x1: done, x2: done }, 'beta')).toEqual({ done: true, level: 'expected' });
  });
  it('has nothing left at exemplary', () => {
    expect(steps({ e1: done, e2: done, x1: done, x2: done, m1: done })).toEqual({ done: true, level: 'exemplary' });
  });
});
