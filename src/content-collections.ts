/**
 * The content collections for a site's src/content.config.ts:
 *
 *   export { collections } from 'ops-manual/content';
 *
 * One per kind of content in the registry, made by the integration when Astro
 * loads the site's config (src/kinds/collections.ts says why they are handed
 * over rather than imported). The loader keeps what the content check read of
 * each file: one parse, one verdict.
 */
import type { Collections } from './kinds/collections.ts';

// Only a type is imported: a value import would compile the registry again in Astro's content-config graph.
const KEY = Symbol.for('ops-manual.collections');
const published = (globalThis as Record<symbol, unknown>)[KEY] as Collections | undefined;
if (!published) {
  throw new Error("The content collections come from the ops-manual integration: add opsManual() to the integrations in the site's astro.config.mjs (import { opsManual } from 'ops-manual').");
}

export const collections: Collections = published;
