/**
 * Astro's content collections, one per kind in the registry (src/kinds/), each
 * loaded by the registry's one loader (src/kinds/loader.ts) from its folder
 * under content/ and, for services and run books, from the repositories in
 * content/sources.yaml.
 *
 * The integration (src/index.ts) makes them when Astro loads the site's config
 * and hands them to the site's content config (src/content-collections.ts)
 * through one key on globalThis. Astro loads the content config through Vite,
 * in a module graph of its own: importing the registry there compiled and ran
 * the engine's kinds, schemas and loader a second time in every build and dev
 * start (about 0.7 s at 1,000 pages, between the content check and the content
 * sync). Handed over, the loader is the very one the content check ran with.
 */
import { defineCollection } from 'astro/content/config';
import type { Loader } from 'astro/loaders';
import { kindList, kinds, type KindName } from './index.ts';
import { kindLoader } from './loader.ts';

/** Each kind's collection, typed by its schema (Astro types the entries from it). */
export type Collections = { [K in KindName]: { loader: Loader; schema: (typeof kinds)[K]['schema'] } };

/** Where the integration leaves the collections for the content config. */
export const COLLECTIONS_KEY = Symbol.for('ops-manual.collections');

/** Makes the collections and leaves them for the content config; each config load (a dev server's restart too) makes them again. */
export function publishCollections(): Collections {
  const collections = Object.fromEntries(kindList.map(({ name, schema }) => [name, defineCollection({ loader: kindLoader(name), schema })])) as Collections;
  (globalThis as Record<symbol, unknown>)[COLLECTIONS_KEY] = collections;
  return collections;
}
