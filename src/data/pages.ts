/**
 * Every reviewed page the site publishes (see src/lib/routes/page-index.ts), for the
 * reviews page, `api/pages.json` and the redirect pages. A collection that
 * gets pages of its own is added to the list here.
 */
import { indexPages, type IndexedPage } from '../lib/routes/page-index.ts';
import { guidanceEntries, runbookEntries, serviceEntries, standardEntries, teamsById } from './site.ts';

export async function publishedPages(): Promise<IndexedPage[]> {
  const teams = await teamsById();
  const entries = [...(await guidanceEntries()), ...(await standardEntries()), ...(await serviceEntries()), ...(await runbookEntries())];
  return indexPages(entries, (id) => teams.get(id)?.data.name);
}
