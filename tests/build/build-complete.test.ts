/**
 * No green truncated builds: a build that stops before every page, the link
 * check and the search index exist exits non-zero and says what is missing.
 */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { ROOT, buildSite } from '../support/site.ts';

describe('a build that a page stops early with exit code 0', () => {
  const { status, output } = buildSite({ name: 'verdict-truncated', content: 'tests/fixtures/verdict-truncated/content' });
  it('fails instead of reporting success', () => {
    expect(status).not.toBe(0);
    expect(output).not.toMatch(/\[build\] Complete!/);
  });
});
