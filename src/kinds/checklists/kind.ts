/** Readiness checklists that services answer, each published at its own page (src/lib/checklists/checklists.ts). */
import { single } from '../../lib/content/references.ts';
import { checklistPath } from '../../lib/checklists/checklists.ts';
import { PHASES } from '../../lib/core/vocabulary.ts';
import { checklistSchema } from '../../schemas/checklist.ts';
import { defineKind } from '../kind.ts';

export const checklists = defineKind({
  folder: 'checklists',
  pattern: '*.{yaml,yml}',
  schema: checklistSchema,
  noun: 'checklist',
  order: (a, b) => a.data.order - b.data.order || a.id.localeCompare(b.id, 'en'),
  references: [{ field: 'owner', to: 'teams', values: single('owner') }],
  search: {
    type: 'Checklist',
    title: (data) => data.title,
    // Its page is not a reviewed page in the page index, so search says where it is.
    path: checklistPath,
    // The phases its items apply to.
    phases: (data) => PHASES.filter((phase) => data.items.some((item) => item.phases.includes(phase))),
  },
});
