/**
 * The content collections for a site's src/content.config.ts:
 *
 *   export { collections } from 'ops-manual/content';
 *
 * One per kind of content, each read from its folder under content/ and
 * checked against its schema (src/collections.ts).
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { collectionSources, contentDirectory, entryIdFromPath, type CollectionName } from './collections.ts';

function loaderFor(name: CollectionName) {
  const { folder, pattern } = collectionSources[name];
  return glob({ base: `${contentDirectory()}/${folder}`, pattern, generateId: ({ entry }) => entryIdFromPath(entry) });
}

export const collections = {
  guidance: defineCollection({ loader: loaderFor('guidance'), schema: collectionSources.guidance.schema }),
  standards: defineCollection({ loader: loaderFor('standards'), schema: collectionSources.standards.schema }),
  services: defineCollection({ loader: loaderFor('services'), schema: collectionSources.services.schema }),
  runbooks: defineCollection({ loader: loaderFor('runbooks'), schema: collectionSources.runbooks.schema }),
  teams: defineCollection({ loader: loaderFor('teams'), schema: collectionSources.teams.schema }),
  checklists: defineCollection({ loader: loaderFor('checklists'), schema: collectionSources.checklists.schema }),
};
