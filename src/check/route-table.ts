/**
 * The route table, read from the files before any build: every address that
 * src/pages, public/ and the build's integrations publish, the way Astro's
 * file router maps files to addresses. The source link check
 * (site-links.ts) resolves links against it; the build-complete step
 * compares it with what the build wrote (expectedPages).
 */
import path from 'node:path';
import { glob } from 'tinyglobby';
import type { CheckedEntry } from '../lib/content/references.ts';
import { ROUTED_COLLECTIONS } from '../lib/routes/routes.ts';
import { pagePathOf } from '../lib/routes/page-index.ts';
import { claimsOf, type RoutePattern } from '../lib/routes/url-claims.ts';
import { INTEGRATION_OUTPUTS } from '../lib/build/generated.ts';
import { REDIRECT_ROUTE } from '../lib/routes/redirects.ts';
import { publicDirectory } from '../collections.ts';

/** A route file's path pattern, such as services/[id]/runbooks/[runbook].astro → ^/services/[^/]+/runbooks/[^/]+/$. */
function routePattern(file: string): { pattern: string; dynamic: boolean; endpoint: boolean } {
  const endpoint = /\.(ts|js)$/.test(file);
  const withoutExtension = file.replace(/\.(astro|md|mdx|ts|js)$/, '');
  const segments = withoutExtension.split('/').filter((segment) => segment !== 'index');
  const dynamic = segments.some((segment) => segment.includes('['));
  const trail = endpoint ? '' : '/';
  const pattern = `/${segments.join('/')}${segments.length ? trail : ''}`;
  return { pattern, dynamic, endpoint };
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

/** Every address the site's files publish, the folders the build fills, and the routes whose pages only the build knows. */
export async function staticRoutes(root: string): Promise<Routes> {
  const pagesDir = path.join(root, 'src/pages');
  const files = (await glob('**/*.{astro,md,mdx,ts,js}', { cwd: pagesDir })).sort();
  const entryRoutes = ROUTED_COLLECTIONS.map(({ prefix }) => new RegExp(`^${prefix}\\[(?:\\.\\.\\.)?[^\\]/]+\\]/$`));
  const pages = new Map<string, string>();
  const unknown: RoutePattern[] = [];
  for (const file of files) {
    if (file.split('/').some((segment) => segment.startsWith('_'))) continue;
    const { pattern, dynamic } = routePattern(file);
    if (!dynamic) {
      pages.set(pattern, `src/pages/${file}`);
      if (pattern === '/404/') pages.set('/404.html', `src/pages/${file}`);
      continue;
    }
    // Entry pages are listed from the content; redirects from `oldPaths`.
    const isEntryRoute = entryRoutes.some((route) => route.test(pattern));
    if (isEntryRoute || file === REDIRECT_ROUTE) continue;
    unknown.push({ pattern: toRegExp(pattern), file: `src/pages/${file}` });
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
 * in src/pages, each published entry page and run book, and each redirect.
 * (Routes whose pages the check cannot list are not included.)
 */
export async function expectedPages(root: string, entries: readonly CheckedEntry[]): Promise<string[]> {
  const routes = await staticRoutes(root);
  const fromRoutes = [...routes.pages].filter(([, file]) => file.startsWith('src/pages/')).map(([url]) => url);
  const published = entries.flatMap((entry) => {
    const path = entry.data.draft === true ? undefined : pagePathOf(entry);
    return path ? claimsOf(entry, path).map((claim) => claim.url) : [];
  });
  return [...new Set([...fromRoutes, ...published])].sort();
}
