import { describe, expect, it } from 'vitest';
import { outcomeStatus, readinessCounts, readinessStatus } from '../../../../../src/lib/checklists/readiness/format.ts';
import type { Readiness } from '../../../../../src/lib/checklists/readiness/readiness.ts';

const scored = (fields: Partial<Extract<Readiness, { assessed: true }>>): Readiness => ({
  assessed: true,
  met: 0,
  applicable: 0,
  level: undefined,
  blockers: [],
  items: [],
  ...fields,
});

describe('readinessStatus', () => {
  it('says "Not assessed" for an unanswered checklist, never a score', () => {
    expect(readinessStatus({ assessed: false })).toEqual({ label: 'Not assessed', tag: 'govuk-tag--grey' });
    expect(readinessCounts({ assessed: false })).toBe('Not assessed');
  });

  it('names the level reached, or says the service is below essential', () => {
    expect(readinessStatus(scored({ applicable: 4, met: 4, level: 'exemplary' })).label).toBe('Exemplary');
    expect(readinessStatus(scored({ applicable: 4, met: 2, level: 'essential' })).label).toBe('Essential');
    expect(readinessStatus(scored({ applicable: 4, met: 1 }))).toEqual({ label: 'Below essential', tag: 'govuk-tag--red' });
  });

  it('says when nothing applies yet, rather than "Below essential"', () => {
    expect(readinessStatus(scored({})).label).toBe('Nothing applies yet');
  });
});

describe('readinessCounts', () => {
  it('gives met of applicable, and blockers when there are any', () => {
    expect(readinessCounts(scored({ met: 9, applicable: 11 }))).toBe('9 of 11 met');
    expect(readinessCounts(scored({ met: 3, applicable: 5, blockers: [{ id: 'a', level: 'essential', reason: 'essential-not-met' }] }))).toBe('3 of 5 met, 1 blocker');
  });
});

describe('outcomeStatus', () => {
  it('shows done as plain text and unfinished work as tags, as GOV.UK task lists do', () => {
    expect(outcomeStatus('met', 'done')).toEqual({ label: 'Done' });
    expect(outcomeStatus('not-met', 'in-progress')).toEqual({ label: 'In progress', tag: 'govuk-tag--light-blue' });
    expect(outcomeStatus('not-met', undefined)).toEqual({ label: 'Not started', tag: 'govuk-tag--blue' });
  });

  it('dates exceptions', () => {
    expect(outcomeStatus('met-by-exception', 'in-progress', '31 March 2027').label).toBe('Exception until 31 March 2027');
    expect(outcomeStatus('exception-expired', 'not-started', '1 May 2026')).toEqual({ label: 'Exception ended 1 May 2026', tag: 'govuk-tag--red' });
  });
});
