import { describe, expect, it } from 'vitest';
import { isListable, modifiedDate, robotsTxt, sitemapXml, sitePathOfHtmlFile } from '../../../../src/lib/feeds/sitemap.ts';

describe('sitePathOfHtmlFile', () => {
  it('maps directory-format pages to their paths', () => {
    expect(sitePathOfHtmlFile('index.html')).toBe('/');
    expect(sitePathOfHtmlFile('guidance/operations/index.html')).toBe('/guidance/operations/');
    expect(sitePathOfHtmlFile('guidance\\a\\index.html')).toBe('/guidance/a/');
  });
  it('skips files that are not pages, such as 404.html', () => {
    expect(sitePathOfHtmlFile('404.html')).toBeUndefined();
    expect(sitePathOfHtmlFile('guidance/old.html')).toBeUndefined();
  });
});

describe('isListable', () => {
  it('lists ordinary pages', () => {
    expect(isListable('<html><head><title>x</title></head><body></body></html>')).toBe(true);
  });
  it('leaves out noindex pages and redirect stubs', () => {
    expect(isListable('<head><meta name="robots" content="noindex"></head>')).toBe(false);
    expect(isListable('<head><meta name="robots" content="noindex, nofollow"></head>')).toBe(false);
    expect(isListable('<head><meta http-equiv="refresh" content="0; url=/new/"></head>')).toBe(false);
  });
  it('ignores the words in the body', () => {
    expect(isListable('<head></head><body><code>&lt;meta name="robots" content="noindex"&gt;</code><p><meta name="robots" content="noindex"></p></body>')).toBe(true);
  });
});

describe('modifiedDate', () => {
  it('reads the Open Graph modified date', () => {
    expect(modifiedDate('<meta property="article:modified_time" content="2025-11-03">')).toBe('2025-11-03');
    expect(modifiedDate('<meta property="og:title" content="x">')).toBeUndefined();
  });
});

describe('sitemapXml', () => {
  it('lists every URL once, sorted, escaped, with lastmod when known', () => {
    const xml = sitemapXml([{ url: 'https://e.org/b/?q=1&r=2' }, { url: 'https://e.org/a/', lastmod: '2025-11-03' }]);
    expect(xml.split('\n').filter((l) => l.includes('<url>'))).toEqual([
      '  <url><loc>https://e.org/a/</loc><lastmod>2025-11-03</lastmod></url>',
      '  <url><loc>https://e.org/b/?q=1&amp;r=2</loc></url>',
    ]);
    expect(xml).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<urlset xmlns="http:\/\/www.sitemaps.org\/schemas\/sitemap\/0.9">/);
  });
});

describe('robotsTxt', () => {
  it('allows crawling and names the sitemap when there is one', () => {
    expect(robotsTxt('https://e.org/m/sitemap.xml')).toBe('User-agent: *\nAllow: /\n\nSitemap: https://e.org/m/sitemap.xml\n');
    expect(robotsTxt(undefined)).toBe('User-agent: *\nAllow: /\n');
  });
});
