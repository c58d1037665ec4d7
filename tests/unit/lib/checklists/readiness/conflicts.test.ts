import { describe, expect, it } from 'vitest';
import { parseIsoDate } from '../../../../../src/lib/core/dates.ts';
import type { CheckedEntry } from '../../../../../src/lib/content/references.ts';
import { checkConflicts } from '../../../../../src/lib/checklists/readiness/conflicts.ts';

const entry = (collection: string, id: string, data: Record<string, unknown>): CheckedEntry => ({
  collection,
  id,
  file: `content/${collection}/${id}`,
  data,
  lineOf: (path) => path.length * 10,
});
const checklist = entry('checklists', 'ready', {
  items: [
    { id: 'severity-levels', derivedFrom: 'severity-levels-defined' },
    { id: 'run-books', derivedFrom: 'runbooks-tested' },
    { id: 'hand-offs' },
  ],
});
const manual = { slos: [], severities: [{ level: 'P1' }], rota: [], dashboards: [], environments: [] };
const settings = { severityLevels: ['P1', 'P2', 'P3'], runbookTestPeriod: '6 months', today: parseIsoDate('2026-12-01')! };

describe('checkConflicts', () => {
  it('warns, on the answer’s line, for each item answered done that the manual shows not met', () => {
    const service = entry('services', 'pay', { ...manual, checklists: { ready: { 'severity-levels': { status: 'done' }, 'hand-offs': { status: 'done' } } } });
    expect(checkConflicts([checklist, service], settings)).toEqual([
      {
        file: 'content/services/pay',
        line: 30,
        field: 'checklists.ready.severity-levels',
        message: 'is answered done, but no P2 or P3 severity is documented: define every level in `severities:`, or answer in-progress until it is done',
        severity: 'warning',
      },
    ]);
  });

  it('reads the service’s own run books', () => {
    const service = entry('services', 'pay', { ...manual, checklists: { ready: { 'run-books': { status: 'done' } } } });
    const runbook = entry('runbooks', 'refund', { service: 'pay', title: 'Refund', lastTested: parseIsoDate('2026-01-01') });
    const other = entry('runbooks', 'other', { service: 'other', title: 'Other' });
    expect(checkConflicts([checklist, service, runbook, other], settings).map((f) => f.message)).toEqual([
      'is answered done, but the run book “Refund” was last tested on 1 January 2026, more than 6 months ago: follow the run book end to end and set its `lastTested:` (content/runbooks/), or answer in-progress until it is done',
    ]);
  });

  it('says nothing for answers not done, or a manual that is silent', () => {
    const inProgress = entry('services', 'a', { ...manual, checklists: { ready: { 'severity-levels': { status: 'in-progress' } } } });
    const silent = entry('services', 'b', { ...manual, severities: [], checklists: { ready: { 'severity-levels': { status: 'done' }, 'run-books': { status: 'done' } } } });
    expect(checkConflicts([checklist, inProgress, silent], settings)).toEqual([]);
  });
});
