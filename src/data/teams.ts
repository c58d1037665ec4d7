/**
 * Teams as their pages use them, built once per build: each team's services
 * with their readiness, the pages it owns that need review, its services' run
 * books due a test and the answers its manuals disagree with.
 */
import { settings } from '../settings.ts';
import { reviewReport } from '../lib/review/review-report.ts';
import { DUE_SOON_DAYS } from '../lib/review/review.ts';
import type { IndexedPage } from '../lib/routes/page-index.ts';
import { conflictsIn, type Conflict } from '../lib/checklists/readiness/evidence.ts';
import { runbooksDue, type RunbookDue } from '../lib/teams/teams.ts';
import { publishedPages } from './pages.ts';
import { serviceViews, type ServiceView } from './services.ts';
import { readinessOf, type ChecklistReadiness } from './checklists.ts';
import { teamsById } from './site.ts';
import { buildToday } from './today.ts';
import { memoise } from './memoise.ts';

export interface TeamService {
  view: ServiceView;
  readiness: ChecklistReadiness[];
}

export interface TeamView {
  id: string;
  name: string;
  description?: string;
  contact: string;
  services: TeamService[];
  overduePages: IndexedPage[];
  dueSoonPages: IndexedPage[];
  runbooksDue: (RunbookDue & { serviceName: string })[];
  conflicts: (Conflict & { serviceId: string; serviceName: string })[];
}

export const teamViews = memoise(async (): Promise<TeamView[]> => {
  const today = buildToday();
  const soon = { amount: DUE_SOON_DAYS, unit: 'day' as const };
  const [teams, views, pages] = await Promise.all([teamsById(), serviceViews(), publishedPages()]);
  const report = reviewReport(pages, today, soon);
  const withReadiness = await Promise.all(views.map(async (view) => ({ view, readiness: await readinessOf(view.entry) })));
  return [...teams.values()]
    .map((team): TeamView => {
      const services = withReadiness.filter(({ view }) => view.entry.data.owner === team.id);
      const reviews = report.owners.find((owner) => owner.owner === team.id);
      return {
        id: team.id,
        name: team.data.name,
        description: team.data.description,
        contact: team.data.contact,
        services,
        overduePages: reviews?.overdue ?? [],
        dueSoonPages: reviews?.dueSoon ?? [],
        runbooksDue: services.flatMap(({ view }) =>
          runbooksDue(
            view.runbooks.map((runbook) => ({ id: runbook.id, title: runbook.data.title, service: view.entry.id, lastTested: runbook.data.lastTested })),
            settings.operations.runbookTestPeriod,
            today,
            soon,
          ).map((due) => ({ ...due, serviceName: view.entry.data.name })),
        ),
        conflicts: services.flatMap(({ view, readiness }) =>
          conflictsIn(readiness).map((conflict) => ({ ...conflict, serviceId: view.entry.id, serviceName: view.entry.data.name })),
        ),
      };
    })
    .sort((a, b) => a.name.localeCompare(b.name, 'en', { numeric: true }) || a.id.localeCompare(b.id, 'en'));
});
