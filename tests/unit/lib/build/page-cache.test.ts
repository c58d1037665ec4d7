/**
 * The last build's pages: a page is taken only with the same key, the same
 * code and bundled files, and the bytes it was kept with; what a build
 * neither took nor kept is gone after it.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { assetsKey, codeKey, PageCache } from '../../../../src/lib/build/page-cache.ts';
import { fingerprint } from '../../../../src/lib/safety/output-gate/as-rendered.ts';
import { writeFiles } from '../../../support/files.ts';

let work: string;
let folder: string;
beforeEach(() => {
  work = mkdtempSync(path.join(tmpdir(), 'page-cache-'));
  folder = path.join(work, 'cache');
});
afterEach(() => rmSync(work, { recursive: true, force: true }));

/** The fingerprint of a built file's bytes, as the output gate takes it after the build. */
const asGated = (built: string) => fingerprint(readFileSync(built));

/** A built page, as Astro writes it, kept as a build keeps it. */
function build(cache: PageCache, page: string, cacheKey: string, html: string): void {
  const built = path.join(work, 'dist', page, 'index.html');
  mkdirSync(path.dirname(built), { recursive: true });
  writeFileSync(built, html);
  cache.keep(page, cacheKey, built);
}

describe('PageCache', () => {
  it('gives a page back to the next build with the same key, and not with another key or other code', async () => {
    const first = new PageCache(folder, 'code-1');
    expect(first.take('guidance/a', 'k1')).toBeUndefined();
    build(first, 'guidance/a', 'k1', '<p>A</p>');
    await first.finish(asGated);
    expect(first).toMatchObject({ taken: 0, written: 1 });

    const second = new PageCache(folder, 'code-1');
    expect(second.take('guidance/a', 'k2')).toBeUndefined();
    expect(second.take('guidance/b', 'k1')).toBeUndefined();
    expect(new PageCache(folder, 'code-2').take('guidance/a', 'k1')).toBeUndefined();
    expect(second.take('guidance/a', 'k1')?.toString('utf8')).toBe('<p>A</p>');
    expect(second.taken).toBe(1);
  });

  it("keeps a page's bytes after the build's own file is gone (a rebuild empties the output folder)", async () => {
    const first = new PageCache(folder, 'code');
    build(first, 'a', 'k', '<p>A</p>');
    await first.finish(asGated);
    rmSync(path.join(work, 'dist'), { recursive: true });
    expect(new PageCache(folder, 'code').take('a', 'k')?.toString('utf8')).toBe('<p>A</p>');
  });

  it('does not take a kept file whose bytes changed since it was kept', async () => {
    const first = new PageCache(folder, 'code');
    build(first, 'a', 'k', '<p>A</p>');
    await first.finish(asGated);
    for (const file of readdirSync(folder).filter((name) => name !== 'index.json')) writeFileSync(path.join(folder, file), '<p onclick="x()">A</p>');
    expect(new PageCache(folder, 'code').take('a', 'k')).toBeUndefined();
  });

  it('forgets, after a build, every page that build neither took nor kept', async () => {
    const first = new PageCache(folder, 'code');
    build(first, 'a', 'k', '<p>A</p>');
    build(first, 'b', 'k', '<p>B</p>');
    await first.finish(asGated);
    const second = new PageCache(folder, 'code');
    expect(second.take('a', 'k')).toBeDefined();
    await second.finish(asGated);
    expect(readdirSync(folder)).toHaveLength(2); // a's file and the index
    const third = new PageCache(folder, 'code');
    expect(third.take('a', 'k')).toBeDefined();
    expect(third.take('b', 'k')).toBeUndefined();
  });

  it('does not keep a page the output gate took no fingerprint of', async () => {
    const first = new PageCache(folder, 'code');
    build(first, 'a', 'k', '<p>A</p>');
    await first.finish(() => undefined);
    expect(first.written).toBe(0);
    expect(new PageCache(folder, 'code').take('a', 'k')).toBeUndefined();
  });

  it('takes nothing without an index, as after a build stopped before it finished', async () => {
    const first = new PageCache(folder, 'code');
    build(first, 'a', 'k', '<p>A</p>');
    await first.finish(asGated);
    rmSync(path.join(folder, 'index.json'));
    expect(new PageCache(folder, 'code').take('a', 'k')).toBeUndefined();
  });
});

describe('codeKey and assetsKey', () => {
  function engine(): string {
    const root = path.join(work, 'engine');
    writeFiles(root, { 'package.json': '{"version":"1.0.0"}', 'src/page.astro': '<p>1</p>', 'templates/service.md': '# Service', 'package-lock.json': '{}' });
    return root;
  }

  it('changes with any file of the engine, the lockfile or the site\'s config, and not otherwise', () => {
    const root = engine();
    const before = codeKey(root, root);
    expect(codeKey(root, root)).toBe(before);
    for (const file of ['src/page.astro', 'templates/service.md', 'package-lock.json']) {
      const text = readFileSync(path.join(root, file), 'utf8');
      writeFileSync(path.join(root, file), `${text} `);
      expect(codeKey(root, root), file).not.toBe(before);
      writeFileSync(path.join(root, file), text);
    }
    writeFileSync(path.join(root, 'astro.config.mjs'), 'export default {};');
    expect(codeKey(root, root)).not.toBe(before);
  });

  it("changes with the site's own src/ when the engine is installed elsewhere", () => {
    const root = engine();
    const site = path.join(work, 'site');
    mkdirSync(path.join(site, 'src'), { recursive: true });
    writeFileSync(path.join(site, 'src/content.config.ts'), 'export {};');
    const before = codeKey(root, site);
    writeFileSync(path.join(site, 'src/content.config.ts'), 'export { collections };');
    expect(codeKey(root, site)).not.toBe(before);
  });

  it("changes with the names of the bundled files pages link to", () => {
    const outDir = path.join(work, 'dist');
    mkdirSync(path.join(outDir, '_astro'), { recursive: true });
    writeFileSync(path.join(outDir, '_astro/site.AAAA.css'), '');
    const before = assetsKey(outDir);
    rmSync(path.join(outDir, '_astro/site.AAAA.css'));
    writeFileSync(path.join(outDir, '_astro/site.BBBB.css'), '');
    expect(assetsKey(outDir)).not.toBe(before);
  });
});
