import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { answersYaml, ticksFrom } from '../../../../src/lib/checklists/answers-yaml.ts';
import { checklistAnswersShape } from '../../../../src/schemas/checklist-answers.ts';

/** As pasted on the line after a service file's `checklists:` key. */
const underChecklists = (yaml: string) => checklistAnswersShape.checklists.safeParse((parse(`checklists:\n${yaml}`, { schema: 'core' }) as { checklists: unknown }).checklists);

describe('answersYaml', () => {
  const yaml = answersYaml('going-live', ['security-assessment', 'accessibility-audit', 'performance-testing'], { 'accessibility-audit': '2026-11-20' });

  it('answers every item: ticked ones done with the date ticked and an evidence placeholder, the rest not started', () => {
    expect(yaml).toBe(
      [
        '  going-live:',
        '    security-assessment:',
        '      status: not-started',
        '    accessibility-audit:',
        '      status: done',
        '      date: 2026-11-20',
        '      evidence:',
        '    performance-testing:',
        '      status: not-started',
        '',
      ].join('\n'),
    );
  });

  it('pastes under a `checklists:` key as exactly what the service schema accepts', () => {
    const result = underChecklists(yaml);
    expect(result.success, JSON.stringify(result.error?.issues)).toBe(true);
    expect(result.data?.['going-live']?.['accessibility-audit']).toEqual({ status: 'done', date: new Date('2026-11-20T00:00:00Z') });
  });

  it('starts from a service’s answers: keeps their dates, evidence, reasons and exceptions, quoting free text', () => {
    const current = {
      a: { status: 'done', date: '2026-01-02', evidence: 'See #ops, "page 2" # kept' },
      b: { status: 'not-applicable', reason: 'Office hours only: agreed' },
      c: { status: 'in-progress', exception: { reason: 'Agreed with the owner', expires: '2027-03-31' } },
      d: { status: 'done', date: '2026-01-02' },
    };
    const copied = answersYaml('going-live', ['a', 'b', 'c', 'd', 'e'], { a: '2026-11-20', e: '2026-11-20' }, current);
    const result = underChecklists(copied);
    expect(result.success, JSON.stringify(result.error?.issues)).toBe(true);
    const answers = result.data!['going-live']!;
    expect(answers.a).toEqual({ status: 'done', date: new Date('2026-01-02T00:00:00Z'), evidence: 'See #ops, "page 2" # kept' });
    expect(answers.b).toEqual({ status: 'not-applicable', reason: 'Office hours only: agreed' });
    expect(answers.c).toEqual({ status: 'in-progress', exception: { reason: 'Agreed with the owner', expires: new Date('2027-03-31T00:00:00Z') } });
    // Unticked, so no longer done.
    expect(answers.d).toEqual({ status: 'not-started' });
    expect(answers.e).toEqual({ status: 'done', date: new Date('2026-11-20T00:00:00Z') });
  });
});

describe('ticksFrom', () => {
  it('ticks each done item with its own date, or today', () => {
    expect(ticksFrom({ a: { status: 'done', date: '2026-01-02' }, b: { status: 'done' }, c: { status: 'in-progress' } }, '2026-11-20')).toEqual({ a: '2026-01-02', b: '2026-11-20' });
  });
});
