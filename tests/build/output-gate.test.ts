/**
 * The post-build gate runs on every build: a page that a component or layout
 * change fills with an event handler and an iframe fails the build, naming
 * the page and line, before the link check and the search index. Pages are
 * gated as they are rendered, but the verdict is on the built files: a page
 * rewritten after it was rendered is gated as it was written.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSite, htmlPages, readPage } from '../support/site.ts';

describe('the output gate', () => {
  it('fails the build on unsafe markup a component put on a page, naming the file and line', () => {
    const result = buildSite({ name: 'output-gate-sneaky', inject: { page: 'tests/fixtures/output-gate-sneaky/Sneaky.astro', route: '/sneaky' } });
    expect(result.status, result.output).not.toBe(0);
    expect(result.output).toContain('The built site contains markup that could run code or send readers elsewhere, so the build failed.');
    expect(result.output).toMatch(/tests\/\.output\/output-gate-sneaky\/dist\/sneaky\/index\.html:\d+: <img> has an event handler attribute `onerror`/);
    expect(result.output).toMatch(/tests\/\.output\/output-gate-sneaky\/dist\/sneaky\/index\.html:\d+: <iframe> embeds another document/);
    // The gate runs before Pagefind, so a failing site is never indexed.
    expect(existsSync(path.join(result.outDir, 'pagefind'))).toBe(false);
  }, 120_000);

  it('gates a page rewritten after it was rendered as it stands in the built site, not as it was rendered', () => {
    const result = buildSite({ name: 'output-gate-tampered', inject: { page: 'tests/fixtures/output-gate-sneaky/Plain.astro', route: '/plain', tamper: true } });
    expect(result.status, result.output).not.toBe(0);
    expect(result.output).toMatch(/tests\/\.output\/output-gate-tampered\/dist\/plain\/index\.html:\d+: <img> has an event handler attribute `onerror`/);
  }, 120_000);

  it('gates the pages as they are rendered, and every file after the build', () => {
    const result = buildSite({ name: 'output-gate-plain', inject: { page: 'tests/fixtures/output-gate-sneaky/Plain.astro', route: '/plain' } });
    expect(result.status, result.output).toBe(0);
    const [, files, early] = /No script, event handler, redirect, form or embed that the site did not put there, in (\d+) files \((\d+) gated as they were rendered\)/.exec(result.output) ?? [];
    // Every page but the redirect pages was gated as it was rendered; those, and the SVG files, after the build.
    const pages = htmlPages(result.outDir);
    const redirects = pages.filter((page) => readPage(result.outDir, page).includes('http-equiv="refresh"'));
    expect(redirects.length).toBeGreaterThan(0);
    expect(Number(early)).toBe(pages.length - redirects.length);
    expect(Number(files)).toBeGreaterThan(pages.length);
  }, 120_000);
});
