/**
 * The content collections for a site's src/content.config.ts:
 *
 *   export { collections } from 'ops-manual/content';
 *
 * One per kind of content in the registry (src/kinds/), each read from its
 * folder under content/ and checked against its schema.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { defineCollection } from 'astro:content';
import { glob, type Loader } from 'astro/loaders';
import { contentDirectory, entryIdFromPath } from './collections.ts';
import { kindList, kinds, readsSources, type KindName } from './kinds/index.ts';
import type { Kind } from './kinds/kind.ts';
import { federatedFiles, siteSources } from './lib/sources/site.ts';
import { parseContentFile } from './lib/content/frontmatter.ts';
import type { SourceFile } from './lib/sources/fetch.ts';

function loaderFor(name: KindName) {
  const { folder, pattern } = kinds[name];
  const base = `${contentDirectory()}/${folder}`;
  // A site need not have every kind of content (a department may have no run books yet): no folder, no entries, no warning.
  if (!existsSync(base)) return { name: `ops-manual:no-${folder}`, load: async () => {} };
  return glob({ base, pattern, generateId: ({ entry }) => entryIdFromPath(entry) });
}

/**
 * Services or run books when content/sources.yaml lists federated sources:
 * the local folder exactly as glob() reads it (glob also drops entries it did
 * not see, so it runs first), then each source's files, parsed by the same
 * frontmatter reader as the content check, validated by the same schema (parseData) and rendered
 * by the site's own Markdown processor (renderMarkdown: the sanitiser
 * pipeline). Sources are fetched once per process: the content check has
 * already fetched them when this runs. Federated files are plain Markdown
 * only; the check rejects MDX from a source.
 */
function federatedLoader(name: KindName, kind: SourceFile['kind']): Loader {
  const local = loaderFor(name);
  return {
    name: `ops-manual:federated-${name}`,
    load: async (context) => {
      await local.load(context);
      const { sources } = await siteSources(process.cwd(), contentDirectory());
      for (const { absolute, file } of federatedFiles(sources, kind)) {
        if (!file.file.endsWith('.md')) continue;
        const contents = await readFile(absolute, 'utf8');
        const fileURL = pathToFileURL(absolute);
        // The content check's own reader (the same verdict as npm run check): it has already passed this file.
        const { body, data } = parseContentFile(contents, false);
        const id = entryIdFromPath(path.posix.basename(file.file));
        const parsed = await context.parseData({ id, data: (data ?? {}) as Record<string, unknown>, filePath: absolute });
        const rendered = await context.renderMarkdown(contents, { fileURL });
        const filePath = path.relative(process.cwd(), absolute).split(path.sep).join('/');
        context.store.set({ id, data: parsed, body: body.trim(), filePath, digest: context.generateDigest(contents), rendered });
      }
    },
  };
}

/** Today's glob() loader when there are no federated sources (the built site stays byte for byte the same). */
function loader(name: KindName) {
  const kind = kinds[name] as Kind;
  return readsSources(kind) ? federatedLoader(name, kind.federated!) : loaderFor(name);
}

/** Each kind's collection, typed by its schema (Astro types the entries from it). */
type Collections = { [K in KindName]: { loader: Loader; schema: (typeof kinds)[K]['schema'] } };

export const collections = Object.fromEntries(kindList.map(({ name, schema }) => [name, defineCollection({ loader: loader(name), schema })])) as Collections;
