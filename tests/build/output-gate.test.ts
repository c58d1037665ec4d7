/**
 * The post-build gate runs on every build: a page that a component or layout
 * change fills with an event handler and an iframe fails the build, naming
 * the page and line, before the link check and the search index.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSite } from '../support/site.ts';

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
});
