/** The service manual template: one file, shown on the Create page, offered as a download and copied by `npm run new:service`. */
import { readFileSync } from 'node:fs';
import path from 'node:path';

export const SERVICE_TEMPLATE_FILE = 'templates/service.md';

export function serviceTemplate(): string {
  return readFileSync(path.resolve(process.cwd(), SERVICE_TEMPLATE_FILE), 'utf8');
}
