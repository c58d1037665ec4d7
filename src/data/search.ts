/**
 * The search record of every published page (see lib/search-record.ts),
 * built once per build from the site's content. Each routed collection adds
 * its records here, so a page type cannot be searchable without also being
 * in the search page's A to Z list.
 */
import { formatLongDate } from '../lib/dates.ts';
import { entryPath } from '../lib/routes.ts';
import type { SearchRecord } from '../lib/search-record.ts';
import { checklistEntries, guidanceEntries, serviceEntries, standardEntries, teamsById } from './site.ts';
import { checklistPath } from '../lib/checklists.ts';
import { PHASES } from '../schemas/phases.ts';

/** Optional fields that not every schema version has; read defensively. */
function listField(data: object, field: string): string[] {
  const value = (data as Record<string, unknown>)[field];
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
}

async function buildRecords(): Promise<SearchRecord[]> {
  const teams = await teamsById();
  const teamName = (id: string) => teams.get(id)?.data.name ?? id;
  const guidance = (await guidanceEntries()).map(
    (entry): SearchRecord => ({
      type: 'Guidance',
      title: entry.data.title,
      path: entryPath('guidance', entry.id),
      owner: teamName(entry.data.owner),
      phases: listField(entry.data, 'phases'),
      tags: listField(entry.data, 'tags'),
      lastReviewed: formatLongDate(entry.data.lastReviewed),
      aliases: listField(entry.data, 'aliases'),
    }),
  );
  const standards = (await standardEntries()).map(
    (entry): SearchRecord => ({
      type: 'Service Standard',
      title: entry.data.title,
      path: entryPath('standards', entry.id),
      owner: teamName(entry.data.owner),
      phases: entry.data.phases,
      tags: listField(entry.data, 'tags'),
      lastReviewed: formatLongDate(entry.data.lastReviewed),
      aliases: listField(entry.data, 'aliases'),
    }),
  );
  const services = (await serviceEntries()).map(
    (entry): SearchRecord => ({
      type: 'Service',
      title: entry.data.name,
      path: entryPath('services', entry.id),
      owner: teamName(entry.data.owner),
      phases: [entry.data.phase],
      tags: listField(entry.data, 'tags'),
      lastReviewed: formatLongDate(entry.data.lastReviewed),
      // Findable by its id and by any acronym or former name its team lists.
      aliases: listField(entry.data, 'aliases'),
      id: entry.id,
    }),
  );
  const checklists = (await checklistEntries()).map(
    (entry): SearchRecord => ({
      type: 'Checklist',
      title: entry.data.title,
      path: checklistPath(entry.id),
      owner: teamName(entry.data.owner),
      // The phases its items apply to.
      phases: PHASES.filter((phase) => entry.data.items.some((item) => item.phases.includes(phase))),
      tags: [],
      lastReviewed: formatLongDate(entry.data.lastReviewed),
      aliases: [],
    }),
  );
  return [...guidance, ...standards, ...services, ...checklists];
}

let cached: Promise<Map<string, SearchRecord>> | undefined;

/** Records by site path. Cached for the build; rebuilt each time in `astro dev`, where content changes. */
function recordsByPath(): Promise<Map<string, SearchRecord>> {
  if (import.meta.env.DEV || !cached) {
    cached = buildRecords().then((records) => new Map(records.map((record) => [record.path, record])));
  }
  return cached;
}

export async function searchRecords(): Promise<SearchRecord[]> {
  return [...(await recordsByPath()).values()];
}

/** The record for a page, or undefined for pages that are not content (home, indexes, search). */
export async function searchRecordFor(path: string): Promise<SearchRecord | undefined> {
  return (await recordsByPath()).get(path);
}
