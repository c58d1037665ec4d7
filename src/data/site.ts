/**
 * The site's content as the pages use it: entries from Astro's collections,
 * drafts removed, with their published paths and the navigation built once.
 * This is the only module that queries collections.
 */
import { existsSync } from 'node:fs';
import { getCollection as astroGetCollection, type CollectionEntry, type CollectionKey } from 'astro:content';
import { contentDirectory } from '../collections.ts';
import { entryPath, kinds, readsSources, type KindName } from '../kinds/index.ts';
import { buildSections, type NavSection } from '../lib/routes/navigation.ts';
import { defaultNavigation } from '../lib/routes/routes.ts';
import { settings } from '../settings.ts';
import { memoise } from './memoise.ts';
import type { Kind } from '../kinds/kind.ts';

/**
 * Astro's getCollection, for a kind of content the site may not have: a site
 * with no content/runbooks/ folder has no run books, which is no reason to warn.
 */
export const getCollection = (async (collection: CollectionKey, filter?: (entry: never) => unknown) => {
  const kind = kinds[collection as keyof typeof kinds] as Kind;
  if (!readsSources(kind) && !existsSync(`${contentDirectory()}/${kind.folder}`)) return [];
  return astroGetCollection(collection, filter as never);
}) as typeof astroGetCollection;
import { teamDisplayName } from '../lib/teams/teams.ts';

export type GuidanceEntry = CollectionEntry<'guidance'>;
export type StandardEntry = CollectionEntry<'standards'>;
export type ServiceEntry = CollectionEntry<'services'>;
export type TeamEntry = CollectionEntry<'teams'>;
export type RunbookEntry = CollectionEntry<'runbooks'>;

/** A kind's entries that the site publishes (no drafts), in the order its pages list them: both as its kind declares (src/kinds/). */
export async function entriesOf<K extends KindName>(name: K): Promise<CollectionEntry<K>[]> {
  const { published, order } = kinds[name] as Kind;
  const entries = await getCollection(name, published && ((entry: CollectionEntry<K>) => published(entry.data)));
  return order ? entries.sort(order) : entries;
}

export const guidanceEntries = memoise(() => entriesOf('guidance'));

export const guidanceSections = memoise(async (): Promise<NavSection[]> => {
  // Pages with `hideInNavigation` are published but left out of menus and section lists.
  const entries = (await guidanceEntries()).filter((entry) => !entry.data.hideInNavigation);
  return buildSections(
    entries.map((entry) => ({ id: entry.id, title: entry.data.title, order: entry.data.order })),
    (id) => entryPath('guidance', id),
  );
});

export const standardEntries = (): Promise<StandardEntry[]> => entriesOf('standards');

export const serviceEntries = (): Promise<ServiceEntry[]> => entriesOf('services');

export const teamsById = memoise(async (): Promise<Map<string, TeamEntry>> => {
  const teams = await entriesOf('teams');
  return new Map(teams.map((team) => [team.id, team]));
});

/** The name of the team that owns something, as every page shows it (see lib/teams/teams.ts). */
export async function ownerName(owner: string): Promise<string> {
  return teamDisplayName(await teamsById(), owner);
}

export type ChecklistEntry = CollectionEntry<'checklists'>;

/** Readiness checklists, in their `order`. */
export const checklistEntries = (): Promise<ChecklistEntry[]> => entriesOf('checklists');

/** Run books, by title; each is published under its service's page. */
export const runbookEntries = (): Promise<RunbookEntry[]> => entriesOf('runbooks');

/** The main navigation: the site's own from its settings, or a link to each part of the site that has content. */
export const mainNavigation = memoise(async (): Promise<{ label: string; path: string }[]> => {
  if (settings.navigation) return settings.navigation;
  const [guidance, standards, services, checklists] = await Promise.all([guidanceEntries(), standardEntries(), serviceEntries(), checklistEntries()]);
  return defaultNavigation({ guidance: guidance.length > 0, standards: standards.length > 0, services: services.length > 0, checklists: checklists.length > 0 });
});
