/**
 * A checklist's readiness across a large portfolio: the services grouped by
 * the level they reached, and the services × items matrix split by owning
 * team (a big team's into parts), so no page grows with the whole portfolio.
 */
import { chunk } from '../lib/paging/paging.ts';
import { PAGE_LIMITS } from '../lib/paging/limits.ts';
import { groupByReadiness, type LevelGroup } from '../lib/checklists/readiness/by-level.ts';
import { checklistViews, readinessOf, type ChecklistView } from './checklists.ts';
import { serviceEntries, teamsById, type ServiceEntry } from './site.ts';
import { memoise } from './memoise.ts';
import type { Readiness } from '../lib/checklists/readiness/readiness.ts';
import { teamDisplayName } from '../lib/teams/teams.ts';

export interface ChecklistTeamPage {
  checklist: ChecklistView;
  teamName: string;
  slug: string;
  part: number;
  parts: number;
  services: ServiceEntry[];
}

export interface ServiceReadinessRow {
  service: ServiceEntry;
  readiness: Readiness;
}

/** Whether the portfolio is too large for one services × items matrix per checklist. */
export async function matrixIsSplit(): Promise<boolean> {
  return (await serviceEntries()).length > PAGE_LIMITS.matrixServices;
}

export function checklistTeamPath(checklistPath: string, slug: string): string {
  return `${checklistPath}teams/${slug}/`;
}

/** Every checklist's per-team matrix pages, teams by name (none while one matrix fits). */
export const checklistTeamPages = memoise(async (): Promise<ChecklistTeamPage[]> => {
  if (!(await matrixIsSplit())) return [];
  const [services, teams, checklists] = await Promise.all([serviceEntries(), teamsById(), checklistViews()]);
  const owners = [...new Set(services.map((service) => service.data.owner))]
    .map((owner) => ({ owner, name: teamDisplayName(teams, owner) }))
    .sort((a, b) => a.name.localeCompare(b.name, 'en') || a.owner.localeCompare(b.owner, 'en'));
  return checklists.flatMap((checklist) =>
    owners.flatMap(({ owner, name }) => {
      const own = services.filter((service) => service.data.owner === owner).sort((a, b) => a.data.name.localeCompare(b.data.name, 'en'));
      const parts = chunk(own, PAGE_LIMITS.matrixPerPage);
      return parts.map((part, index) => ({ checklist, teamName: name, slug: `${owner}${index === 0 ? '' : `-${index + 1}`}`, part: index + 1, parts: parts.length, services: part }));
    }),
  );
});

/** Every service's readiness against one checklist, grouped by the level reached. */
export async function readinessByLevel(checklist: ChecklistView): Promise<LevelGroup<ServiceReadinessRow>[]> {
  const rows = await Promise.all(
    (await serviceEntries()).map(async (service) => ({ service, readiness: (await readinessOf(service)).find((result) => result.checklist.id === checklist.id)!.readiness })),
  );
  rows.sort((a, b) => a.service.data.name.localeCompare(b.service.data.name, 'en'));
  return groupByReadiness(rows, (row) => row.readiness);
}
