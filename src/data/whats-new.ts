/** Every dated page, as the What's new list and feed need it. */
import { guidanceEntries, serviceEntries, standardEntries } from './site.ts';
import { entryPath } from '../kinds/index.ts';
import { recentChanges, type ChangedPage } from '../lib/feeds/whats-new.ts';

export async function whatsNew(): Promise<ChangedPage[]> {
  const pages: ChangedPage[] = [
    ...(await guidanceEntries()).map((e) => ({ title: e.data.title, description: e.data.description, path: entryPath('guidance', e.id), kind: 'Guidance', date: e.data.lastReviewed })),
    ...(await standardEntries()).map((e) => ({ title: e.data.title, description: e.data.description, path: entryPath('standards', e.id), kind: 'Service Standard', date: e.data.lastReviewed })),
    ...(await serviceEntries()).map((e) => ({ title: e.data.name, description: e.data.description ?? '', path: entryPath('services', e.id), kind: 'Service manual', date: e.data.lastReviewed })),
  ];
  return recentChanges(pages);
}
