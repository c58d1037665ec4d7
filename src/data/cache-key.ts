/**
 * Each page's cache key, returned by its route's getStaticPaths() as Astro's
 * `cacheKey`: a rebuild takes a page's bytes from the last build instead of
 * rendering it when the engine's code and the page's key are unchanged
 * (src/lib/build/page-cache.ts). The key must change whenever anything the
 * page reads changes, so it is made of two parts:
 *
 * - the site's key: everything any page can read other than a page's own text.
 *   Every entry of every kind as pages see it (its id, file, frontmatter, and
 *   what rendering found: headings, body facts, images), but not its rendered
 *   HTML; the settings; the build's date; the page limits; the service
 *   template; the source repositories as fetched. Change a title, a heading, an
 *   owner or a review date and every page is rendered again.
 * - the rendered HTML of the entries the page shows in full (a guidance page
 *   its own text; an incident pack every run book it prints). Change only the
 *   text of a page and only the pages that show that text are rendered again.
 *
 * A page that shows an entry's text must name the entry here, or a rebuild
 * would keep the old text: tests/build/rebuild.test.ts rebuilds after each
 * kind of change and compares with a clean build.
 *
 * A page that shows an entry with images, or an MDX entry, gets no key and is
 * always rendered: rendering is what has Astro build the images, and MDX is
 * compiled as its page renders.
 */
import { createHash } from 'node:crypto';
import { kindList } from '../kinds/index.ts';
import { settings } from '../settings.ts';
import { PAGE_LIMITS } from '../lib/paging/limits.ts';
import { siteSources } from '../lib/sources/site.ts';
import { memoise } from './memoise.ts';
import { buildToday } from './today.ts';
import { serviceTemplate } from './service-template.ts';
import { getCollection } from './site.ts';

/** An entry as a page receives it: only what its key reads. */
interface KeyedEntry {
  id: string;
  collection: string;
  filePath?: string;
  digest?: string;
  data: unknown;
  rendered?: { html?: string; metadata?: { imagePaths?: unknown[] } };
}

/** Everything about an entry that a page other than its own can read. */
function entryFacts(entry: KeyedEntry): string {
  return JSON.stringify([entry.collection, entry.id, entry.filePath, entry.data, entry.rendered?.metadata]);
}

/** The site's key: changes whenever anything but an entry's own text changes (see above). */
export const siteCacheKey = memoise(async (): Promise<string> => {
  const hash = createHash('sha256');
  hash.update(JSON.stringify([settings, buildToday(), PAGE_LIMITS, serviceTemplate()]));
  const { sources } = await siteSources();
  hash.update(JSON.stringify(sources));
  for (const { name } of kindList) {
    for (const entry of (await getCollection(name)) as KeyedEntry[]) hash.update('\n').update(entryFacts(entry));
  }
  return hash.digest('hex');
});

/** Whether a page that shows the entry's text can be taken from the last build: not with images, not MDX (see above). */
function cacheable(entry: KeyedEntry): boolean {
  return entry.rendered?.html !== undefined && !entry.rendered.metadata?.imagePaths?.length;
}

/**
 * A page's cache key: the site's key and the text of every entry the page
 * shows in full; none if it shows one that cannot be cached. Pages that show
 * no entry's text (lists, maps, indexes) pass none.
 */
export async function pageCacheKey(...shown: readonly KeyedEntry[]): Promise<string | undefined> {
  if (!shown.every(cacheable)) return undefined;
  const hash = createHash('sha256').update(await siteCacheKey());
  for (const entry of shown) hash.update('\n').update(JSON.stringify([entry.collection, entry.id, entry.digest, entry.rendered?.html]));
  return hash.digest('hex');
}

/**
 * `paths` (a getStaticPaths() answer) each with its cache key: the site's key
 * and the text of the entries `shown(path)` names (those the page renders).
 */
export async function withCacheKeys<T extends object>(paths: readonly T[], shown: (path: T) => readonly KeyedEntry[] = () => []): Promise<(T & { cacheKey?: string })[]> {
  // The dev server renders every page it is asked for: no key is needed, and none is worked out.
  if (import.meta.env.MODE === 'development') return [...paths];
  return Promise.all(paths.map(async (path) => ({ ...path, cacheKey: await pageCacheKey(...shown(path)) })));
}
