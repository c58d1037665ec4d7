/** One manual per service, published under /services/; may come from the service's own repository. */
import { each, eachInner, single } from '../../lib/content/references.ts';
import { compareEntries } from '../../lib/routes/navigation.ts';
import { serviceMarks } from '../../lib/services/provenance.ts';
import { SERVICES_PREFIX } from '../../lib/services/routes.ts';
import { serviceSchema } from '../../schemas/service.ts';
import { defineKind } from '../kind.ts';

export const services = defineKind({
  folder: 'services',
  pattern: '*.{md,mdx}',
  schema: serviceSchema,
  noun: 'service manual',
  prefix: SERVICES_PREFIX,
  order: (a, b) => compareEntries({ id: a.id, title: a.data.name, order: 0 }, { id: b.id, title: b.data.name, order: 0 }),
  federated: 'service',
  references: [
    { field: 'owner', to: 'teams', values: single('owner') },
    { field: 'dependsOn', to: 'services', values: each('dependsOn') },
    { field: 'knownIssues[].runbook', to: 'runbooks', values: eachInner('knownIssues', 'runbook') },
    { field: 'scheduledTasks[].runbook', to: 'runbooks', values: eachInner('scheduledTasks', 'runbook') },
  ],
  // A service is also found by its id, and by any acronym or former name its team lists.
  search: { type: 'Service', title: (data) => data.name, phases: (data) => [data.phase], extra: (entry) => ({ id: entry.id, marks: serviceMarks(entry.data) }) },
});
