/**
 * The route table comes from Astro: in a build and under the dev server, the
 * content check and the build's expected pages read the routes Astro resolved
 * (astro:routes:resolved). `npm run check` runs outside Astro and reads the
 * declared list the integration injects; both must publish the same addresses.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { astroRoutes, declaredRoutes, type ResolvedRoute } from '../../src/check/route-table.ts';
import { EXAMPLE_CONTENT, OUTPUT_ROOT, ROOT, fixtureSettings } from '../support/site.ts';

function resolvedRoutes(): ResolvedRoute[] {
  const folder = path.join(OUTPUT_ROOT, 'resolved-routes');
  mkdirSync(folder, { recursive: true });
  const output = path.join(folder, 'routes.json');
  const result = spawnSync(process.execPath, [path.join(ROOT, 'tests/support/resolved-routes.ts'), output], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', OPS_MANUAL_CACHE_DIR: path.join(folder, 'cache'), OPS_MANUAL_CONTENT: EXAMPLE_CONTENT, ...fixtureSettings(EXAMPLE_CONTENT) },
  });
  if (result.status !== 0) throw new Error(`astro sync failed:\n${result.stdout}\n${result.stderr}`);
  const routes = JSON.parse(readFileSync(output, 'utf8')) as (Omit<ResolvedRoute, 'patternRegex'> & { regex: string })[];
  return routes.map(({ regex, ...route }) => ({ ...route, patternRegex: new RegExp(regex) }));
}

/** An address a pattern publishes, with each parameter filled in. */
const sample = (pattern: string) => pattern.replace(/\[\.\.\.[^\]]+\]/g, 'a/b').replace(/\[[^\]]+\]/g, 'sample');

describe('the route table', () => {
  const fromAstro = astroRoutes(resolvedRoutes());
  const declared = declaredRoutes();

  it('reads every engine route from Astro, and none of Astro’s own', () => {
    expect(fromAstro.map((route) => route.pattern).sort()).toEqual(declared.map((route) => route.pattern).sort());
    expect(fromAstro.some((route) => route.pattern.startsWith('/_'))).toBe(false);
  });

  it('gives each route the same address and file outside Astro as inside it', () => {
    for (const route of declared) {
      const astro = fromAstro.find((candidate) => candidate.pattern === route.pattern)!;
      expect({ address: astro.address, file: astro.file, entrypoint: astro.entrypoint }, route.pattern).toEqual({ address: route.address, file: route.file, entrypoint: route.entrypoint });
      // A dynamic route's expression takes the same addresses (and, with trailingSlash 'always', a page's only with its slash).
      const address = sample(route.pattern);
      expect(astro.regex.test(address), address).toBe(true);
      expect(route.regex.test(address), address).toBe(true);
      if (address.endsWith('/') && address !== '/') {
        expect(astro.regex.test(address.slice(0, -1)), address).toBe(false);
        expect(route.regex.test(address.slice(0, -1)), address).toBe(false);
      }
    }
  });
});
