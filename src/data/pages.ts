/**
 * Every reviewed page the site publishes (see src/kinds/page-index.ts), for the
 * reviews page, `api/pages.json` and the redirect pages.
 */
import { indexPages } from '../kinds/page-index.ts';
import type { IndexedPage } from '../lib/routes/page-index.ts';
import { guidanceEntries, runbookEntries, serviceEntries, standardEntries, teamsById } from './site.ts';

export async function publishedPages(): Promise<IndexedPage[]> {
  const teams = await teamsById();
  const entries = [...(await guidanceEntries()), ...(await standardEntries()), ...(await serviceEntries()), ...(await runbookEntries())];
  return indexPages(entries, (id) => teams.get(id)?.data.name);
}
