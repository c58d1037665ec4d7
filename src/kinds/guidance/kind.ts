/** Operations and going-live guidance, one folder per section, published under /guidance/. */
import { single } from '../../lib/content/references.ts';
import { guidanceSchema } from '../../schemas/guidance.ts';
import { defineKind, listField } from '../kind.ts';

export const guidance = defineKind({
  folder: 'guidance',
  pattern: '**/*.{md,mdx}',
  schema: guidanceSchema,
  noun: 'guidance page',
  prefix: '/guidance/',
  order: (a, b) => a.id.localeCompare(b.id, 'en'),
  published: (data) => !data.draft,
  references: [{ field: 'owner', to: 'teams', values: single('owner') }],
  search: { type: 'Guidance', title: (data) => data.title, phases: (data) => listField(data, 'phases') },
});
