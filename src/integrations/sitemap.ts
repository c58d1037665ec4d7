import type { AstroIntegration } from 'astro';
import { afterBuild } from './after-build.ts';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { glob } from 'tinyglobby';
import { settings } from '../settings.ts';
import { publicUrl } from '../base-path.ts';
import { isListable, modifiedDate, robotsTxt, sitemapXml, sitePathOfHtmlFile, type SitemapEntry } from '../lib/feeds/sitemap.ts';
import { ROBOTS_PATH, SITEMAP_PATH } from '../lib/build/generated.ts';

export { SITEMAP_PATH };

/**
 * Writes robots.txt always, and sitemap.xml when the site URL is known (a
 * sitemap must hold absolute URLs). Reads the built HTML, so it lists exactly
 * the pages that were published.
 */
export function sitemap(): AstroIntegration {
  return afterBuild('ops-manual:sitemap', async (site, logger) => {
    let sitemapUrl: string | undefined;
    if (settings.siteUrl) {
      const entries: SitemapEntry[] = [];
      for (const file of await glob('**/index.html', { cwd: site, ignore: ['pagefind/**'] })) {
        const sitePath = sitePathOfHtmlFile(file);
        const html = await readFile(path.join(site, file), 'utf8');
        if (!sitePath || !isListable(html)) continue;
        entries.push({ url: publicUrl(sitePath), lastmod: modifiedDate(html) });
      }
      await writeFile(path.join(site, SITEMAP_PATH), sitemapXml(entries));
      sitemapUrl = publicUrl(SITEMAP_PATH);
      logger.info(`Listed ${entries.length} pages in sitemap.xml`);
    } else {
      logger.info('No sitemap.xml: set SITE_URL (or settings.siteUrl) so it can hold absolute addresses');
    }
    await writeFile(path.join(site, ROBOTS_PATH), robotsTxt(sitemapUrl));
  });
}
