/**
 * The site's content as the pages use it: entries from Astro's collections,
 * drafts removed, with their published paths and the navigation built once.
 * This is the only module that queries collections.
 */
import { existsSync } from 'node:fs';
import { getCollection as astroGetCollection, type CollectionEntry, type CollectionKey } from 'astro:content';
import { contentDirectory } from '../collections.ts';
import { entryPath, kinds } from '../kinds/index.ts';
import { buildSections, compareEntries, type NavSection } from '../lib/routes/navigation.ts';
import { defaultNavigation } from '../lib/routes/routes.ts';
import { settings } from '../settings.ts';
import { memoise } from './memoise.ts';
import { hasSources } from '../lib/sources/site.ts';
import type { Kind } from '../kinds/kind.ts';

/**
 * Astro's getCollection, for a kind of content the site may not have: a site
 * with no content/runbooks/ folder has no run books, which is no reason to warn.
 */
const getCollection = (async (collection: CollectionKey, filter?: (entry: never) => unknown) => {
  const kind = kinds[collection as keyof typeof kinds] as Kind;
  const federated = kind.federated !== undefined && hasSources(process.cwd(), contentDirectory());
  if (!federated && !existsSync(`${contentDirectory()}/${kind.folder}`)) return [];
  return astroGetCollection(collection, filter as never);
}) as typeof astroGetCollection;
import { teamDisplayName } from '../lib/teams/teams.ts';

export type GuidanceEntry = CollectionEntry<'guidance'>;
export type StandardEntry = CollectionEntry<'standards'>;
export type ServiceEntry = CollectionEntry<'services'>;
export type TeamEntry = CollectionEntry<'teams'>;
export type RunbookEntry = CollectionEntry<'runbooks'>;

export const guidanceEntries = memoise(async (): Promise<GuidanceEntry[]> => {
  const entries = await getCollection('guidance', (entry) => !entry.data.draft);
  return entries.sort((a, b) => a.id.localeCompare(b.id, 'en'));
});

export const guidanceSections = memoise(async (): Promise<NavSection[]> => {
  // Pages with `hideInNavigation` are published but left out of menus and section lists.
  const entries = (await guidanceEntries()).filter((entry) => !entry.data.hideInNavigation);
  return buildSections(
    entries.map((entry) => ({ id: entry.id, title: entry.data.title, order: entry.data.order })),
    (id) => entryPath('guidance', id),
  );
});

export async function standardEntries(): Promise<StandardEntry[]> {
  const entries = await getCollection('standards');
  return entries.sort((a, b) => a.data.number - b.data.number || a.id.localeCompare(b.id, 'en'));
}

export async function serviceEntries(): Promise<ServiceEntry[]> {
  const entries = await getCollection('services');
  return entries.sort((a, b) => compareEntries({ id: a.id, title: a.data.name, order: 0 }, { id: b.id, title: b.data.name, order: 0 }));
}

export const teamsById = memoise(async (): Promise<Map<string, TeamEntry>> => {
  const teams = await getCollection('teams');
  return new Map(teams.map((team) => [team.id, team]));
});

/** The name of the team that owns something, as every page shows it (see lib/teams/teams.ts). */
export async function ownerName(owner: string): Promise<string> {
  return teamDisplayName(await teamsById(), owner);
}

export type ChecklistEntry = CollectionEntry<'checklists'>;

/** Readiness checklists, in their `order`. */
export async function checklistEntries(): Promise<ChecklistEntry[]> {
  const entries = await getCollection('checklists');
  return entries.sort((a, b) => a.data.order - b.data.order || a.id.localeCompare(b.id, 'en'));
}

/** Run books, by title; each is published under its service's page. */
export async function runbookEntries(): Promise<RunbookEntry[]> {
  const entries = await getCollection('runbooks');
  return entries.sort((a, b) => a.data.title.localeCompare(b.data.title, 'en') || a.id.localeCompare(b.id, 'en'));
}

/** The main navigation: the site's own from its settings, or a link to each part of the site that has content. */
export const mainNavigation = memoise(async (): Promise<{ label: string; path: string }[]> => {
  if (settings.navigation) return settings.navigation;
  const [guidance, standards, services, checklists] = await Promise.all([guidanceEntries(), standardEntries(), serviceEntries(), checklistEntries()]);
  return defaultNavigation({ guidance: guidance.length > 0, standards: standards.length > 0, services: services.length > 0, checklists: checklists.length > 0 });
});
