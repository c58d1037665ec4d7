/** The example site, built once: every entry has a page with the shell every page needs. */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { globSync } from 'tinyglobby';
import { buildOnce, EXAMPLE_CONTENT, htmlPages, readPage, ROOT } from '../support/site.ts';

const { outDir } = buildOnce({ name: 'site' });
const pages = htmlPages(outDir);

function contentFiles(folder: string, pattern = '**/*.{md,mdx}'): string[] {
  return globSync(pattern, { cwd: path.join(ROOT, EXAMPLE_CONTENT, folder) }).sort();
}

function expectedPage(folder: string, file: string): string {
  const id = file.replace(/\.(mdx?)$/, '').replace(/(^|\/)index$/, '');
  return `${folder}/${id ? `${id}/` : ''}index.html`;
}

describe('every entry has a page', () => {
  it.each(contentFiles('guidance'))('guidance/%s', (file) => {
    expect(pages).toContain(expectedPage('guidance', file));
  });
  it.each(contentFiles('standards'))('standards/%s', (file) => {
    expect(pages).toContain(expectedPage('service-standard', file));
  });
  it.each(contentFiles('services'))('services/%s', (file) => {
    expect(pages).toContain(expectedPage('services', file));
  });
  it('has the home, index, search and 404 pages', () => {
    for (const page of ['index.html', 'guidance/index.html', 'service-standard/index.html', 'services/index.html', 'search/index.html', '404.html']) {
      expect(pages).toContain(page);
    }
  });
});

describe.each(pages)('%s', (page) => {
  const html = readPage(outDir, page);
  it('declares English and has one H1', () => {
    expect(html).toMatch(/<html lang="en"/);
    expect(html.match(/<h1[\s>]/g)).toHaveLength(1);
  });
  it('starts with a skip link to the main content', () => {
    expect(html).toMatch(/<body[^>]*>\s*<a href="#main-content" class="govuk-skip-link">/);
    expect(html).toMatch(/<main[^>]*id="main-content"[^>]*tabindex="-1"/);
  });
  it('has a meta description and no inline script', () => {
    expect(html).toMatch(/<meta name="description" content="[^"]+"/);
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
  });
});

describe('titles', () => {
  it('are unique across the site', () => {
    const titles = pages.map((page) => /<title>([^<]*)<\/title>/.exec(readPage(outDir, page))?.[1]);
    expect(titles.every(Boolean)).toBe(true);
    expect(new Set(titles).size).toBe(titles.length);
  });

  it('H1 is the entry title on a guidance page', () => {
    const html = readPage(outDir, 'guidance/operations/incident-management/index.html');
    expect(html).toMatch(/<h1 class="govuk-heading-xl">Incident management<\/h1>/);
  });
});

describe('search', () => {
  it('has a Pagefind index covering the content pages', () => {
    expect(existsSync(path.join(outDir, 'pagefind/pagefind.js'))).toBe(true);
    expect(existsSync(path.join(outDir, 'pagefind/pagefind-entry.json'))).toBe(true);
  });
});
