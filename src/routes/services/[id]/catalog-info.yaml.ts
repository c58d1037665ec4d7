/** Each service as a Backstage Component entity, ready to register in a Backstage catalogue. */
import type { APIRoute } from 'astro';
import { stringify } from 'yaml';
import { settings } from '../../../settings.ts';
import { servicePagePaths, type ServiceView } from '../../../data/services.ts';
import { publicUrl } from '../../../base-path.ts';
import { backstageEntity } from '../../../lib/services/backstage.ts';
import { servicePath } from '../../../lib/services/routes.ts';

export async function getStaticPaths() {
  return servicePagePaths();
}

export const GET: APIRoute = ({ props }) => {
  const { entry } = (props as { view: ServiceView }).view;
  // Backstage links must be absolute, so the manual's own page is linked only when the site URL is known.
  const manualUrl = settings.siteUrl ? publicUrl(servicePath(entry.id)) : undefined;
  const entity = backstageEntity({ id: entry.id, ...entry.data }, manualUrl);
  const header = `# Generated from ${entry.filePath ?? `content/services/${entry.id}.md`} by the operations manual: edit that file, not this one.\n`;
  return new Response(header + stringify(entity), { headers: { 'Content-Type': 'application/yaml' } });
};
