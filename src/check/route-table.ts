/**
 * The route table, before any build: every address that the engine's routes
 * (declared once in src/routes.ts, the list the integration injects into
 * Astro), public/ and the build's integrations publish. The source link check
 * (site-links.ts) resolves links against it; the build-complete step
 * compares it with what the build wrote (expectedPages).
 */
import path from 'node:path';
import { glob } from 'tinyglobby';
import type { CheckedEntry } from '../lib/content/references.ts';
import { ROUTED_KINDS, pagePathOf } from '../kinds/index.ts';
import { claimsOf, type RoutePattern } from '../lib/routes/url-claims.ts';
import { INTEGRATION_OUTPUTS } from '../lib/build/generated.ts';
import { REDIRECT_ROUTE } from '../lib/routes/redirects.ts';
import { publicDirectory } from '../collections.ts';
import { ROUTES, routeFile, type EngineRoute } from '../routes.ts';

/** The addresses a route publishes: a page's pattern ends in /, an endpoint's (such as /services.json) does not. */
function routePattern(route: EngineRoute): { pattern: string; dynamic: boolean } {
  const endpoint = /\.(ts|js)$/.test(route.entrypoint);
  const pattern = route.pattern === '/' || endpoint ? route.pattern : `${route.pattern}/`;
  return { pattern, dynamic: pattern.includes('[') };
}

function toRegExp(pattern: string): RegExp {
  const source = pattern
    .split(/(\[\.\.\.[^\]]+\]|\[[^\]]+\])/)
    .map((part) => (part.startsWith('[...') ? '.*' : part.startsWith('[') ? '[^/]+' : part.replace(/[.*+?^${}()|\\]/g, '\\$&')))
    .join('');
  return new RegExp(`^${source}$`);
}

export interface Routes {
  /** Address → the file that publishes it. */
  pages: Map<string, string>;
  /** Folders whose every address is written by the build (Pagefind's index). */
  trees: { url: string; file: string }[];
  /** Routes whose pages this check cannot list, with their files. */
  unknown: RoutePattern[];
}

/** Every address the engine and the site's public/ folder publish, the folders the build fills, and the routes whose pages only the build knows. */
export async function staticRoutes(root: string): Promise<Routes> {
  const entryRoutes = ROUTED_KINDS.map(({ prefix }) => new RegExp(`^${prefix}\\[(?:\\.\\.\\.)?[^\\]/]+\\]/$`));
  const pages = new Map<string, string>();
  const unknown: RoutePattern[] = [];
  for (const route of ROUTES) {
    const { pattern, dynamic } = routePattern(route);
    if (!dynamic) {
      pages.set(pattern, routeFile(route));
      if (pattern === '/404/') pages.set('/404.html', routeFile(route));
      continue;
    }
    // Entry pages are listed from the content; redirects from `oldPaths`.
    const isEntryRoute = entryRoutes.some((entryRoute) => entryRoute.test(pattern));
    if (isEntryRoute || route.entrypoint === REDIRECT_ROUTE) continue;
    unknown.push({ pattern: toRegExp(pattern), file: routeFile(route) });
  }
  for (const file of await glob('**/*', { cwd: path.resolve(root, publicDirectory()), onlyFiles: false })) {
    pages.set(`/${file}`, `${publicDirectory()}/${file.replace(/\/$/, '')}`);
  }
  const trees: Routes['trees'] = [];
  for (const output of INTEGRATION_OUTPUTS) {
    if (output.tree) trees.push(output);
    else pages.set(output.url, output.file);
  }
  return { pages, trees, unknown };
}

/**
 * Every address the build must write for these entries: each static route
 * of the engine, each published entry page and run book, and each redirect.
 * (Routes whose pages the check cannot list are not included.)
 */
export async function expectedPages(root: string, entries: readonly CheckedEntry[]): Promise<string[]> {
  const routes = await staticRoutes(root);
  const fromRoutes = [...routes.pages].filter(([, file]) => file.startsWith('src/routes/')).map(([url]) => url);
  const published = entries.flatMap((entry) => {
    const path = entry.data.draft === true ? undefined : pagePathOf(entry);
    return path ? claimsOf(entry, path).map((claim) => claim.url) : [];
  });
  return [...new Set([...fromRoutes, ...published])].sort();
}
