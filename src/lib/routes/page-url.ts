/** A page's public address, for canonical links, feeds, sitemaps and issue reports. */
import { withBase } from './routes.ts';

/**
 * The absolute URL of a site path when the site URL is known, otherwise the
 * path under the base (still right for links within the site).
 */
export function pageUrl(path: string, base: string, siteUrl: string | undefined): string {
  const local = withBase(path, base);
  return siteUrl ? new URL(local, siteUrl).href : local;
}
