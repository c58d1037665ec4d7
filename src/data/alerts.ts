/**
 * Every alert that names a run book, with the run book and its service: for
 * `/alerts/` and the stable `/alerts/<alert-id>/` addresses alert rules carry.
 * The content check has already made each alert id unique.
 */
import { ALERTS_PATH, alertId, alertPath } from '../lib/incidents/alerts.ts';
import { runbookPath } from '../lib/services/routes.ts';
import { letterPages, type LetterPage } from '../lib/paging/paging.ts';
import { PAGE_LIMITS } from '../lib/paging/limits.ts';
import { memoise } from './memoise.ts';
import { serviceViews, type ServiceLink } from './services.ts';

export interface AlertView {
  name: string;
  id: string;
  path: string;
  runbook: { title: string; path: string };
  service: ServiceLink;
}

export const alertViews = memoise(async (): Promise<AlertView[]> => {
  const views = await serviceViews();
  return views
    .flatMap((view) =>
      view.runbooks.flatMap((runbook) =>
        runbook.data.alerts.map((name) => ({
          name,
          id: alertId(name),
          path: alertPath(name),
          runbook: { title: runbook.data.title, path: runbookPath(view.entry.id, runbook.id) },
          service: { id: view.entry.id, name: view.entry.data.name, example: view.entry.data.example },
        })),
      ),
    )
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
});

/** A long list of alerts as A to Z pages by alert name (none while every alert fits on /alerts/). */
export const alertLetterPages = memoise(async (): Promise<LetterPage<AlertView>[]> => {
  const alerts = await alertViews();
  if (alerts.length <= PAGE_LIMITS.alertsOnOnePage) return [];
  return letterPages(alerts, (alert) => alert.name, PAGE_LIMITS.alertsPerPage, (a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
});

export function alertLetterPath(slug: string): string {
  return `${ALERTS_PATH}a-z/${slug}/`;
}
