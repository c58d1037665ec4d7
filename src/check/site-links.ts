/**
 * Link integrity from the sources, before any build: every internal link and
 * #anchor in Markdown, MDX and frontmatter resolves, no two pages share an
 * address, and every `oldPaths` address is free. Routes this check cannot
 * list (dynamic pages other than entry pages and run books) are left to the
 * built-site check, which sees every page. The addresses the site's files
 * publish come from the route table (route-table.ts).
 */
import { fieldName, type Finding } from '../lib/core/findings.ts';
import { parseMarkdownLinks, type SourceLink } from '../lib/links/markdown-links.ts';
import type { CheckedEntry } from '../lib/content/references.ts';
import { classifyLink, problemWithLink, type KnownPage, type SiteMap } from '../lib/links/site-links.ts';
import { pagePathOf } from '../kinds/index.ts';
import { claimsOf, checkUniqueClaims, type UrlClaim } from '../lib/routes/url-claims.ts';
import { settings, type LoadedSettings } from '../settings.ts';
import { staticRoutes } from './route-table.ts';

export interface SourcedEntry extends CheckedEntry {
  /** The whole file as written. */
  source: string;
}

interface RoutedPage {
  entry: SourcedEntry;
  path: string;
  published: boolean;
}

/** Entries that are pages (run books included), with where they are published. */
function routedPages(entries: readonly SourcedEntry[]): RoutedPage[] {
  return entries.flatMap((entry) => {
    const path = pagePathOf(entry);
    return path ? [{ entry, path, published: entry.data.draft !== true }] : [];
  });
}

/** Strings in frontmatter that point into the site: root-relative paths, or absolute URLs on the site's host. */
function frontmatterLinks(data: unknown, at: PropertyKey[] = []): { url: string; path: PropertyKey[] }[] {
  if (typeof data === 'string') {
    const internal = /^\/(?!\/)\S*$/.test(data) || (settings.siteUrl !== undefined && data.startsWith(settings.siteUrl));
    return internal ? [{ url: data, path: at }] : [];
  }
  if (Array.isArray(data)) return data.flatMap((item, index) => frontmatterLinks(item, [...at, index]));
  if (data && typeof data === 'object' && !(data instanceof Date)) {
    return Object.entries(data).flatMap(([key, value]) => (key === 'oldPaths' ? [] : frontmatterLinks(value, [...at, key])));
  }
  return [];
}

function linkFinding(site: SiteMap, entry: SourcedEntry, fromPath: string, link: SourceLink | { url: string; line: number; syntax: 'frontmatter' }, field?: string): Finding | undefined {
  const target = classifyLink(link.url, fromPath, '/', settings.siteUrl);
  if (target.kind !== 'internal') return undefined;
  if (link.syntax === 'html' && link.url.trim().startsWith('/')) {
    return {
      file: entry.file,
      line: link.line,
      message: `has an HTML link to ${link.url}, which is published without the site's base path and breaks when the site is served under a sub-path: write it as a Markdown link, such as [text](${link.url})`,
    };
  }
  const samePage = link.url.trim().startsWith('#');
  const problem = problemWithLink(target.path, target.fragment, site, link.url.trim());
  if (!problem) return undefined;
  return { file: entry.file, line: link.line, field, message: samePage ? problem.replace('but that page has', 'but this page has') : problem };
}

/**
 * `skipped`: files that failed their own checks. Their pages still count as
 * existing (anchors unknown), so links to them are not reported a second time.
 */
export async function checkSiteLinks(
  root: string,
  entries: readonly SourcedEntry[],
  skipped: readonly { collection: string; id: string; data?: Record<string, unknown> }[] = [],
  settingsLinks: LoadedSettings['links'] = [],
): Promise<Finding[]> {
  const findings: Finding[] = [];
  const routes = await staticRoutes(root);
  const pages = new Map<string, KnownPage>();
  for (const [route] of routes.pages) pages.set(route, {});
  for (const entry of skipped) {
    const path = pagePathOf({ ...entry, data: entry.data ?? {} });
    if (path) pages.set(path, {});
  }

  const routed = routedPages(entries);
  const parsed = new Map(routed.map((page) => [page, parseMarkdownLinks(page.entry.source, page.entry.file.endsWith('.mdx'))]));
  for (const page of routed) {
    const { anchors, error } = parsed.get(page)!;
    if (error) findings.push({ file: page.entry.file, line: error.line, message: error.message });
    if (!page.published) {
      if (!pages.has(page.path)) pages.set(page.path, { unpublished: `${page.entry.file} is a draft` });
      continue;
    }
    pages.set(page.path, { ids: anchors.complete ? anchors.ids : undefined });
  }

  // A dynamic route whose pages are listed above (run books) is judged here; the rest are left to the built-site check.
  const unknown = routes.unknown.filter((route) => !routed.some((page) => route.pattern.test(page.path)));
  const claims: UrlClaim[] = [
    ...[...routes.pages].map(([url, file]) => ({ file, line: 1, url, kind: 'page' as const })),
    ...routes.trees.map(({ url, file }) => ({ file, line: 1, url, kind: 'page' as const, tree: true })),
    ...routed.filter((page) => page.published).flatMap((page) => claimsOf(page.entry, page.path)),
  ];
  findings.push(...checkUniqueClaims(claims, unknown));

  for (const claim of claims.filter((c) => c.kind === 'redirect')) {
    if (!pages.has(claim.url)) pages.set(claim.url, { movedTo: claim.target });
  }
  for (const page of routed.filter((p) => !p.published && Array.isArray(p.entry.data.oldPaths) && p.entry.data.oldPaths.length)) {
    findings.push({ file: page.entry.file, line: page.entry.lineOf(['oldPaths']), field: 'oldPaths', message: 'cannot redirect to a draft: publish the page, or remove `oldPaths` until you do' });
  }

  const site: SiteMap = { pages, unknown: unknown.map((route) => route.pattern) };
  const pageOf = new Map(routed.map((page) => [page.entry, page]));
  for (const entry of entries) {
    const page = pageOf.get(entry);
    const fromPath = page?.path ?? '/';
    if (page && !page.published) continue;
    if (page) {
      for (const link of parsed.get(page)!.links) {
        const finding = linkFinding(site, entry, fromPath, link);
        if (finding) findings.push(finding);
      }
    }
    for (const link of frontmatterLinks(entry.data)) {
      const finding = linkFinding(site, entry, fromPath, { url: link.url, line: entry.lineOf(link.path), syntax: 'frontmatter' }, fieldName(link.path));
      if (finding) findings.push(finding);
    }
  }
  // The settings' navigation and incident page must be pages of this site too.
  for (const link of settingsLinks) {
    const target = classifyLink(link.url, '/', '/', settings.siteUrl);
    const problem = target.kind === 'internal' ? problemWithLink(target.path, target.fragment, site, link.url) : undefined;
    if (problem) findings.push({ file: link.file, line: link.line, field: link.field, message: problem });
  }
  return findings;
}
