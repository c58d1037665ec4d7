import { describe, expect, it } from 'vitest';
import { checkChecklistAnswers } from '../../../../src/lib/checklists/references.ts';
import type { CheckedEntry } from '../../../../src/lib/content/references.ts';

const lines: Record<string, number> = { 'checklists': 10, 'checklists.going-live': 11, 'checklists.going-live.acessibility-audit': 12, 'checklists.goin-live': 20 };
const entry = (collection: string, id: string, data: Record<string, unknown>): CheckedEntry => ({
  collection,
  id,
  file: `content/${collection}/${id}.${collection === 'services' ? 'mdx' : 'yaml'}`,
  data,
  lineOf: (path) => lines[path.map(String).join('.')] ?? 1,
});

const checklist = entry('checklists', 'going-live', { items: [{ id: 'accessibility-audit' }, { id: 'security-assessment' }] });

describe('checkChecklistAnswers', () => {
  it('accepts answers that name real checklists and items, and services without answers', () => {
    const service = entry('services', 'good', { checklists: { 'going-live': { 'accessibility-audit': { status: 'done' } } } });
    expect(checkChecklistAnswers([checklist], [service, entry('services', 'quiet', { checklists: {} })])).toEqual([]);
  });

  it('names the file and line of an unknown checklist, with the closest id', () => {
    const service = entry('services', 'typo', { checklists: { 'goin-live': {} } });
    expect(checkChecklistAnswers([checklist], [service])).toEqual([
      {
        file: 'content/services/typo.mdx',
        line: 20,
        field: 'checklists.goin-live',
        message: 'names the checklist `goin-live`, which is not in content/checklists/. Did you mean `going-live`? Checklists: going-live',
      },
    ]);
  });

  it('names an unknown item with the closest id in that checklist and lists its items', () => {
    const service = entry('services', 'typo', { checklists: { 'going-live': { 'acessibility-audit': { status: 'done' } } } });
    expect(checkChecklistAnswers([checklist], [service])).toEqual([
      {
        file: 'content/services/typo.mdx',
        line: 12,
        field: 'checklists.going-live.acessibility-audit',
        message:
          'names the item `acessibility-audit`, which is not in the checklist `going-live` (content/checklists/going-live.yaml). Did you mean `accessibility-audit`? Its items: accessibility-audit, security-assessment',
      },
    ]);
  });
});
