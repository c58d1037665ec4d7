/**
 * "What's new": the pages most recently added or reviewed, newest first.
 * Based on each page's `lastReviewed` date, never the build time, so the same
 * commit always publishes the same list and feed.
 */

export const WHATS_NEW_PATH = '/whats-new/';
export const FEED_PATH = '/whats-new/feed.xml';
/** How many pages the list and the feed show. */
export const WHATS_NEW_LIMIT = 20;

export interface ChangedPage {
  title: string;
  description: string;
  /** Site path without the base. */
  path: string;
  /** What kind of page, such as "Guidance". */
  kind: string;
  /** The page's `lastReviewed` date (a new page is reviewed the day it is added). */
  date: Date;
}

/** Newest first; ties by title then path, so the order never depends on file order. */
export function recentChanges(pages: readonly ChangedPage[], limit = WHATS_NEW_LIMIT): ChangedPage[] {
  return [...pages]
    .sort((a, b) => b.date.getTime() - a.date.getTime() || a.title.localeCompare(b.title, 'en') || a.path.localeCompare(b.path, 'en'))
    .slice(0, limit);
}

export interface DateGroup {
  date: Date;
  pages: ChangedPage[];
}

/** Consecutive pages with the same date, for a list with one heading per day. */
export function groupByDate(pages: readonly ChangedPage[]): DateGroup[] {
  const groups: DateGroup[] = [];
  for (const page of pages) {
    const last = groups.at(-1);
    if (last && last.date.getTime() === page.date.getTime()) last.pages.push(page);
    else groups.push({ date: page.date, pages: [page] });
  }
  return groups;
}
