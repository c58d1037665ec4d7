/**
 * Every service's current answers to one checklist, for the self-assessment
 * on the checklist's page: it lists the services to pick from and starts the
 * ticks from the chosen service's answers. Fetched by the page's script, so
 * the page's HTML does not grow with the number of services.
 */
import type { APIRoute } from 'astro';
import { checklistViews, type ChecklistView } from '../../../data/checklists.ts';
import { serviceEntries } from '../../../data/site.ts';
import { plainData } from '../../../lib/content/plain-data.ts';

export async function getStaticPaths() {
  return (await checklistViews()).map((checklist) => ({ params: { id: checklist.id }, props: { checklist } }));
}

export const GET: APIRoute = async ({ props }) => {
  const { checklist } = props as { checklist: ChecklistView };
  const services = (await serviceEntries())
    .map((service) => ({ id: service.id, name: service.data.name, answers: plainData(service.data.checklists[checklist.id] ?? {}) }))
    .sort((a, b) => a.name.localeCompare(b.name, 'en') || a.id.localeCompare(b.id, 'en'));
  return new Response(JSON.stringify({ checklist: checklist.id, services }), { headers: { 'Content-Type': 'application/json' } });
};
