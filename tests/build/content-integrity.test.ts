/**
 * Real builds proving the integrity checks end to end: a good fixture built
 * under a sub-path (redirects, review warnings, reviews page, api/pages.json,
 * anchors that match the renderer's heading ids), and bad fixtures that fail
 * the build with every problem at once, never with Astro's raw schema output.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { globSync } from 'tinyglobby';
import { parseMarkdownLinks } from '../../src/lib/links/markdown-links.ts';
import { readHtmlLinks } from '../../src/lib/links/html-links.ts';
import { buildOnce, buildSite, EXAMPLE_CONTENT, readPage, ROOT } from '../support/site.ts';

const BASE = '/ops/';
const SITE_URL = 'https://ops.example.org';
const CONTENT = 'tests/fixtures/integrity/content';
const { outDir } = buildOnce({ name: 'integrity', content: CONTENT, base: BASE, siteUrl: SITE_URL, env: { OPS_MANUAL_TODAY: '2025-12-15' } });

describe('oldPaths', () => {
  it.each(['guidance/old-section/', 'guidance/moved/old-name/', 'guidance/very-old-name/'])('%s is a static redirect page', (old) => {
    const html = readPage(outDir, `${old}index.html`);
    const target = old === 'guidance/old-section/' ? '/ops/guidance/moved/' : '/ops/guidance/moved/new-name/';
    expect(html).toContain(`<meta http-equiv="refresh" content="0; url=${target}">`);
    expect(html).toContain(`<link rel="canonical" href="${SITE_URL}${target}">`);
    expect(html).toContain('<meta name="robots" content="noindex">');
    expect(html).toContain(`<a class="govuk-link" href="${target}">`);
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
  });

  it('redirects a run book\'s old address to its page under its service', () => {
    const html = readPage(outDir, 'runbooks/refund-a-payment/index.html');
    expect(html).toContain('<meta http-equiv="refresh" content="0; url=/ops/services/pay/runbooks/refund-a-payment/">');
  });
});

describe('review dates', () => {
  it('shows the out-of-date warning on an overdue page without JavaScript', () => {
    const html = readPage(outDir, 'guidance/moved/overdue/index.html');
    expect(html).toContain('Last reviewed <time datetime="2020-01-31">31 January 2020</time>. Next review due <time datetime="2020-02-29">29 February 2020</time>.');
    expect(html).toMatch(/<div class="govuk-warning-text" data-review-due="2020-02-29">/);
    expect(html).toContain('This page may be out of date. It was due for review on 29 February 2020.');
  });

  it('hides it on a current page, and loads a tiny script that decides again on the reader\'s date', () => {
    const html = readPage(outDir, 'guidance/moved/new-name/index.html');
    expect(html).toMatch(/<div class="govuk-warning-text" data-review-due="2026-02-01" hidden>/);
    const script = /<script type="module" src="\/ops\/(_astro\/ReviewMeta[^"]+\.js)"><\/script>/.exec(html)?.[1];
    expect(script).toBeDefined();
    const code = readFileSync(path.join(outDir, script!), 'utf8');
    expect(code).toContain('data-review-due');
    expect(code.length).toBeLessThan(1024);
  });

  it('lists overdue and due-soon pages by owner on the reviews page', () => {
    const html = readPage(outDir, 'reviews/index.html');
    expect(html).toContain('<time datetime="2025-12-15">15 December 2025</time>');
    expect(html).toContain('1 overdue, 1 due soon.');
    const payments = html.slice(html.indexOf('id="owner-payments"'));
    expect(payments).toMatch(/href="\/ops\/guidance\/moved\/overdue\/">Overdue page<\/a>[\s\S]*?Overdue</);
    expect(payments).toMatch(/href="\/ops\/services\/pay\/">Pay<\/a>[\s\S]*?10 January 2026[\s\S]*?Due soon/);
    expect(html).not.toContain('id="owner-editors"');
  });

  it('lists every page with title, url, reviewBy and owner in api/pages.json', () => {
    const { pages } = JSON.parse(readFileSync(path.join(outDir, 'api/pages.json'), 'utf8'));
    expect(pages).toContainEqual({
      title: 'Overdue page',
      url: `${SITE_URL}/ops/guidance/moved/overdue/`,
      lastReviewed: '2020-01-31',
      reviewBy: '2020-02-29',
      owner: 'payments',
      ownerName: 'Payments team',
    });
    // A run book belongs to its service's owner.
    expect(pages).toContainEqual(expect.objectContaining({ title: 'Refund a payment', owner: 'payments', reviewBy: '2026-06-01' }));
    expect(pages.map((p: { url: string }) => p.url).sort()).toEqual(
      ['guidance/moved/', 'guidance/moved/new-name/', 'guidance/moved/overdue/', 'services/pay/', 'services/pay/runbooks/refund-a-payment/'].map((p) => `${SITE_URL}/ops/${p}`),
    );
  });
});

describe('links and anchors', () => {
  it('Markdown links get the base path', () => {
    const html = readPage(outDir, 'guidance/moved/index.html');
    expect(html).toContain('href="/ops/guidance/moved/new-name/#use-kubectl--dont-panic"');
    expect(html).toContain('href="/ops/guidance/moved/overdue/"');
  });

  it('heading ids worked out from the sources are the ids the renderer wrote', () => {
    const files = globSync('{guidance,services}/**/*.{md,mdx}', { cwd: path.join(ROOT, CONTENT) });
    for (const file of files) {
      const source = readFileSync(path.join(ROOT, CONTENT, file), 'utf8');
      const expected = [...parseMarkdownLinks(source, file.endsWith('.mdx')).anchors.ids];
      const page = file.replace(/^(guidance|services)\//, (_, c) => `${c}/`).replace(/(\/index)?\.mdx?$/, '/index.html');
      const built = readHtmlLinks(readPage(outDir, page)).ids;
      for (const id of expected) expect(built, `${file} #${id}`).toContain(id);
    }
  });

  it('the seed content\'s heading ids match too', () => {
    const seed = buildOnce({ name: 'site' }).outDir;
    const files = globSync('guidance/**/*.md', { cwd: path.join(ROOT, EXAMPLE_CONTENT) });
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) {
      const expected = [...parseMarkdownLinks(readFileSync(path.join(ROOT, EXAMPLE_CONTENT, file), 'utf8'), false).anchors.ids];
      const built = readHtmlLinks(readPage(seed, file.replace(/(\/index)?\.md$/, '/index.html'))).ids;
      for (const id of expected) expect(built, `${file} #${id}`).toContain(id);
    }
  });
});

describe('a build with broken content', () => {
  const result = buildSite({ name: 'integrity-errors', content: 'tests/fixtures/integrity-errors/content' });
  const folder = 'tests/fixtures/integrity-errors/content/guidance/section';

  it('fails before rendering, listing every problem of every kind together', () => {
    expect(result.status).not.toBe(0);
    expect(existsSync(path.join(result.outDir, 'index.html'))).toBe(false);
    expect(result.output).toContain('6 problems in 2 content files:');
    for (const line of [
      `${folder}/schema.md:2: \`title\` is required: the page title, in sentence case`,
      `${folder}/schema.md:6: has an unknown field \`ower\`. Did you mean \`owner\`?`,
      `${folder}/unsafe.md:10: contains a \`<script>\` tag`,
      `${folder}/unsafe.md:12: links to /guidance/section/missing/, which is not a page on this site.`,
      `${folder}/unsafe.md:14: looks like an AWS access key (\`AKIA…\`)`,
    ]) {
      expect(result.output).toContain(line);
    }
  });

  it('never shows Astro\'s raw schema errors', () => {
    expect(result.output).not.toMatch(/InvalidContentEntryDataError|does not match collection schema|ZodError|"code":\s*"|invalid_type/);
  });
});

describe('the built-site backstop', () => {
  // A component page that forgot withBase(): content cannot make such a link (the sanitiser drops MDX attribute expressions).
  const result = buildSite({
    name: 'broken-link-built',
    content: 'tests/fixtures/broken-link-built/content',
    base: BASE,
    inject: { page: 'tests/fixtures/broken-link-built/Unbased.astro', route: '/guidance/section/unbased' },
  });

  it('fails the build on a link the source check cannot read, naming the page', () => {
    expect(result.status).not.toBe(0);
    expect(result.output).toContain('Links in the built site are broken, so the build failed.');
    // The component's link skips the base path, so under /ops/ it points outside the site.
    expect(result.output).toContain(
      "tests/.output/broken-link-built/dist/guidance/section/unbased/index.html:1: links to /guidance/section/nowhere/, which is outside the site's base path /ops/: write the link in Markdown, or build it with withBase() (the link is made by a layout, component or MDX expression, not written in the content)",
    );
  });

  it('prints the report without a stack trace', () => {
    expect(result.output).not.toMatch(/Stack trace:|^\s+at .+:\d+:\d+\)?$/m);
  });

  it('prints the report without a stack trace', () => {
    expect(result.output).not.toMatch(/Stack trace:|^\s+at .+:\d+:\d+\)?$/m);
  });
});
