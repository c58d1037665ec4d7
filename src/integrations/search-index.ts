import type { AstroIntegration } from 'astro';
import { afterBuild } from './after-build.ts';
import path from 'node:path';
import * as pagefindApi from 'pagefind';
import { PAGEFIND_FOLDER } from '../lib/build/generated.ts';
import { writeIndexFiles } from '../lib/build/index-files.ts';

/** Pagefind's ready-made interfaces; the site has its own GOV.UK-styled one. */
const UNUSED_UI = /^pagefind-(ui|modular-ui|component-ui|highlight)\b/;

/**
 * Set by `ops-manual build` (src/cli/build.ts) on the `astro build` it starts:
 * the build hands the search index to it, to make once the build's process
 * has ended, so the two never hold memory at the same time.
 */
export const INDEX_AFTER_BUILD = 'OPS_MANUAL_INDEX_AFTER_BUILD';

/** The message the build sends `ops-manual build` when the search index is all that is left. */
export interface IndexRequest {
  opsManualSearchIndex: string;
}

/** Whether this build hands its search index to `ops-manual build`, which started it. */
export function indexAfterBuild(): boolean {
  return process.env[INDEX_AFTER_BUILD] === '1' && typeof process.send === 'function';
}

/**
 * Indexes a built site with Pagefind's Node API and returns how many pages it
 * indexed. Any indexing error is thrown: a site whose search silently misses
 * pages is not a success. The index's files are taken from Pagefind in memory
 * and written here, each only if it is not already there with the same bytes
 * (src/lib/build/index-files.ts).
 */
export async function indexSite(site: string): Promise<number> {
  try {
    const { index, errors } = await pagefindApi.createIndex({ forceLanguage: 'en' });
    if (!index || errors.length) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
    const added = await index.addDirectory({ path: site });
    if (added.errors.length) throw new Error(`Pagefind could not index the site: ${added.errors.join('; ')}`);
    if (added.page_count === 0) throw new Error('Pagefind found no pages to index: is data-pagefind-body on the main content?');
    const made = await index.getFiles();
    if (made.errors.length) throw new Error(`Pagefind could not make its index: ${made.errors.join('; ')}`);
    writeIndexFiles(
      path.join(site, PAGEFIND_FOLDER),
      made.files.filter((file) => !UNUSED_UI.test(file.path)),
    );
    return added.page_count;
  } finally {
    await pagefindApi.close();
  }
}

/**
 * The search index, after the output gate and the link check. Under
 * `ops-manual build` it is made by that command once this process has ended;
 * under a plain `astro build`, here.
 */
export function pagefind(): AstroIntegration {
  return afterBuild('ops-manual:pagefind', async (site, logger) => {
    if (indexAfterBuild()) {
      const request: IndexRequest = { opsManualSearchIndex: site };
      process.send!(request);
      // The channel must not keep the build's process alive once Astro is done.
      process.channel?.unref();
      logger.info('The search index is made next, once this process has ended (ops-manual build)');
      return;
    }
    const started = performance.now();
    const pages = await indexSite(site);
    logger.info(`Indexed ${pages} pages in ${Math.round(performance.now() - started)} ms`);
  });
}
