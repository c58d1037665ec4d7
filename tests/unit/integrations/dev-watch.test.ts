import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ignoredUnlessInput } from '../../../src/integrations/dev-watch.ts';

const root = mkdtempSync(path.join(tmpdir(), 'dev-watch-'));
for (const folder of ['content/guidance', 'public', 'src', 'dist/guidance', 'tests/.output/bench/site/content', 'docs']) mkdirSync(path.join(root, folder), { recursive: true });
writeFileSync(path.join(root, 'astro.config.mjs'), '');
const ignored = ignoredUnlessInput(root, ['content', 'public', 'src']);
const at = (file: string) => path.join(root, file);

describe('the dev server watches the site inputs only', () => {
  it('watches the content, public and src folders and what is in them', () => {
    for (const file of ['content', 'content/guidance/page.md', 'public/favicon.svg', 'src/content.config.ts']) expect(ignored(at(file)), file).toBe(false);
  });

  it('watches the files at the top of the site, such as its Astro config', () => {
    expect(ignored(at('astro.config.mjs'))).toBe(false);
    expect(ignored(at('.env'))).toBe(false);
  });

  it('does not watch the built site or any other folder', () => {
    for (const file of ['dist', 'dist/guidance/index.html', 'docs', 'docs/page.md']) expect(ignored(at(file)), file).toBe(true);
  });

  it('takes a relative path from the site root, and leaves paths outside the site to Vite', () => {
    expect(ignored('dist/index.html')).toBe(true);
    expect(ignored('content/guidance/page.md')).toBe(false);
    expect(ignored(root)).toBe(false);
    expect(ignored(path.join(tmpdir(), 'elsewhere', 'file.md'))).toBe(false);
  });

  it('watches a content folder anywhere in the site, and the folders on the way to it', () => {
    const nested = ignoredUnlessInput(root, ['tests/.output/bench/site/content', 'public', 'src']);
    for (const file of ['tests', 'tests/.output', 'tests/.output/bench/site/content/guidance/page.md']) expect(nested(at(file)), file).toBe(false);
    for (const file of ['tests/.output/other', 'tests/.output/bench/site/dist/index.html', 'content/guidance/page.md']) expect(nested(at(file)), file).toBe(true);
  });
});
