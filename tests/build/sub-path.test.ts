/** The same site built for a sub-path, as GitHub Pages serves a project site. */
import { describe, expect, it } from 'vitest';
import { buildOnce, htmlPages, readPage } from '../support/site.ts';

const BASE = '/ops-manual/';
const SITE_URL = 'https://example-org.github.io';
const { outDir } = buildOnce({ name: 'sub-path', base: BASE, siteUrl: SITE_URL });
const pages = htmlPages(outDir).filter((page) => !/(^|\/)_/.test(page));

function rootRelativeUrls(html: string): string[] {
  return [...html.matchAll(/\s(?:href|src|action)="(\/[^"/][^"]*|\/)"/g)].map((match) => match[1]);
}

describe.each(pages)('%s under %s', (page) => {
  const html = readPage(outDir, page);

  it('links, loads and submits only inside the base path', () => {
    const outside = rootRelativeUrls(html).filter((url) => !url.startsWith(BASE));
    expect(outside).toEqual([]);
  });

  it('has a canonical URL on the site URL and base path', () => {
    // Redirect pages point their canonical link at the new address; other noindex pages have none.
    if (/http-equiv="refresh"/.test(html)) return;
    if (/<meta name="robots" content="noindex/.test(html)) return expect(html).not.toMatch(/rel="canonical"/);
    const canonical = /<link rel="canonical" href="([^"]+)"/.exec(html)?.[1];
    expect(canonical).toBe(`${SITE_URL}${BASE}${page.replace(/index\.html$/, '')}`);
  });
});

describe('search under a sub-path', () => {
  it('tells the search script where the site lives', () => {
    expect(readPage(outDir, 'search/index.html')).toContain(`data-base="${BASE}"`);
  });
});
