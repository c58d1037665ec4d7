import { describe, expect, it } from 'vitest';
import { parseIsoDate } from '../../../../../src/lib/core/dates.ts';
import { checklistEvidence, compareAnswer, conflictsIn, conflictText } from '../../../../../src/lib/checklists/readiness/evidence.ts';

const met = { state: 'met' as const };
const short = { state: 'not-met' as const, reason: 'no P2 or P3 severity is documented' };

describe('compareAnswer', () => {
  it('is a conflict only when answered done and the evidence says not met', () => {
    expect(compareAnswer('done', short)).toEqual({ derived: 'not-met', reason: short.reason, conflict: true, markDone: false });
    expect(compareAnswer('in-progress', short).conflict).toBe(false);
    expect(compareAnswer(undefined, short).conflict).toBe(false);
    expect(compareAnswer('done', met).conflict).toBe(false);
    expect(compareAnswer('done', null)).toEqual({ derived: null, conflict: false, markDone: false });
  });
  it('prompts to mark done when the evidence says met and the team has not said done or not applicable', () => {
    expect(compareAnswer(undefined, met).markDone).toBe(true);
    expect(compareAnswer('in-progress', met).markDone).toBe(true);
    expect(compareAnswer('done', met).markDone).toBe(false);
    expect(compareAnswer('not-applicable', met).markDone).toBe(false);
  });
  it('words a conflict as the reader sees it', () => {
    expect(conflictText(short.reason)).toBe('Answered done, but no P2 or P3 severity is documented.');
  });
});

describe('checklistEvidence', () => {
  it('runs each item’s check against the manual; items without one have no evidence', () => {
    const evidence = checklistEvidence(
      [{ id: 'severity-levels', derivedFrom: 'severity-levels-defined' }, { id: 'hand-offs' }],
      { 'severity-levels': { status: 'done' }, 'hand-offs': { status: 'done' } },
      { slos: [], severities: [{ level: 'P1' }], rota: [], dashboards: [], environments: [] },
      { severityLevels: ['P1', 'P2', 'P3'], runbookTestPeriod: '6 months', runbooks: [], today: parseIsoDate('2026-12-01')! },
    );
    expect(evidence.get('severity-levels')).toMatchObject({ derived: 'not-met', conflict: true });
    expect(evidence.get('hand-offs')).toEqual({ derived: null, conflict: false, markDone: false });
  });
});

describe('conflictsIn', () => {
  it('lists each conflict with its checklist, item and reason, in order', () => {
    const evidence = new Map([
      ['a', { derived: 'not-met' as const, reason: 'no RTO', conflict: true, markDone: false }],
      ['b', { derived: 'not-met' as const, reason: 'no SLOs', conflict: false, markDone: false }],
    ]);
    const checklist = { id: 'c', title: 'C', items: [{ id: 'b', title: 'B' }, { id: 'a', title: 'A' }] };
    expect(conflictsIn([{ checklist, evidence }])).toEqual([{ checklistId: 'c', checklistTitle: 'C', itemId: 'a', itemTitle: 'A', reason: 'no RTO' }]);
  });
});
