/**
 * Finds links in built HTML that leave the site without rel="noopener noreferrer".
 * What counts as leaving, and which rel is enough, is decided once, by the
 * same `externalRel` that adds the rel to Markdown links during the build.
 */
import { externalRel } from '../../../src/lib/markdown/external-links.ts';
import { startTags } from './html-tags.ts';

/** Hrefs of links that leave the site without both rel tokens. `siteUrl` marks links to this site as internal. */
export function externalLinksWithoutRel(html: string, siteUrl?: string): string[] {
  return startTags(html, 'a')
    .filter(({ href, rel }) => href !== undefined && externalRel(href, rel, siteUrl) !== undefined)
    .map(({ href }) => href!);
}
