/**
 * sitemap.xml and robots.txt from the built pages themselves, so every page
 * any part of the site adds is listed without being registered anywhere, and
 * a page's own `noindex` keeps it out.
 */
import { escapeXml } from '../core/xml.ts';

export interface SitemapEntry {
  /** Absolute page URL. */
  url: string;
  /** YYYY-MM-DD, when the page says when its content last changed. */
  lastmod?: string;
}

/** `guidance/a/index.html` → `/guidance/a/`; `index.html` → `/`. Other files are not pages. */
export function sitePathOfHtmlFile(file: string): string | undefined {
  const normalised = file.replace(/\\/g, '/');
  if (normalised === 'index.html') return '/';
  if (!normalised.endsWith('/index.html')) return undefined;
  return `/${normalised.slice(0, -'index.html'.length)}`;
}

/** Pages that ask not to be indexed, and redirect stubs, stay out of the sitemap. */
export function isListable(html: string): boolean {
  const head = html.slice(0, html.indexOf('</head>') + 1 || undefined);
  const noindex = /<meta\s+name="robots"\s+content="[^"]*\bnoindex\b[^"]*"/i.test(head);
  const redirect = /<meta\s+http-equiv="refresh"/i.test(head);
  return !noindex && !redirect;
}

/** The date from a page's `article:modified_time` Open Graph tag. */
export function modifiedDate(html: string): string | undefined {
  return /<meta\s+property="article:modified_time"\s+content="(\d{4}-\d{2}-\d{2})/.exec(html)?.[1];
}

export function sitemapXml(entries: readonly SitemapEntry[]): string {
  const sorted = [...entries].sort((a, b) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0));
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
    ...sorted.map((e) => `  <url><loc>${escapeXml(e.url)}</loc>${e.lastmod ? `<lastmod>${e.lastmod}</lastmod>` : ''}</url>`),
    '</urlset>',
    '',
  ].join('\n');
}

/** Crawlers only read /robots.txt at the host's root; under a sub-path this file is for the host to copy. */
export function robotsTxt(sitemapUrl: string | undefined): string {
  return ['User-agent: *', 'Allow: /', ...(sitemapUrl ? ['', `Sitemap: ${sitemapUrl}`] : []), ''].join('\n');
}
