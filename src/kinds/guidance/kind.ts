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
  references: [{ field: 'owner', to: 'teams', values: single('owner') }],
  search: { type: 'Guidance', title: (data) => data.title, phases: (data) => listField(data, 'phases') },
});
