import type { AstroIntegration } from 'astro';
import { afterBuild } from './after-build.ts';
import { readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import * as pagefindApi from 'pagefind';
import { PAGEFIND_FOLDER } from '../lib/build/generated.ts';

/** Pagefind's ready-made interfaces; the site has its own GOV.UK-styled one. */
const UNUSED_UI = /^pagefind-(ui|modular-ui|component-ui|highlight)\b/;

/**
 * Indexes the built site with Pagefind's Node API. Any indexing error fails
 * the build: a site whose search silently misses pages is not a success.
 */
export function pagefind(): AstroIntegration {
  return afterBuild('ops-manual:pagefind', async (site, logger) => {
    const started = performance.now();
    try {
      const { index, errors } = await pagefindApi.createIndex({ forceLanguage: 'en' });
      if (!index || errors.length) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
      const added = await index.addDirectory({ path: site });
      if (added.errors.length) throw new Error(`Pagefind could not index the site: ${added.errors.join('; ')}`);
      if (added.page_count === 0) throw new Error('Pagefind found no pages to index: is data-pagefind-body on the main content?');
      const output = path.join(site, PAGEFIND_FOLDER);
      const written = await index.writeFiles({ outputPath: output });
      if (written.errors.length) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
      for (const file of await readdir(output)) {
        if (UNUSED_UI.test(file)) await rm(path.join(output, file));
      }
      logger.info(`Indexed ${added.page_count} pages in ${Math.round(performance.now() - started)} ms`);
    } finally {
      await pagefindApi.close();
    }
  });
}
