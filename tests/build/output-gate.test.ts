/**
 * The post-build gate runs on every build: a page that a component or layout
 * change fills with an event handler and an iframe fails the build, naming
 * the page and line, before the link check and the search index.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { OUTPUT_ROOT, ROOT } from '../support/site.ts';

describe('the output gate', () => {
  it('fails the build on unsafe markup a component put on a page, naming the file and line', () => {
    const folder = path.join(OUTPUT_ROOT, 'output-gate-sneaky');
    rmSync(folder, { recursive: true, force: true });
    const result = spawnSync(process.execPath, [path.join(ROOT, 'tests/fixtures/output-gate-sneaky/build.ts')], {
      cwd: ROOT,
      encoding: 'utf8',
      env: {
        ...process.env,
        ASTRO_TELEMETRY_DISABLED: '1',
        OPS_MANUAL_OUT_DIR: path.join(folder, 'dist'),
        OPS_MANUAL_CACHE_DIR: path.join(folder, 'cache'),
        OPS_MANUAL_CONTENT: 'content',
        SITE_BASE: '',
        SITE_URL: '',
      },
    });
    const output = `${result.stdout}\n${result.stderr}`;
    expect(result.status, output).not.toBe(0);
    expect(output).toContain('The built site contains markup that could run code or send readers elsewhere, so the build failed.');
    expect(output).toMatch(/tests\/\.output\/output-gate-sneaky\/dist\/sneaky\/index\.html:\d+: <img> has an event handler attribute `onerror`/);
    expect(output).toMatch(/tests\/\.output\/output-gate-sneaky\/dist\/sneaky\/index\.html:\d+: <iframe> embeds another document/);
    // The gate runs before Pagefind, so a failing site is never indexed.
    expect(existsSync(path.join(folder, 'dist/pagefind'))).toBe(false);
  }, 120_000);
});
