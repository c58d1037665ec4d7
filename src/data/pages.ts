/**
 * Every reviewed page the site publishes (see src/lib/page-index.ts), for the
 * reviews page, `api/pages.json` and the redirect pages. A collection that
 * gets pages of its own (run books: issue #5) is added to the list here.
 */
import { indexPages, type IndexedPage } from '../lib/page-index.ts';
import { guidanceEntries, serviceEntries, standardEntries, teamsById } from './site.ts';

export async function publishedPages(): Promise<IndexedPage[]> {
  const teams = await teamsById();
  const entries = [...(await guidanceEntries()), ...(await standardEntries()), ...(await serviceEntries())];
  return indexPages(entries, (id) => teams.get(id)?.data.name);
}
