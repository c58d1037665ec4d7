/**
 * The prerenderer that takes pages from the last build: a page with a cache
 * key is rendered only when no page was kept for that key; a page without a
 * key, or one that is not a plain page, is always rendered and never kept.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { AstroPrerenderer } from 'astro';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cachingPrerenderer } from '../../../src/integrations/page-cache.ts';
import { emptyOutDirKeepingPages, PageCache } from '../../../src/lib/build/page-cache.ts';
import { fingerprint } from '../../../src/lib/safety/output-gate/as-rendered.ts';

type PathWithRoute = Awaited<ReturnType<AstroPrerenderer['getStaticPaths']>>[number];
type RouteData = PathWithRoute['route'];
const route = (component: string, type = 'page') => ({ component, type }) as unknown as RouteData;
const guidance = route('src/routes/guidance/[...slug].astro');
const home = route('src/routes/index.astro');

let work: string;
beforeEach(() => (work = mkdtempSync(path.join(tmpdir(), 'caching-prerenderer-'))));
afterEach(() => rmSync(work, { recursive: true, force: true }));

/** Astro's prerenderer for two pages, counting what it renders, with `text` as the guidance page's words. */
function rendering(paths: PathWithRoute[], text: () => string, status = 200): AstroPrerenderer & { rendered: string[] } {
  const rendered: string[] = [];
  return {
    rendered,
    name: 'astro:default',
    getStaticPaths: async () => paths,
    render: async (request) => {
      rendered.push(new URL(request.url).pathname);
      return new Response(`<p>${text()} at ${new URL(request.url).pathname}</p>`, { status });
    },
  };
}

/** One build through the caching prerenderer, as Astro drives it (and writes each page); what it rendered. */
async function build(paths: PathWithRoute[], text: string, base = '/', status = 200): Promise<{ given: string[]; rendered: string[]; bodies: string[]; cache: PageCache }> {
  const outDir = path.join(work, 'dist');
  const astro = rendering(paths, () => text, status);
  let cache: PageCache | undefined;
  // As the output gate does when the build starts: the output folder emptied, but for the pages still as the cache kept them.
  const inPlace = emptyOutDirKeepingPages(outDir, path.join(work, 'cache'));
  const prerenderer = cachingPrerenderer(astro, base, outDir, () => (cache = new PageCache(path.join(work, 'cache'), 'code', outDir, inPlace)));
  const given = await prerenderer.getStaticPaths();
  for (const { pathname, route: routeData } of given) {
    const response = (await prerenderer.render(new Request(`http://localhost${base}${pathname.replace(/^\//, '')}`), { routeData })) as Response;
    mkdirSync(path.join(outDir, pathname), { recursive: true });
    writeFileSync(path.join(outDir, pathname, 'index.html'), await response.text());
  }
  // The pages taken and not in place, which Astro never saw, placed by the output gate; then kept with the fingerprints it takes of the built files.
  cache!.place();
  await cache!.finish((built) => fingerprint(readFileSync(built)));
  const bodies = paths.map(({ pathname }) => readFileSync(path.join(outDir, pathname, 'index.html'), 'utf8'));
  return { given: given.map(({ pathname }) => pathname), rendered: astro.rendered, bodies, cache: cache! };
}

describe('cachingPrerenderer', () => {
  it('renders a keyed page once, then gives the same bytes while its key is the same', async () => {
    const paths = [{ pathname: '/guidance/a/', route: guidance, cacheKey: 'k1' }];
    const first = await build(paths, 'first');
    expect(first.rendered).toEqual(['/guidance/a/']);
    const second = await build(paths, 'second');
    // Not even given to Astro, which would write it again: it stays where the last build left it (or the output gate places it).
    expect(second.given).toEqual([]);
    expect(second.rendered).toEqual([]);
    expect(second.bodies).toEqual(first.bodies);
    expect(second.cache.taken).toBe(1);
  });

  it('renders the page again when its key changes', async () => {
    await build([{ pathname: '/guidance/a/', route: guidance, cacheKey: 'k1' }], 'first');
    const second = await build([{ pathname: '/guidance/a/', route: guidance, cacheKey: 'k2' }], 'second');
    expect(second.rendered).toEqual(['/guidance/a/']);
    expect(second.bodies[0]).toContain('second');
  });

  it('always renders a page without a key, and a page under a sub-path is found by its path without the base', async () => {
    const paths = [
      { pathname: '/', route: home },
      { pathname: '/guidance/a/', route: guidance, cacheKey: 'k1' },
    ];
    await build(paths, 'first', '/ops/');
    const second = await build(paths, 'second', '/ops/');
    expect(second.rendered).toEqual(['/ops/']);
    expect(second.bodies[1]).toContain('first');
  });

  it('never keeps an answer that is not a page (an error)', async () => {
    const paths = [{ pathname: '/guidance/a/', route: guidance, cacheKey: 'k1' }];
    const first = await build(paths, 'first', '/', 500);
    expect(first.cache.written).toBe(0);
    expect((await build(paths, 'second')).rendered).toEqual(['/guidance/a/']);
  });

  it('always renders an endpoint, even with a key', async () => {
    const paths = [{ pathname: '/api/pages.json', route: route('src/routes/api/pages.json.ts', 'endpoint'), cacheKey: 'k1' }];
    await build(paths, 'first');
    expect((await build(paths, 'second')).rendered).toEqual(['/api/pages.json']);
  });
});
