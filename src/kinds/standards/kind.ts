/** The Service Standard's points, published under /service-standard/. */
import { single } from '../../lib/content/references.ts';
import { standardSchema } from '../../schemas/standard.ts';
import { defineKind } from '../kind.ts';

export const standards = defineKind({
  folder: 'standards',
  pattern: '*.{md,mdx}',
  schema: standardSchema,
  noun: 'Service Standard page',
  prefix: '/service-standard/',
  order: (a, b) => a.data.number - b.data.number || a.id.localeCompare(b.id, 'en'),
  references: [{ field: 'owner', to: 'teams', values: single('owner') }],
  search: { type: 'Service Standard', title: (data) => data.title, phases: (data) => data.phases },
});
