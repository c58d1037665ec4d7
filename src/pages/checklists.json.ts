/**
 * The readiness checklists as data, for dashboards and scripts: every
 * checklist with its items, and every service's answers and readiness
 * against each one (see lib/checklists-export.ts).
 */
import type { APIRoute } from 'astro';
import { settings } from '../settings.ts';
import { checklistViews } from '../data/checklists.ts';
import { pageUrl } from '../lib/page-url.ts';
import { checklistItemPath } from '../lib/checklists.ts';
import { LEVELS, ANSWER_STATUSES } from '../lib/readiness.ts';

const url = (path: string) => pageUrl(path, settings.base, settings.siteUrl);

export const GET: APIRoute = async () => {
  const checklists = (await checklistViews()).map((checklist) => ({
    id: checklist.id,
    title: checklist.title,
    description: checklist.entry.data.description,
    url: url(checklist.path),
    source: url(checklist.source.path),
    items: checklist.items.map((item) => ({
      id: item.id,
      title: item.title,
      hint: item.hint,
      level: item.level,
      phases: item.phases,
      url: url(checklistItemPath(checklist.id, item.id)),
      guidance: url(item.guidance),
    })),
  }));
  const body = { levels: LEVELS, statuses: ANSWER_STATUSES, checklists };
  return new Response(`${JSON.stringify(body, null, 2)}\n`, { headers: { 'Content-Type': 'application/json' } });
};
