/**
 * `ops-manual build` (a site's `npm run build`) runs `astro build`, then makes
 * the search index once the build's process has ended, so the two never hold
 * memory at once (src/cli/build.ts). Its site and its verdict are those of a
 * plain `astro build`, which indexes in its own process.
 */
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { globSync } from 'tinyglobby';
import { indexSite } from '../../src/integrations/search-index.ts';
import { DEPARTMENT_CONTENT, OUTPUT_ROOT, buildSite } from '../support/site.ts';

const env = { OPS_MANUAL_TODAY: '2026-12-01' };
const command = buildSite({ name: 'build-command', content: DEPARTMENT_CONTENT, command: 'ops-manual', env });
const plain = buildSite({ name: 'build-command-astro', content: DEPARTMENT_CONTENT, env });

function files(outDir: string): string[] {
  return globSync('**/*', { cwd: outDir, dot: true }).sort();
}

describe('ops-manual build', () => {
  it('builds through every gate, then indexes after the build process has ended', () => {
    expect(command.status, command.output).toBe(0);
    const lines = command.output.split('\n');
    const handedOver = lines.findIndex((line) => line.includes('[ops-manual:pagefind] The search index is made next'));
    const astroDone = lines.findIndex((line) => line.includes('[build] Complete!'));
    const indexed = lines.findIndex((line) => /\[ops-manual:pagefind\] Indexed \d+ pages in \d+ ms/.test(line));
    expect(handedOver).toBeGreaterThan(-1);
    expect(astroDone).toBeGreaterThan(handedOver);
    expect(indexed).toBeGreaterThan(astroDone);
    expect(command.output).toMatch(/\[ops-manual:build-complete\] All \d+ expected pages and the link check are there; the search index is next/);
    expect(command.output).not.toContain('[WARN]');
  });

  it('writes the same site, byte for byte, as astro build with the index in its own process', () => {
    expect(plain.status, plain.output).toBe(0);
    expect(plain.output).toMatch(/\[ops-manual:pagefind\] Indexed \d+ pages/);
    const built = files(command.outDir);
    expect(built).toEqual(files(plain.outDir));
    expect(built.filter((file) => file.startsWith('pagefind/')).length).toBeGreaterThan(3);
    const differ = built.filter((file) => !readFileSync(path.join(command.outDir, file)).equals(readFileSync(path.join(plain.outDir, file))));
    expect(differ).toEqual([]);
  });

  it('fails as astro build fails, and makes no index, when the build stops early', () => {
    const stopped = buildSite({ name: 'build-command-truncated', content: 'tests/fixtures/verdict-truncated/content', command: 'ops-manual' });
    expect(stopped.status).toBe(1);
    expect(stopped.output).not.toMatch(/\[ops-manual:pagefind\] Indexed/);
  });
});

describe('the search index step', () => {
  it('fails, saying why, on a folder with no page to index', async () => {
    const empty = path.join(OUTPUT_ROOT, 'build-command-empty');
    rmSync(empty, { recursive: true, force: true });
    mkdirSync(empty, { recursive: true });
    await expect(indexSite(empty)).rejects.toThrow(/Pagefind found no pages to index/);
  });
});
