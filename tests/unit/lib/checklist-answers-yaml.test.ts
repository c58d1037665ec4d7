import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { answersYaml } from '../../../src/lib/checklist-answers-yaml.ts';
import { checklistAnswersShape } from '../../../src/schemas/checklist-answers.ts';

describe('answersYaml', () => {
  const yaml = answersYaml('going-live', ['security-assessment', 'accessibility-audit', 'performance-testing'], { 'accessibility-audit': '2026-11-20' });

  it('answers every item: ticked ones done with the date ticked, the rest not started', () => {
    expect(yaml).toBe(
      [
        'checklists:',
        '  going-live:',
        '    security-assessment:',
        '      status: not-started',
        '    accessibility-audit:',
        '      status: done',
        '      date: 2026-11-20',
        '    performance-testing:',
        '      status: not-started',
        '',
      ].join('\n'),
    );
  });

  it('is exactly what the service schema accepts', () => {
    const data = parse(yaml, { schema: 'core' }) as { checklists: unknown };
    const result = checklistAnswersShape.checklists.safeParse(data.checklists);
    expect(result.success, JSON.stringify(result.error?.issues)).toBe(true);
    expect(result.data?.['going-live']?.['accessibility-audit']).toEqual({ status: 'done', date: new Date('2026-11-20T00:00:00Z') });
  });
});
