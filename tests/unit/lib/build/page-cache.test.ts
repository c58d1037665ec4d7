/**
 * The last build's pages: a page is taken only with the same key, the same
 * code and bundled files, and the bytes it was kept with; what a build
 * neither took nor kept is gone after it.
 */
import { linkSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { globSync } from 'tinyglobby';
import { assetsKey, codeKey, emptyOutDirKeepingPages, PageCache } from '../../../../src/lib/build/page-cache.ts';
import { fingerprint } from '../../../../src/lib/safety/output-gate/as-rendered.ts';
import { writeFiles } from '../../../support/files.ts';

let work: string;
let folder: string;
let dist: string;
beforeEach(() => {
  work = mkdtempSync(path.join(tmpdir(), 'page-cache-'));
  folder = path.join(work, 'cache');
  dist = path.join(work, 'dist');
});
afterEach(() => rmSync(work, { recursive: true, force: true }));

/** The fingerprint of a built file's bytes, as the output gate takes it after the build. */
const asGated = (built: string) => fingerprint(readFileSync(built));

/**
 * Whether `cache` takes the page, as a build asks before rendering; if it
 * does, the bytes it places where the next build writes the page.
 */
async function take(cache: PageCache, page: string, cacheKey: string): Promise<string | undefined> {
  const built = path.join(dist, page, 'index.html');
  const taken = cache.take([{ page, cacheKey, built }]);
  if (!taken.has(page)) return undefined;
  cache.place();
  return readFileSync(built, 'utf8');
}

/** A built page, as Astro writes it, kept as a build keeps it. */
function build(cache: PageCache, page: string, cacheKey: string, html: string): void {
  const built = path.join(dist, page, 'index.html');
  mkdirSync(path.dirname(built), { recursive: true });
  writeFileSync(built, html);
  cache.keep(page, cacheKey, built);
}

describe('PageCache', () => {
  it('gives a page back to the next build with the same key, and not with another key or other code', async () => {
    const first = new PageCache(folder, 'code-1', dist);
    expect(await take(first, 'guidance/a', 'k1')).toBeUndefined();
    build(first, 'guidance/a', 'k1', '<p>A</p>');
    await first.finish(asGated);
    expect(first).toMatchObject({ taken: 0, written: 1 });

    const second = new PageCache(folder, 'code-1', dist);
    expect(await take(second, 'guidance/a', 'k2')).toBeUndefined();
    expect(await take(second, 'guidance/b', 'k1')).toBeUndefined();
    expect(await take(new PageCache(folder, 'code-2', dist), 'guidance/a', 'k1')).toBeUndefined();
    expect(await take(second, 'guidance/a', 'k1')).toBe('<p>A</p>');
    expect(second.taken).toBe(1);
  });

  it("keeps a page's bytes after the build's own file is gone (a rebuild empties the output folder)", async () => {
    const first = new PageCache(folder, 'code', dist);
    build(first, 'a', 'k', '<p>A</p>');
    await first.finish(asGated);
    rmSync(path.join(work, 'dist'), { recursive: true });
    expect(await take(new PageCache(folder, 'code', dist), 'a', 'k')).toBe('<p>A</p>');
  });

  it('does not take a kept file whose bytes changed since it was kept', async () => {
    const first = new PageCache(folder, 'code', dist);
    build(first, 'a', 'k', '<p>A</p>');
    await first.finish(asGated);
    for (const file of readdirSync(folder).filter((name) => name !== 'index.json')) writeFileSync(path.join(folder, file), '<p onclick="x()">A</p>');
    expect(await take(new PageCache(folder, 'code', dist), 'a', 'k')).toBeUndefined();
  });

  it('forgets, after a build, every page that build neither took nor kept', async () => {
    const first = new PageCache(folder, 'code', dist);
    build(first, 'a', 'k', '<p>A</p>');
    build(first, 'b', 'k', '<p>B</p>');
    await first.finish(asGated);
    const second = new PageCache(folder, 'code', dist);
    expect(await take(second, 'a', 'k')).toBeDefined();
    await second.finish(asGated);
    expect(readdirSync(folder)).toHaveLength(2); // a's file and the index
    const third = new PageCache(folder, 'code', dist);
    expect(await take(third, 'a', 'k')).toBeDefined();
    expect(await take(third, 'b', 'k')).toBeUndefined();
  });

  it('places each page it takes where the build writes it, over whatever is there, and takes only the pages it is asked for', async () => {
    const first = new PageCache(folder, 'code', dist);
    build(first, 'a', 'k', '<p>A</p>');
    build(first, 'b/c', 'k', '<p>C</p>');
    await first.finish(asGated);
    rmSync(dist, { recursive: true });
    const second = new PageCache(folder, 'code', dist);
    const built = (page: string) => path.join(dist, page, 'index.html');
    const taken = second.take([
      { page: 'a', cacheKey: 'k', built: built('a') },
      { page: 'b/c', cacheKey: 'k', built: built('b/c') },
      { page: 'd', cacheKey: 'k', built: built('d') },
    ]);
    expect([...taken].sort()).toEqual(['a', 'b/c']);
    expect(second.taken).toBe(2);
    mkdirSync(path.dirname(built('a')), { recursive: true });
    writeFileSync(built('a'), 'left by something else');
    second.place();
    expect(readFileSync(built('a'), 'utf8')).toBe('<p>A</p>');
    expect(readFileSync(built('b/c'), 'utf8')).toBe('<p>C</p>');
    expect(readdirSync(dist)).toEqual(['a', 'b']);
  });

  it('empties the output folder but for the pages still as it kept them, which a rebuild that takes them leaves where they are', async () => {
    const first = new PageCache(folder, 'code', dist);
    for (const page of ['a', 'b/c', 'd']) build(first, page, 'k', `<p>${page}</p>`);
    await first.finish(asGated);
    const built = (page: string) => path.join(dist, page, 'index.html');
    const inode = statSync(built('a')).ino;
    // d's built file is written again (no longer the cache's); the rest is what else a build leaves.
    rmSync(built('d'));
    writeFileSync(built('d'), '<p>d</p>');
    writeFiles(dist, { '_astro/site.AAAA.css': '', 'pagefind/pagefind.js': '', 'robots.txt': '', '.git/HEAD': 'ref' });

    const inPlace = emptyOutDirKeepingPages(dist, folder);
    expect([...inPlace.keys()].sort()).toEqual(['a/index.html', 'b/c/index.html']);
    expect(globSync('**/*', { cwd: dist, dot: true }).sort()).toEqual(['.git/HEAD', 'a/index.html', 'b/c/index.html', 'pagefind/pagefind.js']);

    const second = new PageCache(folder, 'code', dist, inPlace);
    // a is taken again where it is; b/c is not taken (its key changed), so it is gone, folders and all, before anything is written.
    const taken = second.take([
      { page: 'a', cacheKey: 'k', built: built('a') },
      { page: 'b/c', cacheKey: 'k2', built: built('b/c') },
    ]);
    expect([...taken]).toEqual(['a']);
    expect(globSync('**/*', { cwd: dist }).sort()).toEqual(['a/index.html', 'pagefind/pagefind.js']);
    second.place();
    expect(statSync(built('a')).ino).toBe(inode);
    expect(readFileSync(built('a'), 'utf8')).toBe('<p>a</p>');
  });

  it('trusts no index that names a file outside the output folder: nothing is taken, left or removed there', async () => {
    const first = new PageCache(folder, 'code', dist);
    build(first, 'a', 'k', '<p>A</p>');
    await first.finish(asGated);
    const index = JSON.parse(readFileSync(path.join(folder, 'index.json'), 'utf8')) as Record<string, [string, string]>;
    const [file, [key]] = Object.entries(index)[0]!;
    const outside = path.join(work, 'outside', 'index.html');
    mkdirSync(path.dirname(outside), { recursive: true });
    linkSync(path.join(folder, file), outside);
    writeFileSync(path.join(folder, 'index.json'), JSON.stringify({ [file]: [key, '../outside/index.html'] }));
    expect(emptyOutDirKeepingPages(dist, folder).size).toBe(0);
    const second = new PageCache(folder, 'code', dist, new Map([['../outside/index.html', file]]));
    expect(second.take([{ page: 'a', cacheKey: 'k', built: path.join(dist, 'a', 'index.html') }]).size).toBe(0);
    expect(readFileSync(outside, 'utf8')).toBe('<p>A</p>');
  });

  it('without a cache folder, empties the output folder as Astro does (but .git and the search index\'s folder)', () => {
    writeFiles(dist, { 'a/index.html': '<p>A</p>', 'robots.txt': '', '.git/HEAD': 'ref', 'pagefind/fragment/en_1.pf_fragment': '1', 'a/pagefind/x.js': '' });
    expect(emptyOutDirKeepingPages(dist).size).toBe(0);
    expect(globSync('**/*', { cwd: dist, dot: true }).sort()).toEqual(['.git/HEAD', 'pagefind/fragment/en_1.pf_fragment']);
  });

  it('keeps only a real folder by the search index\'s name: a file or a link by that name goes', () => {
    writeFiles(dist, { pagefind: 'not a folder' });
    emptyOutDirKeepingPages(dist);
    expect(globSync('**/*', { cwd: dist, dot: true, onlyFiles: false })).toEqual([]);
    writeFiles(work, { 'elsewhere/pagefind.js': 'mine' });
    symlinkSync(path.join(work, 'elsewhere'), path.join(dist, 'pagefind'));
    emptyOutDirKeepingPages(dist);
    expect(globSync('**/*', { cwd: dist, dot: true, onlyFiles: false })).toEqual([]);
    expect(readFileSync(path.join(work, 'elsewhere/pagefind.js'), 'utf8')).toBe('mine');
  });

  it('does not keep a page the output gate took no fingerprint of', async () => {
    const first = new PageCache(folder, 'code', dist);
    build(first, 'a', 'k', '<p>A</p>');
    await first.finish(() => undefined);
    expect(first.written).toBe(0);
    expect(await take(new PageCache(folder, 'code', dist), 'a', 'k')).toBeUndefined();
  });

  it('takes nothing without an index, as after a build stopped before it finished', async () => {
    const first = new PageCache(folder, 'code', dist);
    build(first, 'a', 'k', '<p>A</p>');
    await first.finish(asGated);
    rmSync(path.join(folder, 'index.json'));
    expect(await take(new PageCache(folder, 'code', dist), 'a', 'k')).toBeUndefined();
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
