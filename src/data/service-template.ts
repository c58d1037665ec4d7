/** The service manual template: one file, shown on the Create page, offered as a download and copied by `npm run new:service`. */
import { readFileSync } from 'node:fs';
import { settings } from '../settings.ts';
import { templateWithSeverities } from '../lib/incidents/severity.ts';
import { engineFile } from '../engine-root.ts';

export const SERVICE_TEMPLATE_FILE = 'templates/service.md';

/** The template, its severity comments in the site's vocabulary (`settings.operations.severityLevels`). */
export function serviceTemplate(): string {
  return templateWithSeverities(readFileSync(engineFile(SERVICE_TEMPLATE_FILE), 'utf8'), settings.operations.severityLevels);
}

/**
 * Where the template's sections come from, credited on the Create page: its section structure
 * (badges, dashboards, repositories, dependencies, environments, failover, run books, known issues,
 * scheduled tasks, testing and the rest) follows this department's service manual page.
 */
export const SERVICE_TEMPLATE_SOURCES = [
  {
    title: 'Manage continuing professional development',
    publisher: 'Department for Education (DfE Service Manual)',
    licence: 'No licence stated; for internal use by the DfE service community',
  },
];
