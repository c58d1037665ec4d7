/**
 * Run books. A run book lives under its service: it is published under the
 * service's page, belongs to the service's owner and is filed in search under
 * the service's phase and marks. This is the one place that says so.
 */
import { serviceMarks } from '../../lib/services/provenance.ts';
import { single } from '../../lib/content/references.ts';
import { runbookPath } from '../../lib/services/routes.ts';
import type { z } from 'astro/zod';
import type { serviceSchema } from '../../schemas/service.ts';
import { runbookSchema } from '../../schemas/runbook.ts';
import { defineKind } from '../kind.ts';

type ServiceData = z.output<typeof serviceSchema>;

export const runbooks = defineKind({
  folder: 'runbooks',
  pattern: '*.{md,mdx}',
  schema: runbookSchema,
  noun: 'run book',
  order: (a, b) => a.data.title.localeCompare(b.data.title, 'en') || a.id.localeCompare(b.id, 'en'),
  home: { kind: 'services', field: 'service', path: runbookPath },
  federated: 'runbook',
  references: [{ field: 'service', to: 'services', values: single('service') }],
  search: {
    type: 'Run book',
    title: (data) => data.title,
    phases: (_data, service) => [(service!.data as ServiceData).phase],
    extra: (_entry, service) => ({ marks: serviceMarks(service!.data as ServiceData) }),
  },
});
