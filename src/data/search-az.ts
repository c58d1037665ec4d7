/**
 * The search page's A to Z list for readers without JavaScript: on one page
 * while the site is small, and one page a letter (a long letter in parts)
 * past PAGE_LIMITS.azOnOnePage, so the search page stays light.
 */
import { letterPages, type LetterPage } from '../lib/paging/paging.ts';
import { PAGE_LIMITS } from '../lib/paging/limits.ts';
import type { SearchRecord } from '../lib/search/record.ts';
import { searchRecords } from './search.ts';
import { memoise } from './memoise.ts';

export const SEARCH_AZ_PATH = '/search/a-z/';

export function searchLetterPath(slug: string): string {
  return `${SEARCH_AZ_PATH}${slug}/`;
}

/** The A to Z letter pages (none while every page fits on the search page). */
export const searchLetterPages = memoise(async (): Promise<LetterPage<SearchRecord>[]> => {
  const records = await searchRecords();
  if (records.length <= PAGE_LIMITS.azOnOnePage) return [];
  return letterPages(records, (record) => record.title, PAGE_LIMITS.azPerPage, (a, b) => a.path.localeCompare(b.path, 'en'));
});
