/**
 * The content collections for a site's src/content.config.ts:
 *
 *   export { collections } from 'ops-manual/content';
 *
 * One per kind of content in the registry (src/kinds/), each loaded by the
 * registry's one loader (src/kinds/loader.ts) from its folder under content/
 * and, for services and run books, from the repositories in
 * content/sources.yaml. The loader keeps what the content check read of each
 * file: one parse, one verdict.
 */
import { defineCollection } from 'astro:content';
import type { Loader } from 'astro/loaders';
import { kindList, kinds, type KindName } from './kinds/index.ts';
import { kindLoader } from './kinds/loader.ts';

/** Each kind's collection, typed by its schema (Astro types the entries from it). */
type Collections = { [K in KindName]: { loader: Loader; schema: (typeof kinds)[K]['schema'] } };

export const collections = Object.fromEntries(kindList.map(({ name, schema }) => [name, defineCollection({ loader: kindLoader(name), schema })])) as Collections;
