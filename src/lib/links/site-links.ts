/**
 * Where a link on a page goes, and whether that place exists. Shared by the
 * source check (links as authors write them) and the built-site check (links
 * as readers get them), so both judge links by the same rules.
 */
import { closest } from '../core/suggest.ts';

export type LinkTarget =
  | { kind: 'external' }
  | { kind: 'internal'; path: string; fragment: string }
  /** A path on the site's host that is not under its base path: it breaks when the site is served under a sub-path. */
  | { kind: 'outside-base'; path: string };

const SCHEME = /^[a-z][a-z0-9+.-]*:/i;
const PLACEHOLDER_ORIGIN = 'https://site.invalid';

function decode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/**
 * Classifies `href` found on the page at `fromPath` (a site path without the
 * base). `base` is the path the site is served under; `siteUrl` its host, so
 * absolute links to the site itself count as internal.
 */
export function classifyLink(href: string, fromPath: string, base: string, siteUrl?: string): LinkTarget {
  const trimmed = href.trim();
  const absolute = SCHEME.test(trimmed) || trimmed.startsWith('//');
  const site = siteUrl ? new URL(siteUrl) : undefined;
  let url: URL;
  try {
    url = new URL(trimmed, `${PLACEHOLDER_ORIGIN}${base.replace(/\/$/, '')}${fromPath}`);
  } catch {
    return { kind: 'external' };
  }
  if (absolute && !(site && url.origin === site.origin)) return { kind: 'external' };
  const pathname = decode(url.pathname);
  const fragment = decode(url.hash.slice(1));
  if (!pathname.startsWith(base) && `${pathname}/` !== base) return { kind: 'outside-base', path: pathname };
  return { kind: 'internal', path: `/${pathname.slice(base.length)}`.replace(/^\/\//, '/'), fragment };
}

export interface KnownPage {
  /** Ids that `#fragment` links may point at; undefined when they cannot be known here. */
  ids?: ReadonlySet<string>;
  /** A page moved elsewhere: links should go to its new address. */
  movedTo?: string;
  /** A page that exists as a file but is not published (a draft). */
  unpublished?: string;
}

export interface SiteMap {
  pages: ReadonlyMap<string, KnownPage>;
  /** Paths produced by routes the map cannot list; links to them are left to the built-site check. */
  unknown: readonly RegExp[];
}

const MAX_LISTED_IDS = 12;

function describeIds(ids: ReadonlySet<string>, fragment: string): string {
  const list = [...ids];
  const suggestion = closest(fragment, list);
  const hint = suggestion ? ` Did you mean \`#${suggestion}\`?` : '';
  if (list.length === 0) return `${hint} That page has no headings to link to.`;
  const shown = list.slice(0, MAX_LISTED_IDS).map((id) => `#${id}`).join(', ');
  return `${hint} Its headings: ${shown}${list.length > MAX_LISTED_IDS ? ', …' : ''}`;
}

/** What is wrong with a link to `path#fragment` on this site, or undefined when it resolves. */
export function problemWithLink(path: string, fragment: string, site: SiteMap, shownAs: string): string | undefined {
  const page = site.pages.get(path);
  if (!page) {
    if (site.unknown.some((pattern) => pattern.test(path))) return undefined;
    if (!path.endsWith('/') && site.pages.has(`${path}/`)) return `links to ${shownAs} without its trailing slash: write ${path}/`;
    const suggestion = closest(path, [...site.pages.keys()].filter((known) => !site.pages.get(known)?.unpublished));
    return `links to ${shownAs}, which is not a page on this site.${suggestion ? ` Did you mean ${suggestion}?` : ''}`;
  }
  if (page.unpublished) return `links to ${shownAs}, which is not published: ${page.unpublished}`;
  if (page.movedTo) return `links to ${shownAs}, an old address that redirects to ${page.movedTo}: link to ${page.movedTo}${fragment ? `#${fragment}` : ''} instead`;
  if (!fragment || !page.ids || page.ids.has(fragment)) return undefined;
  return `links to ${shownAs}, but that page has no heading or element with the id \`${fragment}\`.${describeIds(page.ids, fragment)}`;
}
