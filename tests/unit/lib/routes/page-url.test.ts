import { describe, expect, it } from 'vitest';
import { pageUrl } from '../../../../src/lib/routes/page-url.ts';

describe('pageUrl', () => {
  it('is absolute, under the base, when the site URL is known', () => {
    expect(pageUrl('/guidance/a/', '/ops-manual/', 'https://example-org.github.io')).toBe('https://example-org.github.io/ops-manual/guidance/a/');
    expect(pageUrl('/', '/', 'https://manual.example.org/')).toBe('https://manual.example.org/');
  });
  it('is the path under the base otherwise', () => {
    expect(pageUrl('/guidance/a/', '/ops-manual/', undefined)).toBe('/ops-manual/guidance/a/');
  });
});
