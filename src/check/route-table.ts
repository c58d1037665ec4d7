/**
 * The route table: every address that the engine's routes (declared once in
 * src/routes.ts, the list the integration injects into Astro, as Astro
 * resolves them), public/ and the build's integrations publish. The source link check
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
import { ROUTES, routeFile } from '../routes.ts';
import type { IntegrationResolvedRoute } from 'astro';

/**
 * A route as the table needs it. In a build and under the dev server these
 * are Astro's own (astro:routes:resolved: its patterns and their regular
 * expressions). `npm run check` runs outside Astro, so it reads the declared
 * list the integration injects (ROUTES) and turns each pattern into an
 * expression itself; a build test holds the two tables to the same
 * addresses.
 */
export interface TableRoute {
  /** The address pattern; a page's ends in / (an endpoint's, such as /services.json, does not). */
  pattern: string;
  /** Its one address, when it has no parameters. */
  address?: string;
  regex: RegExp;
  /** The file that publishes it, for messages. */
  file: string;
  entrypoint: string;
}

function toRegExp(pattern: string): RegExp {
  const source = pattern
    .split(/(\[\.\.\.[^\]]+\]|\[[^\]]+\])/)
    .map((part) => (part.startsWith('[...') ? '.*' : part.startsWith('[') ? '[^/]+' : part.replace(/[.*+?^${}()|\\]/g, '\\$&')))
    .join('');
  return new RegExp(`^${source}$`);
}

/** The declared routes, for a check outside Astro. */
export function declaredRoutes(): TableRoute[] {
  return ROUTES.map((route) => {
    const endpoint = /\.(ts|js)$/.test(route.entrypoint);
    const pattern = route.pattern === '/' || endpoint ? route.pattern : `${route.pattern}/`;
    return { pattern, address: pattern.includes('[') ? undefined : pattern, regex: toRegExp(pattern), file: routeFile(route), entrypoint: route.entrypoint };
  });
}

/** What Astro resolved (only the site's and the engine's routes, not Astro's own). */
export type ResolvedRoute = Pick<IntegrationResolvedRoute, 'pattern' | 'patternRegex' | 'entrypoint' | 'origin' | 'type' | 'pathname'>;

const KEY = Symbol.for('ops-manual.resolved-routes');
const resolved = () => (globalThis as Record<symbol, TableRoute[] | undefined>)[KEY];

/** Astro's resolved routes, as the table reads them. */
export function astroRoutes(routes: readonly ResolvedRoute[]): TableRoute[] {
  return routes
    .filter((route) => route.origin !== 'internal' && (route.type === 'page' || route.type === 'endpoint'))
    .map((route) => {
      const page = route.type === 'page';
      const pattern = page && route.pattern !== '/' ? `${route.pattern}/` : route.pattern;
      // An engine route's file is named from the engine; a site's own page by its path.
      const declared = ROUTES.find((candidate) => route.entrypoint.replace(/\\/g, '/').endsWith(`src/routes/${candidate.entrypoint}`));
      const address = route.pathname === undefined ? undefined : page && route.pathname !== '/' ? `${route.pathname}/` : route.pathname;
      return { pattern, address, regex: route.patternRegex, file: declared ? routeFile(declared) : route.entrypoint, entrypoint: declared?.entrypoint ?? route.entrypoint };
    });
}

/** Called from astro:routes:resolved: the build's and the dev server's checks use Astro's routes from then on. */
export function useAstroRoutes(routes: readonly ResolvedRoute[]): void {
  (globalThis as Record<symbol, TableRoute[] | undefined>)[KEY] = astroRoutes(routes);
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
  for (const route of resolved() ?? declaredRoutes()) {
    const { pattern, address, file } = route;
    if (address !== undefined) {
      pages.set(address, file);
      if (address === '/404/') pages.set('/404.html', file);
      continue;
    }
    // Entry pages are listed from the content; redirects from `oldPaths`.
    const isEntryRoute = entryRoutes.some((entryRoute) => entryRoute.test(pattern));
    if (isEntryRoute || route.entrypoint === REDIRECT_ROUTE) continue;
    unknown.push({ pattern: route.regex, file });
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
