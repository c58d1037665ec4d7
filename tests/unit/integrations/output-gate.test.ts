/** The output gate's prerenderer: Astro's own, with each rendered page's bytes also handed to the gate, and given back to Astro unchanged. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { AstroPrerenderer } from 'astro';
import { describe, expect, it } from 'vitest';
import { gatingPrerenderer, outputGate } from '../../../src/integrations/output-gate.ts';

type RouteData = Parameters<AstroPrerenderer['render']>[1]['routeData'];
const route = (type: string) => ({ type }) as unknown as RouteData;

type Metadata = NonNullable<Extract<Awaited<ReturnType<AstroPrerenderer['render']>>, { metadata?: unknown }>['metadata']>;

function rendering(response: () => Response, metadata?: Metadata): AstroPrerenderer & { calls: string[] } {
  const calls: string[] = [];
  return {
    calls,
    name: 'astro:default',
    setup: async () => void calls.push('setup'),
    getStaticPaths: async () => (calls.push('getStaticPaths'), []),
    teardown: async () => void calls.push('teardown'),
    render: async () => (metadata ? { response: response(), metadata } : response()),
  };
}

describe('gatingPrerenderer', () => {
  const html = '<!doctype html><html lang="en"><head><title>x</title></head><body><p>café</p></body></html>';

  it("hands a page's bytes to the gate and gives Astro a response with the same bytes, status and headers", async () => {
    const seen: Uint8Array[] = [];
    const prerenderer = gatingPrerenderer(rendering(() => new Response(html, { status: 200, headers: { 'content-type': 'text/html', 'x-extra': 'kept' } })), { page: (bytes) => seen.push(bytes) });
    const result = await prerenderer.render(new Request('http://localhost/x/'), { routeData: route('page') });
    const response = result as Response;
    expect(Buffer.from(seen[0]!).toString('utf8')).toBe(html);
    expect(response.status).toBe(200);
    expect(response.headers.get('x-extra')).toBe('kept');
    expect(await response.text()).toBe(html);
  });

  it("keeps the incremental build's metadata beside the response", async () => {
    const seen: Uint8Array[] = [];
    const prerenderer = gatingPrerenderer(rendering(() => new Response(html), { contentEntryKeys: ['a'], staticImages: [] }), { page: (bytes) => seen.push(bytes) });
    const result = (await prerenderer.render(new Request('http://localhost/x/'), { routeData: route('page'), collectMetadata: true })) as { response: Response; metadata: unknown };
    expect(result.metadata).toEqual({ contentEntryKeys: ['a'], staticImages: [] });
    expect(await result.response.text()).toBe(html);
    expect(seen).toHaveLength(1);
  });

  it('leaves endpoints, redirects and empty answers to the gate after the build', async () => {
    const seen: Uint8Array[] = [];
    const gate = { page: (bytes: Uint8Array) => void seen.push(bytes) };
    await gatingPrerenderer(rendering(() => new Response('{}')), gate).render(new Request('http://localhost/a.json'), { routeData: route('endpoint') });
    await gatingPrerenderer(rendering(() => new Response(null, { status: 301, headers: { location: '/b/' } })), gate).render(new Request('http://localhost/a/'), { routeData: route('page') });
    await gatingPrerenderer(rendering(() => new Response(null)), gate).render(new Request('http://localhost/c/'), { routeData: route('page') });
    expect(seen).toHaveLength(0);
  });

  it('hands over a page answered with another status, such as the 404 page, whose body Astro writes too', async () => {
    const seen: Uint8Array[] = [];
    const result = await gatingPrerenderer(rendering(() => new Response(html, { status: 404 })), { page: (bytes) => seen.push(bytes) }).render(new Request('http://localhost/404.html'), { routeData: route('page') });
    expect(seen).toHaveLength(1);
    expect((result as Response).status).toBe(404);
  });

  it("passes Astro's other calls through to its own prerenderer", async () => {
    const inner = rendering(() => new Response(html));
    const prerenderer = gatingPrerenderer(inner, { page: () => {} });
    await prerenderer.setup!();
    await prerenderer.getStaticPaths();
    await prerenderer.teardown!();
    expect(inner.calls).toEqual(['setup', 'getStaticPaths', 'teardown']);
    expect(prerenderer.collectStaticImages).toBeUndefined();
  });
});

describe('outputGate', () => {
  /** The prerenderer the integration sets when a build starts, if any, after Astro's config with or without an adapter. */
  async function prerendererSet(adapter: boolean): Promise<unknown[]> {
    // A folder of the test's own: the build's start empties the output folder.
    const site = mkdtempSync(path.join(tmpdir(), 'output-gate-site-'));
    try {
      const hooks = outputGate().hooks as Record<string, (options: unknown) => unknown>;
      await hooks['astro:config:done']!({ config: { outDir: pathToFileURL(`${site}/dist/`), cacheDir: pathToFileURL(`${site}/node_modules/.astro/`), ...(adapter ? { adapter: { name: 'some-adapter', hooks: {} } } : {}) } });
      const set: unknown[] = [];
      await hooks['astro:build:start']!({ setPrerenderer: (prerenderer: unknown) => set.push(prerenderer) });
      return set;
    } finally {
      rmSync(site, { recursive: true, force: true });
    }
  }

  it("wraps Astro's prerenderer to gate pages as they are rendered", async () => {
    expect(await prerendererSet(false)).toHaveLength(1);
  });

  it("leaves a site with an adapter its adapter's prerenderer, and gates every file after the build", async () => {
    expect(await prerendererSet(true)).toHaveLength(0);
  });
});
