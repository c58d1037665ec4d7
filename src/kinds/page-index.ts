/**
 * One reviewed page in the shape every list of pages uses (the reviews page,
 * `api/pages.json`, redirects and `npm run review:report`), made from a
 * content entry however it was loaded: by Astro, or by the content check.
 * Where it is published and who owns it come from its kind (src/kinds/).
 */
import type { IndexedPage } from '../lib/routes/page-index.ts';
import { nextReviewDate, type ReviewFields } from '../lib/review/review.ts';
import { ownerOf, ownersAmong, pagePathOf, type AnyEntry } from './index.ts';

/**
 * The page an entry publishes, or undefined for entries that are not reviewed
 * pages (teams, drafts). An entry that lives under another (a run book under its
 * service) is owned by that entry's owner.
 */
export function indexPage(entry: AnyEntry, teamName: (id: string) => string | undefined, homeOwner: (kind: string, id: string) => string | undefined = () => undefined): IndexedPage | undefined {
  const { data } = entry;
  const path = pagePathOf(entry);
  if (!path || data.draft === true || !(data.lastReviewed instanceof Date)) return undefined;
  const owner = ownerOf(entry, homeOwner) ?? '';
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

export function indexPages(entries: readonly AnyEntry[], teamName: (id: string) => string | undefined): IndexedPage[] {
  const homeOwner = ownersAmong(entries);
  return entries
    .map((entry) => indexPage(entry, teamName, homeOwner))
    .filter((page): page is IndexedPage => page !== undefined)
    .sort((a, b) => a.path.localeCompare(b.path, 'en'));
}
