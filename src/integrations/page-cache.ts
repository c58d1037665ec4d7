/**
 * Astro's prerenderer with the pages of the last build kept and taken again
 * (src/lib/build/page-cache.ts): a page whose route gave it a cache key
 * (src/data/cache-key.ts) is rendered only if no page with the same key, code
 * and bundled files was kept. A page taken is left out of the paths Astro is
 * given, so Astro neither renders nor writes it: it stays in the built site
 * where the last build left it, or the output gate places the kept file there
 * once Astro is done, and gates it with every other file
 * (src/integrations/output-gate.ts).
 */
import path from 'node:path';
import type { AstroPrerenderer } from 'astro';
import type { KeyedPage, PageCache } from '../lib/build/page-cache.ts';
import { collectGarbage } from '../lib/build/memory.ts';

/** A page as both getStaticPaths() and a request name it: its route's file and its path without the base or slashes. */
function pageId(component: string, sitePath: string): string {
  return `${component}\n${sitePath.replace(/^\/+|\/+$/g, '')}`;
}

/** A request's path on the site, without the base. */
function sitePathOf(request: Request, base: string): string {
  const pathname = decodeURI(new URL(request.url).pathname);
  return pathname.startsWith(base) ? pathname.slice(base.length) : pathname;
}

/** The file a page is built as: `<outDir>/<path>/index.html` (the site's `build.format` is `directory`). */
function builtFile(outDir: string, sitePath: string): string {
  return path.join(outDir, sitePath, 'index.html');
}

/**
 * `open` is called once the bundled files are written (they are part of every
 * page's key).
 */
export function cachingPrerenderer(rendering: AstroPrerenderer, base: string, outDir: string, open: () => PageCache): AstroPrerenderer {
  const keys = new Map<string, string>();
  let cache: PageCache | undefined;
  return {
    ...(rendering.setup ? { setup: () => rendering.setup!() } : {}),
    ...(rendering.collectStaticImages ? { collectStaticImages: () => rendering.collectStaticImages!() } : {}),
    ...(rendering.teardown ? { teardown: () => rendering.teardown!() } : {}),
    name: `${rendering.name}, with the last build's pages`,
    async getStaticPaths() {
      // What bundling left behind goes before the first page renders (src/lib/build/memory.ts).
      collectGarbage();
      const paths = await rendering.getStaticPaths();
      cache = open();
      const keyed: KeyedPage[] = [];
      for (const { pathname, route, cacheKey } of paths) {
        if (cacheKey === undefined || route.type !== 'page') continue;
        const page = pageId(route.component, pathname);
        keys.set(page, cacheKey);
        keyed.push({ page, cacheKey, built: builtFile(outDir, pathname) });
      }
      const taken = cache.take(keyed);
      return paths.filter(({ pathname, route }) => !taken.has(pageId(route.component, pathname)));
    },
    async render(request, options) {
      const sitePath = sitePathOf(request, base);
      const page = pageId(options.routeData.component, sitePath);
      const cacheKey = keys.get(page);
      if (cacheKey === undefined || !cache) return rendering.render(request, options);
      const result = await rendering.render(request, options);
      const response = result instanceof Response ? result : result.response;
      // Only a page as such is kept (never an error or a redirect), from its built file once the build is done.
      if (response.status === 200 && response.body) cache.keep(page, cacheKey, builtFile(outDir, sitePath));
      return result;
    },
  };
}
