/**
 * The content collections for a site's src/content.config.ts:
 *
 *   export { collections } from 'ops-manual/content';
 *
 * One per kind of content, each read from its folder under content/ and
 * checked against its schema (src/collections.ts).
 */
import { defineCollection } from 'astro:content';
import { glob, type Loader } from 'astro/loaders';
import { collectionSources, contentDirectory, entryIdFromPath, type CollectionName } from './collections.ts';

/** The glob loader's warnings about a missing or empty folder: no fault, since a site need not have every kind of content. */
const EMPTY_FOLDER = /^(The base directory ".*" does not exist\.|No files found matching )/;

function loaderFor(name: CollectionName): Loader {
  const { folder, pattern } = collectionSources[name];
  const loader = glob({ base: `${contentDirectory()}/${folder}`, pattern, generateId: ({ entry }) => entryIdFromPath(entry) });
  return {
    ...loader,
    load: (context) => {
      // Every other warning still shows.
      const logger = Object.create(context.logger, {
        warn: { value: (message: string) => (EMPTY_FOLDER.test(message) ? undefined : context.logger.warn(message)) },
      }) as typeof context.logger;
      return loader.load({ ...context, logger });
    },
  };
}

export const collections = {
  guidance: defineCollection({ loader: loaderFor('guidance'), schema: collectionSources.guidance.schema }),
  standards: defineCollection({ loader: loaderFor('standards'), schema: collectionSources.standards.schema }),
  services: defineCollection({ loader: loaderFor('services'), schema: collectionSources.services.schema }),
  runbooks: defineCollection({ loader: loaderFor('runbooks'), schema: collectionSources.runbooks.schema }),
  teams: defineCollection({ loader: loaderFor('teams'), schema: collectionSources.teams.schema }),
  checklists: defineCollection({ loader: loaderFor('checklists'), schema: collectionSources.checklists.schema }),
};
