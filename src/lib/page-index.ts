/**
 * One reviewed page in the shape every list of pages uses (the reviews page,
 * `api/pages.json`, redirects and `npm run review:report`), made from a
 * content entry however it was loaded: by Astro, or by the content check.
 */
import { nextReviewDate, type ReviewFields } from './review.ts';
import { ROUTED_COLLECTIONS, entryPath, type RoutedCollection } from './routes.ts';

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

/** The page an entry publishes, or undefined for entries that are not reviewed pages (teams, drafts). */
export function indexPage(entry: PageEntry, teamName: (id: string) => string | undefined): IndexedPage | undefined {
  const { data } = entry;
  if (!ROUTED.has(entry.collection) || data.draft === true || !(data.lastReviewed instanceof Date)) return undefined;
  const owner = String(data.owner ?? '');
  return {
    title: String(data.title ?? data.name ?? entry.id),
    path: entryPath(entry.collection as RoutedCollection, entry.id),
    owner,
    ownerName: teamName(owner) ?? owner,
    lastReviewed: data.lastReviewed,
    reviewBy: nextReviewDate(data as unknown as ReviewFields),
    oldPaths: Array.isArray(data.oldPaths) ? (data.oldPaths as string[]) : [],
  };
}

export function indexPages(entries: readonly PageEntry[], teamName: (id: string) => string | undefined): IndexedPage[] {
  return entries
    .map((entry) => indexPage(entry, teamName))
    .filter((page): page is IndexedPage => page !== undefined)
    .sort((a, b) => a.path.localeCompare(b.path, 'en'));
}
