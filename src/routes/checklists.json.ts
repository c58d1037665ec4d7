/**
 * The readiness checklists as data, for dashboards and scripts: every
 * checklist with its items, and every service's answers (dates written
 * YYYY-MM-DD, as authors write them) and readiness against each one, with
 * each item's evidence from the service's manual (`derived`, and `conflict`
 * when the answer is done but the manual shows the item not met).
 */
import type { APIRoute } from 'astro';
import { checklistViews, readinessOf } from '../data/checklists.ts';
import { serviceEntries } from '../data/site.ts';
import { buildToday } from '../data/today.ts';
import { publicUrl } from '../base-path.ts';
import { checklistItemPath } from '../lib/checklists/checklists.ts';
import { formatIsoDate } from '../lib/core/dates.ts';
import { LEVELS, ANSWER_STATUSES } from '../lib/core/vocabulary.ts';
import { plainData } from '../lib/content/plain-data.ts';
import { servicePath } from '../lib/services/routes.ts';


export const GET: APIRoute = async () => {
  const checklists = (await checklistViews()).map((checklist) => ({
    id: checklist.id,
    title: checklist.title,
    description: checklist.entry.data.description,
    url: publicUrl(checklist.path),
    source: publicUrl(checklist.source.path),
    items: checklist.items.map((item) => ({
      id: item.id,
      title: item.title,
      hint: item.hint,
      level: item.level,
      phases: item.phases,
      url: publicUrl(checklistItemPath(checklist.id, item.id)),
      guidance: publicUrl(item.guidance),
      derivedFrom: item.derivedFrom ?? null,
    })),
  }));
  const services = await Promise.all(
    (await serviceEntries()).map(async (service) => ({
      id: service.id,
      name: service.data.name,
      phase: service.data.phase,
      url: publicUrl(servicePath(service.id)),
      checklists: Object.fromEntries(
        (await readinessOf(service)).map(({ checklist, answers, readiness, evidence }) => [
          checklist.id,
          {
            ...(readiness.assessed
              ? {
                  assessed: true,
                  level: readiness.level ?? null,
                  met: readiness.met,
                  applicable: readiness.applicable,
                  blockers: readiness.blockers.map(({ id, reason }) => ({ item: id, reason })),
                  outcomes: Object.fromEntries(readiness.items.map(({ id, outcome }) => [id, outcome])),
                  answers: plainData(answers),
                }
              : { assessed: false }),
            // The manual's evidence beside the answer: `derived` is null where no check applies or the manual is silent.
            items: Object.fromEntries(
              checklist.items.map((item) => {
                const { derived, reason, conflict } = evidence.get(item.id)!;
                return [item.id, { derived, conflict, ...(reason ? { reason } : {}) }];
              }),
            ),
          },
        ]),
      ),
    })),
  );
  // Exceptions are judged against this date: the build's "today" (see src/lib/core/today.ts), never the clock.
  const body = { assessedOn: formatIsoDate(buildToday()), levels: LEVELS, statuses: ANSWER_STATUSES, checklists, services };
  return new Response(`${JSON.stringify(body, null, 2)}\n`, { headers: { 'Content-Type': 'application/json' } });
};
