/**
 * Every service manual as data, for dashboards and scripts: `data` is the
 * frontmatter exactly as the schema defines it (dates as YYYY-MM-DD), and the
 * derived facts (used by, run books) sit beside it.
 */
import type { APIRoute } from 'astro';
import { serviceViews } from '../data/services.ts';
import { publicUrl } from '../base-path.ts';
import { plainData } from '../lib/content/plain-data.ts';
import { catalogInfoPath, runbookPath, servicePath } from '../lib/services/routes.ts';


export const GET: APIRoute = async () => {
  const services = (await serviceViews()).map((view) => ({
    id: view.entry.id,
    url: publicUrl(servicePath(view.entry.id)),
    catalogInfo: publicUrl(catalogInfoPath(view.entry.id)),
    data: plainData(view.entry.data),
    usedBy: view.usedBy.map((service) => service.id),
    runbooks: view.runbooks.map((runbook) => ({ id: runbook.id, title: runbook.data.title, url: publicUrl(runbookPath(view.entry.id, runbook.id)) })),
  }));
  return new Response(`${JSON.stringify({ services }, null, 2)}\n`, { headers: { 'Content-Type': 'application/json' } });
};
