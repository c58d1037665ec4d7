/**
 * The content collections for a site's src/content.config.ts:
 *
 *   export { collections } from 'ops-manual/content';
 *
 * One per kind of content, each read from its folder under content/ and
 * checked against its schema (src/collections.ts).
 */
import { existsSync } from 'node:fs';
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { collectionSources, contentDirectory, entryIdFromPath, type CollectionName } from './collections.ts';

function loaderFor(name: CollectionName) {
  const { folder, pattern } = collectionSources[name];
  const base = `${contentDirectory()}/${folder}`;
  // A site need not have every kind of content (a department may have no run books yet): no folder, no entries, no warning.
  if (!existsSync(base)) return { name: `ops-manual:no-${folder}`, load: async () => {} };
  return glob({ base, pattern, generateId: ({ entry }) => entryIdFromPath(entry) });
}

export const collections = {
  guidance: defineCollection({ loader: loaderFor('guidance'), schema: collectionSources.guidance.schema }),
  standards: defineCollection({ loader: loaderFor('standards'), schema: collectionSources.standards.schema }),
  services: defineCollection({ loader: loaderFor('services'), schema: collectionSources.services.schema }),
  runbooks: defineCollection({ loader: loaderFor('runbooks'), schema: collectionSources.runbooks.schema }),
  teams: defineCollection({ loader: loaderFor('teams'), schema: collectionSources.teams.schema }),
  checklists: defineCollection({ loader: loaderFor('checklists'), schema: collectionSources.checklists.schema }),
};
