/**
 * No green truncated builds: a build that stops before every page, the link
 * check and the search index exist exits non-zero and says what is missing.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/check/content-check.ts';
import { expectedPages } from '../../src/check/route-table.ts';
import { incompleteBuild } from '../../src/lib/build/completeness.ts';
import { ROOT, buildSite } from '../support/site.ts';

const STOPPED = 'The build stopped before it finished (something ended it early), so it failed';

describe('a build that a page stops early with exit code 0', () => {
  const { status, output } = buildSite({ name: 'verdict-truncated', content: 'tests/fixtures/verdict-truncated/content' });
  it('fails instead of reporting success', () => {
    // Stopped by the exit guard today; by the content check once MDX expressions are rejected. Never green.
    expect(status).toBe(1);
    expect(output).not.toMatch(/\[build\] Complete!/);
  });
});

describe('the exit guard, whatever ends a build early', () => {
  const script = [
    "const { buildComplete } = await import('./src/integrations/build-complete.ts');",
    "await buildComplete().hooks['astro:config:setup']({ command: 'build' });",
    'process.exit(0);',
  ].join('\n');
  const result = spawnSync(process.execPath, ['--input-type=module', '--eval', script], { cwd: ROOT, encoding: 'utf8' });
  it('turns exit code 0 into 1, with a message', () => {
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(STOPPED);
  });
});

describe('a complete build', () => {
  const content = 'tests/fixtures/verdict-dev/content';
  const { status, output, outDir } = buildSite({ name: 'verdict-complete', content });

  it('passes, having found every expected page, the link check and the search index', () => {
    expect(status).toBe(0);
    expect(output).toMatch(/\[ops-manual:build-complete\] All \d+ expected pages, the link check and the search index are there/);
  });

  it('would fail if a page were missing', async () => {
    const { entries } = await checkContent(ROOT, content);
    const expected = await expectedPages(ROOT, entries);
    expect(expected).toContain('/guidance/section/problem/');
    const exists = (file: string) => existsSync(path.join(outDir, file));
    expect(incompleteBuild({ expected, exists, linksChecked: true, searchIndex: 'pagefind/pagefind.js' })).toEqual([]);
    rmSync(path.join(outDir, 'guidance/section/problem/index.html'));
    expect(incompleteBuild({ expected, exists, linksChecked: false, searchIndex: 'pagefind/missing.js' })).toEqual([
      `1 of ${expected.length} expected pages were not written: /guidance/section/problem/`,
      'the link check did not run',
      'the search index was not written (no pagefind/missing.js)',
    ]);
  });
});
