/** Redirect pages for `oldPaths`: each old address gets a page that sends the reader on. */

/** The route file (under src/routes/, src/routes.ts) that publishes the redirect pages. */
export const REDIRECT_ROUTE = '[...oldPath].astro';

export interface Redirect {
  /** Old site path, without the base. */
  from: string;
  /** Current site path, without the base. */
  to: string;
  /** Title of the page it goes to. */
  title: string;
}

/** `[{ from, to, title }]` for every old path of the given pages. */
export function redirectsFor(pages: readonly { path: string; title: string; oldPaths?: readonly string[] }[]): Redirect[] {
  return pages
    .flatMap((page) => (page.oldPaths ?? []).map((from) => ({ from, to: page.path, title: page.title })))
    .sort((a, b) => a.from.localeCompare(b.from, 'en'));
}

/** The route parameter for an old path: /guidance/old/ → guidance/old. */
export function redirectParam(from: string): string {
  return from.replace(/^\/|\/$/g, '');
}
