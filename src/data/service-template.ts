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
