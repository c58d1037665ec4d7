/**
 * Addresses the build writes besides the engine's routes (src/routes.ts) and the files in
 * public/: the integrations take their output paths from here, and the content
 * check reads this list so an `oldPaths` entry can never land on one of them.
 */

export const SITEMAP_PATH = '/sitemap.xml';
export const ROBOTS_PATH = '/robots.txt';
/** Pagefind's index: every address under it belongs to Pagefind. */
export const PAGEFIND_FOLDER = '/pagefind/';
/** The search index's entry file, relative to the output folder: a build without it is incomplete. */
export const SEARCH_INDEX_ENTRY = `${PAGEFIND_FOLDER.slice(1)}pagefind.js`;

export interface GeneratedOutput {
  /** Site path without the base. */
  url: string;
  /** What writes it, for messages. */
  file: string;
  /** True when every address under `url` is written too. */
  tree?: boolean;
}

export const INTEGRATION_OUTPUTS: readonly GeneratedOutput[] = [
  { url: SITEMAP_PATH, file: 'src/integrations/sitemap.ts' },
  { url: ROBOTS_PATH, file: 'src/integrations/sitemap.ts' },
  { url: PAGEFIND_FOLDER, file: 'src/integrations/search-index.ts', tree: true },
];
