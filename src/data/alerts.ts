/**
 * Every alert that names a run book, with the run book and its service: for
 * `/alerts/` and the stable `/alerts/<alert-id>/` addresses alert rules carry.
 * The content check has already made each alert id unique.
 */
import { alertId, alertPath } from '../lib/incidents/alerts.ts';
import { runbookPath } from '../lib/services/routes.ts';
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
