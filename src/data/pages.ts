/**
 * Every reviewed page the site publishes (see src/kinds/page-index.ts), for the
 * reviews page, `api/pages.json` and the redirect pages.
 */
import { indexPages } from '../kinds/page-index.ts';
import type { IndexedPage } from '../lib/routes/page-index.ts';
import { kindList } from '../kinds/index.ts';
import { entriesOf, teamsById } from './site.ts';

export async function publishedPages(): Promise<IndexedPage[]> {
  const teams = await teamsById();
  // Every kind's entries: those with no page (teams, checklists) or no review date are left out.
  const entries = (await Promise.all(kindList.map(({ name }) => entriesOf(name)))).flat();
  return indexPages(entries, (id) => teams.get(id)?.data.name);
}
