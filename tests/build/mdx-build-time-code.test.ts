/**
 * Content never runs code on the build machine (issue 11): an MDX page's
 * `export` and `{expression}` that would write a file do not run, whether the
 * content check rejects the page first or the sanitiser removes them.
 */
import { existsSync, rmSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { OUTPUT_ROOT, buildSite } from '../support/site.ts';

describe('ESM and expressions in MDX', () => {
  it('never run while the site builds', () => {
    const marker = path.join(OUTPUT_ROOT, 'mdx-build-time-code-ran');
    rmSync(marker, { force: true });
    const result = buildSite({ name: 'mdx-build-time-code', content: 'tests/fixtures/mdx-build-time-code/content', env: { OPS_MANUAL_TEST_MARKER: marker } });
    expect(existsSync(marker), result.output).toBe(false);
    expect(result.output).not.toMatch(/\n\s+at /);
  }, 120_000);
});
