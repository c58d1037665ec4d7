/**
 * One reviewed page in the shape every list of pages uses (the reviews page,
 * `api/pages.json`, redirects and `npm run review:report`), made from a
 * content entry however it was loaded: by Astro, or by the content check.
 */
import { nextReviewDate, type ReviewFields } from '../review/review.ts';
import { ROUTED_COLLECTIONS, entryPath, type RoutedCollection } from './routes.ts';
import { runbookPath } from '../services/routes.ts';

export interface IndexedPage {
  title: string;
  /** Site path without the base. */
  path: string;
  /** Owning team id. */
  owner: string;
  ownerName: string;
  lastReviewed: Date;
  reviewBy: Date;
  oldPaths: string[];
}

export interface PageEntry {
  collection: string;
  id: string;
  data: Record<string, unknown>;
}

const ROUTED = new Set<string>(ROUTED_COLLECTIONS.map((r) => r.collection));

/**
 * Where an entry is published: its collection's route, or a run book under its
 * service's page; undefined for entries that are not pages (teams, checklists' data).
 */
export function pagePathOf(entry: PageEntry): string | undefined {
  if (ROUTED.has(entry.collection)) return entryPath(entry.collection as RoutedCollection, entry.id);
  if (entry.collection === 'runbooks' && typeof entry.data.service === 'string') return runbookPath(entry.data.service, entry.id);
  return undefined;
}

/**
 * The page an entry publishes, or undefined for entries that are not reviewed
 * pages (teams, drafts). A run book has no owner of its own: its service's owner owns it.
 */
export function indexPage(entry: PageEntry, teamName: (id: string) => string | undefined, serviceOwner: (id: string) => string | undefined = () => undefined): IndexedPage | undefined {
  const { data } = entry;
  const path = pagePathOf(entry);
  if (!path || data.draft === true || !(data.lastReviewed instanceof Date)) return undefined;
  const owner = String(data.owner ?? serviceOwner(String(data.service)) ?? '');
  return {
    title: String(data.title ?? data.name ?? entry.id),
    path,
    owner,
    ownerName: teamName(owner) ?? owner,
    lastReviewed: data.lastReviewed,
    reviewBy: nextReviewDate(data as unknown as ReviewFields),
    oldPaths: Array.isArray(data.oldPaths) ? (data.oldPaths as string[]) : [],
  };
}

export function indexPages(entries: readonly PageEntry[], teamName: (id: string) => string | undefined): IndexedPage[] {
  const owners = new Map(entries.filter((e) => e.collection === 'services').map((e) => [e.id, String(e.data.owner)]));
  return entries
    .map((entry) => indexPage(entry, teamName, (id) => owners.get(id)))
    .filter((page): page is IndexedPage => page !== undefined)
    .sort((a, b) => a.path.localeCompare(b.path, 'en'));
}
