/**
 * Where a site's content is, and how a file's path names its entry. Which
 * folder holds which kind of content, with which schema, is the registry's
 * (src/kinds/).
 */
export { contentDirectory, publicDirectory } from './site-folders.ts';

/** An entry's id is its path inside the collection folder, without the extension. */
export function entryIdFromPath(relativePath: string): string {
  return relativePath.replace(/\\/g, '/').replace(/\.(mdx?|ya?ml)$/i, '').toLowerCase();
}
