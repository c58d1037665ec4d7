/**
 * Where a GOV.UK Technical Documentation Template (Middleman) page lives on
 * the old site, and where it goes in the guidance collection.
 */

/** Markdown pages: `*.html.md` and `*.html.md.erb` under `source/`. */
const PAGE = /\.html\.md(?:\.erb)?$/;

export function isPage(sourcePath: string): boolean {
  return sourcePath.startsWith('source/') && PAGE.test(sourcePath) && !isPartial(sourcePath);
}

/** Middleman partials start with an underscore; pages include them with `partial`. */
export function isPartial(sourcePath: string): boolean {
  return sourcePath.split('/').at(-1)!.startsWith('_');
}

/** A file or folder name as an id segment: lower case words joined by hyphens. */
export function slugSegment(name: string): string {
  return name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/**
 * The guidance entry id for a page. Folders become sections, a folder's
 * `index` page its section page; pages at the top of `source/` (the home
 * page included) go into `homeSection`, because /guidance/ itself is the
 * site's own list of sections.
 */
export function entryIdFor(sourcePath: string, homeSection: string): string {
  const segments = sourcePath.replace(/^source\//, '').replace(PAGE, '').split('/').map(slugSegment);
  if (segments.length === 1) return `${homeSection}/${segments[0]}`;
  return segments.join('/');
}

/** The address Middleman published the page at, such as /documentation/setup.html. */
export function oldUrlOf(sourcePath: string): string {
  return `/${sourcePath.replace(/^source\//, '').replace(/\.md(?:\.erb)?$/, '')}`;
}

/** Every address that reached a page on the old site: /a/b.html, and /a/ or /a for an index. */
export function oldAddresses(sourcePath: string): string[] {
  const url = oldUrlOf(sourcePath);
  const addresses = [url, url.replace(/\.html$/, '')];
  if (url.endsWith('/index.html')) addresses.push(url.slice(0, -'index.html'.length), url.slice(0, -'/index.html'.length) || '/');
  return addresses;
}

export interface LinkTarget {
  /** The path of the link, before any ?query or #fragment. */
  path: string;
  /** `#fragment` or ''. */
  fragment: string;
}

/** Links that leave the site (https:, mailto:, //host) or stay on the page (#x) are left alone. */
export function isSiteLink(href: string): boolean {
  return href !== '' && !href.startsWith('#') && !/^[a-z][a-z0-9+.-]*:/i.test(href) && !href.startsWith('//');
}

/** Resolves a link on a page at `fromUrl` to an absolute old-site path and its fragment. */
export function resolveOldLink(href: string, fromUrl: string): LinkTarget {
  const url = new URL(href, `https://old.invalid${fromUrl}`);
  return { path: decodeURI(url.pathname), fragment: url.hash };
}

/**
 * A tech-docs `old_paths` entry (/some-page.html) in the form this site's
 * redirects take (/some-page/): lower case, no .html, a trailing slash.
 */
export function redirectPathFor(oldPath: string): string {
  const trimmed = oldPath.trim().toLowerCase().replace(/^\/?/, '/').replace(/(?:\/index)?\.html?$/, '').replace(/\/+$/, '');
  return `${trimmed}/`;
}
