/**
 * What the seed site's Pagefind index holds, read straight from its files:
 * content pages with their filters and metadata, headings with ids for
 * section results, and nothing from navigation, footers, banners or
 * "on this page" lists; and a search page whose A to Z list reaches every
 * indexed page without JavaScript.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { indexedPages } from '../support/pagefind-index.ts';
import { buildOnce, EXAMPLE_CONTENT, htmlPages, readPage, ROOT } from '../support/site.ts';

const { outDir } = buildOnce({ name: 'site' });
const indexed = indexedPages(outDir);
const searchPage = readPage(outDir, 'search/index.html');

function frontmatter(file: string): Record<string, unknown> {
  const text = readFileSync(path.join(ROOT, EXAMPLE_CONTENT, file), 'utf8');
  return parse(text.split(/^---$/m)[1]!) as Record<string, unknown>;
}
function teamName(id: string): string {
  return (parse(readFileSync(path.join(ROOT, EXAMPLE_CONTENT, 'teams', `${id}.yaml`), 'utf8')) as { name: string }).name;
}
function hrefs(html: string): string[] {
  return [...html.matchAll(/<a [^>]*href="([^"]+)"/g)].map((match) => match[1]!);
}
/** Links every page carries in its header, navigation and footer: reachable without search. */
const siteWideLinks = new Set(hrefs(readPage(outDir, '404.html')));
const aToZ = searchPage.slice(searchPage.indexOf('id="a-to-z"'));

describe('the index', () => {
  it('holds the content pages', () => {
    expect(indexed.size).toBeGreaterThan(10);
    expect(indexed.has('/guidance/operations/incident-management/')).toBe(true);
    expect(indexed.has('/service-standard/operate-a-reliable-service/')).toBe(true);
    expect(indexed.has('/services/manage-continuing-professional-development/')).toBe(true);
  });

  it('leaves out pages that only list other pages, the search page and the 404 page', () => {
    for (const url of ['/', '/guidance/', '/service-standard/', '/search/', '/404.html', '/404/']) expect(indexed.has(url), url).toBe(false);
  });

  it.each([...indexed.keys()])('%s holds no navigation, footer, banner or contents-list text', (url) => {
    const { content } = indexed.get(url)!;
    // Text that only the page furniture has: skip link, footer, phase banner, contents list.
    for (const text of ['Skip to main content', 'All content is available under the', 'This is a new manual', 'On this page']) {
      expect(content, text).not.toContain(text);
    }
  });

  it.each([...indexed.keys()])('%s is reachable without JavaScript: in the A to Z list, or linked from every page', (url) => {
    const reachable = hrefs(aToZ).includes(url) || siteWideLinks.has(url);
    expect(reachable, `${url} is in the search index but not in the search page's A to Z list: add its pages to src/data/search.ts`).toBe(true);
  });
});

describe('filters and metadata', () => {
  it('file a guidance page by type, owner and tags, with its review date', () => {
    const data = frontmatter('guidance/operations/incident-management.md');
    const page = indexed.get('/guidance/operations/incident-management/')!;
    expect(page.filters).toEqual({ type: ['Guidance'], owner: [teamName(data.owner as string)], tag: [...(data.tags as string[])].sort() });
    const reviewed = new Date(`${data.lastReviewed as string}T00:00:00Z`);
    expect(page.meta).toMatchObject({
      title: 'Incident management',
      type: 'Guidance',
      owner: teamName(data.owner as string),
      reviewed: reviewed.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }),
    });
  });

  it('file a Service Standard point by the phases it applies to', () => {
    const data = frontmatter('standards/operate-a-reliable-service.md');
    const page = indexed.get('/service-standard/operate-a-reliable-service/')!;
    expect(page.filters.type).toEqual(['Service Standard']);
    expect(page.filters.phase?.sort()).toEqual((data.phases as string[]).map((phase) => phase[0]!.toUpperCase() + phase.slice(1)).sort());
  });

  it('file a service by its phase and owner, and make its id and aliases searchable', () => {
    const data = frontmatter('services/manage-continuing-professional-development.md');
    const page = indexed.get('/services/manage-continuing-professional-development/')!;
    expect(page.filters).toMatchObject({ type: ['Service'], phase: [`${(data.phase as string)[0]!.toUpperCase()}${(data.phase as string).slice(1)}`], owner: [teamName(data.owner as string)] });
    expect(page.meta.id).toBe('manage-continuing-professional-development');
    expect(data.aliases).toEqual(['CPD']);
    expect(page.meta.aliases).toBe('CPD');
  });

  it('give every content page in the A to Z list a type', () => {
    for (const url of hrefs(aToZ.slice(0, aToZ.indexOf('</main>'))).filter((href) => !href.startsWith('#'))) {
      expect(indexed.get(url)?.filters.type, url).toHaveLength(1);
    }
  });
});

describe('section results', () => {
  it('have an anchor for every heading in a page body, so a result can land on it', () => {
    const html = readPage(outDir, 'guidance/operations/incident-management/index.html');
    const body = html.slice(html.indexOf('data-pagefind-body'));
    const headingIds = [...body.matchAll(/<h[2-4] id="([^"]+)"/g)].map((match) => match[1]!);
    expect(headingIds.length).toBeGreaterThan(2);
    const anchors = indexed.get('/guidance/operations/incident-management/')!.anchors.map((anchor) => anchor.id);
    expect(anchors).toEqual(expect.arrayContaining(headingIds));
  });
});

describe('excerpts', () => {
  it('keep a summary list key apart from its value, and table cells apart', () => {
    const content = indexed.get('/services/find-mentor-training/')!.content;
    expect(content).toContain('Phase Beta');
    expect(content).toMatch(/Stage Status Code tests/);
    expect(content).not.toMatch(/PhaseBeta|StageStatus/);
  });
});

describe('the search page', () => {
  it('hides the form until its script runs, and says how to find pages without it', () => {
    expect(searchPage).toMatch(/<form id="search-form"[^>]*role="search"[^>]*hidden/);
    expect(searchPage).toMatch(/<div class="govuk-grid-row" data-search-ui hidden/);
    expect(searchPage).toContain('Search needs JavaScript');
    expect(searchPage).toMatch(/<p class="govuk-body govuk-!-font-weight-bold" role="status" data-search-status>/);
  });

  it('offers a checkbox for every filter value the index holds', () => {
    const values = new Map<string, Set<string>>();
    for (const page of indexed.values()) {
      for (const [key, list] of Object.entries(page.filters)) list.forEach((value) => values.set(key, (values.get(key) ?? new Set()).add(value)));
    }
    const boxes = [...searchPage.matchAll(/name="(\w+)" type="checkbox" value="([^"]+)"/g)].map((match) => `${match[1]}=${match[2]!.replace(/&amp;/g, '&').replace(/&#39;/g, "'")}`);
    const expected = [...values].flatMap(([key, set]) => [...set].map((value) => `${key}=${value}`));
    expect(boxes.sort()).toEqual(expected.sort());
  });

  it('names each page in the A to Z as its own heading does', () => {
    const entries = [...aToZ.matchAll(/<li><a class="govuk-link" href="(\/[^"]+)">([^<]+)<\/a>/g)];
    expect(entries.length).toBeGreaterThan(10);
    for (const [, href, title] of entries) {
      const html = readPage(outDir, `${href!.slice(1)}index.html`);
      expect(/<h1[^>]*>([^<]+)<\/h1>/.exec(html)?.[1]?.trim(), href).toBe(title);
    }
  });

  it('lists the A to Z under letter headings that the letter links point to', () => {
    const letterLinks = [...aToZ.matchAll(/href="#(az-[\w-]+)"/g)].map((match) => match[1]);
    const headings = [...aToZ.matchAll(/<h3 class="govuk-heading-m" id="(az-[\w-]+)"/g)].map((match) => match[1]);
    expect(letterLinks).toEqual(headings);
    expect(headings.length).toBeGreaterThan(3);
  });
});

describe('every page', () => {
  it.each(htmlPages(outDir))('%s loads only the header search script before search is touched', (page) => {
    const html = readPage(outDir, page);
    const scripts = [...html.matchAll(/<script[^>]*src="([^"]+)"/g)].map((match) => match[1]!);
    expect(scripts.some((src) => src.includes('pagefind'))).toBe(false);
    expect(html).toContain('aria-keyshortcuts="/"');
  });
});
