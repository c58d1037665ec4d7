/**
 * Publishing: edit and report links on every content page, Open Graph,
 * noindex, sitemap, robots.txt, What's new and its feed, all under a sub-path.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildOnce, EXAMPLE_SETTINGS as settings, htmlPages, readPage, ROOT } from '../support/site.ts';

const BASE = '/ops-manual/';
const SITE = 'https://example-org.github.io';
const REPO = settings.repositoryUrl!.replace(/\/+$/, '');

const real = buildOnce({ name: 'publishing-site', base: BASE, siteUrl: SITE });
const fixture = buildOnce({ name: 'publishing-fixture', content: 'tests/fixtures/publishing/content', base: BASE, siteUrl: SITE });

function attribute(tag: string, name: string): string | undefined {
  const value = new RegExp(`\\b${name}="([^"]*)"`).exec(tag)?.[1];
  return value?.replace(/&amp;/g, '&').replace(/&#39;/g, "'").replace(/&quot;/g, '"');
}

/** The href of the link with this text, if the page has one. */
function linkTo(html: string, text: string): string | undefined {
  const tag = new RegExp(`<a [^>]*>${text}</a>`).exec(html)?.[0];
  return tag && attribute(tag, 'href');
}

function canonical(html: string): string | undefined {
  return attribute(/<link rel="canonical"[^>]*>/.exec(html)?.[0] ?? '', 'href');
}

/** Content pages are the ones built from a content file: guidance, standards, services, their run books, and checklists. */
function contentPages(outDir: string): string[] {
  // Not the dependency maps and incident packs: views drawn from many files, or printed, where an edit link would mislead.
  return htmlPages(outDir).filter((page) => /^(guidance|service-standard|services|checklists)\/.+\/index\.html$/.test(page) && !/^services\/map\/|\/incident-pack\//.test(page));
}

describe.each([
  ['the example site', real.outDir],
  ['the fixture site', fixture.outDir],
])('edit and report links on every content page of %s', (_name, outDir) => {
  const pages = contentPages(outDir);
  it('has content pages to check', () => {
    expect(pages.length).toBeGreaterThan(3);
  });
  it.each(pages)('%s', (page) => {
    const html = readPage(outDir, page);
    const title = /<h1[^>]*>([^<]*)<\/h1>/.exec(html)?.[1];
    const edit = linkTo(html, 'Edit this page');
    const report = linkTo(html, 'Report a problem with this page');
    if (edit?.startsWith(`${REPO}/edit/`)) {
      const file = decodeURIComponent(edit.slice(`${REPO}/edit/${settings.repositoryBranch}/`.length));
      expect(file).toMatch(/^(content|tests\/fixtures\/(example-site|publishing)\/content)\/.+\.(md|mdx|yaml)$/);
      expect(existsSync(path.join(ROOT, file))).toBe(true);
    }
    if (report?.startsWith(`${REPO}/issues/new?`)) {
      const query = new URL(report).searchParams;
      expect(query.get('title')).toBe(`Problem with page: ${title}`);
      const address = `${SITE}${BASE}${page.replace(/index\.html$/, '')}`;
      // A page search engines are asked not to index (such as an internal manual) has no canonical link.
      expect(canonical(html)).toBe(html.includes('<meta name="robots" content="noindex">') ? undefined : address);
      expect(query.get('body')).toContain(`Page: ${address}`);
    }
    // Only the fixture's override pages may differ from the site-wide links.
    if (!page.includes('edited-elsewhere') && !page.includes('hidden-page')) expect(edit).toMatch(`${REPO}/edit/main/`);
    if (!page.includes('edited-elsewhere') && !page.includes('no-feedback')) expect(report).toMatch(`${REPO}/issues/new?`);
  });
});

describe('per-page overrides', () => {
  const dir = fixture.outDir;
  it('points the links where the page says', () => {
    const html = readPage(dir, 'guidance/runbooks/edited-elsewhere/index.html');
    expect(linkTo(html, 'Edit this page')).toBe('https://cms.example.org/pages/42/edit');
    expect(linkTo(html, 'Report a problem with this page')).toBe('mailto:runbooks@example.org');
  });
  it('hides a link set to false', () => {
    expect(linkTo(readPage(dir, 'guidance/runbooks/no-feedback/index.html'), 'Report a problem with this page')).toBeUndefined();
    expect(linkTo(readPage(dir, 'guidance/runbooks/hidden-page/index.html'), 'Edit this page')).toBeUndefined();
  });
  it('keeps a hideInNavigation page out of the side navigation and section list, but publishes it', () => {
    const index = readPage(dir, 'guidance/runbooks/index.html');
    expect(index).toContain(`href="${BASE}guidance/runbooks/restart-the-queue/"`);
    expect(index).not.toContain('hidden-page');
    expect(readPage(dir, 'guidance/index.html')).not.toContain('hidden-page');
    expect(readPage(dir, 'guidance/runbooks/hidden-page/index.html')).toContain('<h1 class="govuk-heading-xl">Hidden from navigation</h1>');
  });
});

describe('search engines', () => {
  const dir = fixture.outDir;
  const sitemap = readFileSync(path.join(dir, 'sitemap.xml'), 'utf8');
  const listed = [...sitemap.matchAll(/<loc>([^<]*)<\/loc>/g)].map((m) => m[1]);

  it('marks a noindex page and leaves it out of the sitemap', () => {
    expect(readPage(dir, 'guidance/runbooks/no-feedback/index.html')).toContain('<meta name="robots" content="noindex">');
    expect(listed).not.toContain(`${SITE}${BASE}guidance/runbooks/no-feedback/`);
    expect(readPage(dir, 'guidance/runbooks/restart-the-queue/index.html')).not.toContain('name="robots"');
  });
  it('lists every other page once, absolute and under the sub-path, with its review date', () => {
    const expected = htmlPages(dir)
      .filter((page) => page.endsWith('/index.html') || page === 'index.html')
      .filter((page) => !readPage(dir, page).includes('<meta name="robots" content="noindex">'))
      .map((page) => `${SITE}${BASE}${page.replace(/index\.html$/, '')}`)
      .sort();
    expect(listed).toEqual(expected);
    expect(sitemap).toContain(`<loc>${SITE}${BASE}guidance/runbooks/restart-the-queue/</loc><lastmod>2025-06-30</lastmod>`);
  });
  it('has a robots.txt that names the sitemap', () => {
    expect(readFileSync(path.join(dir, 'robots.txt'), 'utf8')).toContain(`Sitemap: ${SITE}${BASE}sitemap.xml`);
  });
  it('has Open Graph tags with the page URL and review date', () => {
    const html = readPage(dir, 'guidance/runbooks/restart-the-queue/index.html');
    expect(html).toContain('<meta property="og:title" content="Restart the queue">');
    expect(html).toContain('<meta property="og:type" content="article">');
    expect(html).toContain(`<meta property="og:url" content="${SITE}${BASE}guidance/runbooks/restart-the-queue/">`);
    expect(html).toContain('<meta property="article:modified_time" content="2025-06-30">');
  });
  it('writes no sitemap without a site URL, and robots.txt without a Sitemap line', () => {
    const bare = buildOnce({ name: 'publishing-no-site-url', content: 'tests/fixtures/publishing/content' });
    expect(existsSync(path.join(bare.outDir, 'sitemap.xml'))).toBe(false);
    expect(readFileSync(path.join(bare.outDir, 'robots.txt'), 'utf8')).toBe('User-agent: *\nAllow: /\n');
  });
});

describe("What's new", () => {
  const dir = fixture.outDir;
  it('lists pages newest first by review date, linked under the sub-path', () => {
    const html = readPage(dir, 'whats-new/index.html');
    const titles = [...html.matchAll(/<a class="govuk-link govuk-!-font-weight-bold" href="([^"]*)">([^<]*)<\/a>/g)].map((m) => [m[1], m[2]]);
    expect(titles).toEqual([
      [`${BASE}guidance/runbooks/hidden-page/`, 'Hidden from navigation'],
      [`${BASE}guidance/runbooks/restart-the-queue/`, 'Restart the queue'],
      [`${BASE}guidance/runbooks/`, 'Run books'],
      [`${BASE}guidance/runbooks/edited-elsewhere/`, 'Edited elsewhere'],
      [`${BASE}guidance/runbooks/no-feedback/`, 'No feedback link'],
    ]);
    expect(html).toContain('<time datetime="2025-06-30">30 June 2025</time>');
  });
  it('has an Atom feed with the same pages, absolute links and a date from the content', () => {
    const feed = readFileSync(path.join(dir, 'whats-new/feed.xml'), 'utf8');
    const links = [...feed.matchAll(/<entry>[\s\S]*?<link rel="alternate" type="text\/html" href="([^"]*)"/g)].map((m) => m[1]);
    expect(links[0]).toBe(`${SITE}${BASE}guidance/runbooks/hidden-page/`);
    expect(links).toHaveLength(5);
    expect(feed).toContain('<updated>2025-06-30T00:00:00Z</updated>\n  <author>');
    expect(feed).toContain(`<link rel="self" type="application/atom+xml" href="${SITE}${BASE}whats-new/feed.xml"/>`);
  });
  it('is announced on every page for feed readers', () => {
    expect(readPage(dir, 'index.html')).toContain(`<link rel="alternate" type="application/atom+xml" title="What's new - ${settings.name}" href="${BASE}whats-new/feed.xml">`);
  });
});

describe('accessibility statement and cookies', () => {
  it('are linked from every page footer under the sub-path', () => {
    for (const page of htmlPages(real.outDir)) {
      const html = readPage(real.outDir, page);
      expect(html, page).toContain(`<a class="govuk-footer__link" href="${BASE}accessibility/">Accessibility</a>`);
      expect(html, page).toContain(`<a class="govuk-footer__link" href="${BASE}cookies/">Cookies</a>`);
    }
  });
  it('give the statement dates from the settings and say there are no cookies or analytics', () => {
    expect(readPage(real.outDir, 'accessibility/index.html')).toMatch(/This statement was prepared on \d{1,2} [A-Z][a-z]+ \d{4}\./);
    expect(readPage(real.outDir, 'cookies/index.html')).toContain('does not put any cookies on your device and does not use analytics');
  });
  it('loads nothing from another site: no analytics by default', () => {
    for (const page of htmlPages(real.outDir)) {
      const html = readPage(real.outDir, page);
      expect(html.match(/<(script|link|img|iframe)\b[^>]*\b(src|href)="(https?:)?\/\/[^"]*"[^>]*>/g)?.filter((tag) => !tag.startsWith('<link rel="canonical"')) ?? [], page).toEqual([]);
    }
  });
});
