/**
 * The search record of every published page (see lib/search/record.ts),
 * built once per build from the site's content: each kind (src/kinds/) says
 * what its record holds, so a page type cannot be searchable without also
 * being in the search page's A to Z list.
 */
import { formatLongDate } from '../lib/core/dates.ts';
import type { SearchRecord } from '../lib/search/record.ts';
import { entriesOf, teamsById } from './site.ts';
import { CREATE_SERVICE_PATH } from '../lib/services/routes.ts';
import { memoise } from './memoise.ts';
import { teamDisplayName } from '../lib/teams/teams.ts';
import { homeIdOf, kindList, ownerOf, ownersAmong, pagePathOf, type AnyEntry, type KindName } from '../kinds/index.ts';
import { listField, type Kind } from '../kinds/kind.ts';

async function buildRecords(): Promise<SearchRecord[]> {
  const teams = await teamsById();
  const entries = new Map(await Promise.all(kindList.map(async ({ name }) => [name, (await entriesOf(name)) as AnyEntry[]] as const)));
  const byId = new Map(kindList.map(({ name }) => [name, new Map(entries.get(name)!.map((entry) => [entry.id, entry]))]));
  const homeOwner = ownersAmong([...entries.values()].flat());
  const records = kindList.flatMap(({ name, search }: { name: KindName } & Kind) => {
    if (!search) return [];
    return entries.get(name)!.flatMap((entry): SearchRecord[] => {
      // An entry that lives under another (a run book under its service) is filed under it; without it, it is not a page.
      const homeId = homeIdOf(entry);
      const home = homeId && byId.get(homeId.kind as KindName)?.get(homeId.id);
      if (homeId && !home) return [];
      const data = entry.data as { owner?: string; lastReviewed: Date };
      return [
        {
          type: search.type,
          title: search.title(entry.data),
          path: search.path?.(entry.id) ?? pagePathOf(entry)!,
          phases: search.phases(entry.data, home),
          // What every reviewed, owned entry shares: its owner's name, review date, tags and other names.
          owner: teamDisplayName(teams, ownerOf(entry, homeOwner)!),
          lastReviewed: formatLongDate(data.lastReviewed),
          tags: listField(data, 'tags'),
          aliases: listField(data, 'aliases'),
          ...search.extra?.(entry, home),
        },
      ];
    });
  });
  // Pages built from code rather than entries. Their titles must match their pages' (a build test checks).
  const pages: SearchRecord[] = [
    { type: 'Guidance', title: 'Create a service manual', path: CREATE_SERVICE_PATH, phases: [], tags: [], aliases: ['service manual template'] },
  ];
  return [...records, ...pages];
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
