/**
 * Quality gates on every built page's markup: valid HTML (html-validate's
 * recommended rules, and the W3C Nu HTML Checker) and external links that carry rel="noopener noreferrer".
 * Each gate is also run on a deliberately broken page to prove it fails.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { externalLinksWithoutRel } from '../support/quality/external-links.ts';
import { htmlErrors } from '../support/quality/html-validation.ts';
import { nuHtmlErrors } from '../support/quality/nu-html.ts';
import { buildOnce, htmlPages, readPage, ROOT } from '../support/site.ts';

const SITE_URL = 'https://ops-manual.example';
const BROKEN = path.join(ROOT, 'tests/fixtures/quality-broken');

// Built with a site URL so canonical links and other absolute-URL markup are checked too.
const { outDir } = buildOnce({ name: 'quality-markup', siteUrl: SITE_URL });
const pages = htmlPages(outDir);

describe('html-validate', () => {
  it.each(pages)('%s has no errors', async (page) => {
    expect(await htmlErrors(outDir, [page])).toEqual([]);
  });

  it('fails a page with invalid markup, naming the line, column and rule', async () => {
    const errors = await htmlErrors(path.join(BROKEN, 'invalid-html'), ['index.html']);
    expect(errors).toEqual([
      'index.html:6:2 Element <p> is implicitly closed by adjacent <div> (no-implicit-close)',
      "index.html:6:47 Stray end tag '</p>' (close-order)",
      'index.html:7:8 Duplicate ID "content" (no-dup-id)',
    ]);
  });
});

describe('the W3C Nu HTML Checker', () => {
  // One Java process for every page (starting the JVM takes seconds), so one test.
  it('reports no errors on any page', () => {
    expect(nuHtmlErrors(outDir, pages)).toEqual([]);
  });

  it('fails a script after </html> and an aria-label on a <pre> with no role, naming the line and column', () => {
    expect(nuHtmlErrors(path.join(BROKEN, 'nu-html'), ['index.html'])).toEqual([
      expect.stringMatching(/^index\.html:6:1 The “aria-label” attribute must not be specified on any “pre” element unless/),
      'index.html:9:1 Stray start tag “script”.',
      'index.html:9:1 Cannot recover after last error. Any further errors will be ignored.',
    ]);
  });
});

describe('hosting headers', () => {
  it('ships public/_headers, with the CSP, in the build', () => {
    expect(readFileSync(path.join(outDir, '_headers'), 'utf8')).toBe(readFileSync(path.join(ROOT, 'public/_headers'), 'utf8'));
  });
});

describe('external links', () => {
  it.each(pages)('%s: every link off the site has rel="noopener noreferrer"', (page) => {
    expect(externalLinksWithoutRel(readPage(outDir, page), SITE_URL)).toEqual([]);
  });

  it('fails links that leave the site without both rel values', () => {
    const html = readPage(path.join(BROKEN, 'external-link'), 'index.html');
    expect(externalLinksWithoutRel(html, SITE_URL)).toEqual([
      'https://example.com/no-rel',
      'https://example.com/opener-only',
      '//example.com/protocol-relative',
    ]);
  });
});
