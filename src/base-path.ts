/**
 * The one base-path helper for pages, components and integrations: a site
 * path such as `/guidance/` as the reader's browser must ask for it, under the
 * sub-path the site is served from (`SITE_BASE`, see settings.ts).
 */
import { withBase } from './lib/routes/routes.ts';
import { pageUrl } from './lib/routes/page-url.ts';
import { settings } from './settings.ts';

/** `/guidance/` → `/ops-manual/guidance/` when the base is `/ops-manual/`. Leaves https:, #x and mailto: alone. */
export function pathWithBase(path: string): string {
  return withBase(path, settings.base);
}

/** A page's public address, for canonical links, feeds, exports and alert rules: absolute when `settings.siteUrl` is set, otherwise the path under the base. */
export function publicUrl(path: string): string {
  return pageUrl(path, settings.base, settings.siteUrl);
}
