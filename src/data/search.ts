/**
 * The search record of every published page (see lib/search/record.ts),
 * built once per build from the site's content. Each routed collection adds
 * its records here, so a page type cannot be searchable without also being
 * in the search page's A to Z list.
 */
import { formatLongDate } from '../lib/core/dates.ts';
import { entryPath } from '../lib/routes/routes.ts';
import type { SearchRecord } from '../lib/search/record.ts';
import { checklistEntries, guidanceEntries, runbookEntries, serviceEntries, standardEntries, teamsById } from './site.ts';
import { CREATE_SERVICE_PATH, runbookPath } from '../lib/services/routes.ts';
import { checklistPath } from '../lib/checklists/checklists.ts';
import { PHASES } from '../lib/core/vocabulary.ts';
import { memoise } from './memoise.ts';
import { serviceMarks } from '../lib/services/provenance.ts';
import { teamDisplayName } from '../lib/teams/teams.ts';

/** Optional fields that not every schema version has; read defensively. */
function listField(data: object, field: string): string[] {
  const value = (data as Record<string, unknown>)[field];
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
}

async function buildRecords(): Promise<SearchRecord[]> {
  const teams = await teamsById();
  /** What every reviewed, owned entry shares: its owner's name, review date, tags and other names. */
  const common = (data: { owner: string; lastReviewed: Date }) => ({
    owner: teamDisplayName(teams, data.owner),
    lastReviewed: formatLongDate(data.lastReviewed),
    tags: listField(data, 'tags'),
    aliases: listField(data, 'aliases'),
  });
  const guidance = (await guidanceEntries()).map(
    (entry): SearchRecord => ({ type: 'Guidance', title: entry.data.title, path: entryPath('guidance', entry.id), phases: listField(entry.data, 'phases'), ...common(entry.data) }),
  );
  const standards = (await standardEntries()).map(
    (entry): SearchRecord => ({ type: 'Service Standard', title: entry.data.title, path: entryPath('standards', entry.id), phases: entry.data.phases, ...common(entry.data) }),
  );
  const serviceList = await serviceEntries();
  // A service is also found by its id, and by any acronym or former name its team lists.
  const services = serviceList.map(
    (entry): SearchRecord => ({ type: 'Service', title: entry.data.name, path: entryPath('services', entry.id), phases: [entry.data.phase], ...common(entry.data), id: entry.id, marks: serviceMarks(entry.data) }),
  );
  // A run book belongs to its service: filed under the service's owner and phase.
  const servicesById = new Map(serviceList.map((service) => [service.id, service]));
  const runbooks = (await runbookEntries()).flatMap((entry): SearchRecord[] => {
    const service = servicesById.get(entry.data.service);
    if (!service) return [];
    return [{ type: 'Run book', title: entry.data.title, path: runbookPath(service.id, entry.id), phases: [service.data.phase], ...common({ ...entry.data, owner: service.data.owner }), marks: serviceMarks(service.data) }];
  });
  const checklists = (await checklistEntries()).map(
    (entry): SearchRecord => ({
      type: 'Checklist',
      title: entry.data.title,
      path: checklistPath(entry.id),
      // The phases its items apply to.
      phases: PHASES.filter((phase) => entry.data.items.some((item) => item.phases.includes(phase))),
      ...common(entry.data),
    }),
  );
  // Pages built from code rather than entries. Their titles must match their pages' (a build test checks).
  const pages: SearchRecord[] = [
    { type: 'Guidance', title: 'Create a service manual', path: CREATE_SERVICE_PATH, phases: [], tags: [], aliases: ['service manual template'] },
  ];
  return [...guidance, ...standards, ...services, ...runbooks, ...checklists, ...pages];
}

/** Records by site path. */
const recordsByPath = memoise(async () => new Map((await buildRecords()).map((record) => [record.path, record])));

export async function searchRecords(): Promise<SearchRecord[]> {
  return [...(await recordsByPath()).values()];
}

/** The record for a page, or undefined for pages that are not content (home, indexes, search). */
export async function searchRecordFor(path: string): Promise<SearchRecord | undefined> {
  return (await recordsByPath()).get(path);
}
