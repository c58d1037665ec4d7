/**
 * Builds a fixture site with the Astro CLI, each build in its own output and
 * cache folder, and reads what it produced. The engine's tests never read the
 * real content/: by default they build the frozen example site, so replacing
 * content/ with a department's own keeps them green (issue 20).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { globSync } from 'tinyglobby';
import { loadSettings } from '../../src/settings.ts';

export const ROOT = path.resolve(import.meta.dirname, '../..');
export const OUTPUT_ROOT = path.join(ROOT, 'tests/.output');

/** The frozen copy of the example content the engine's tests assert on, relative to the repository. */
export const EXAMPLE_CONTENT = 'tests/fixtures/example-site/content';
/** The example site's own settings (its settings.yaml), which its pages are built with; never the real content/'s. */
export const EXAMPLE_SETTINGS = loadSettings(ROOT, EXAMPLE_CONTENT).settings;
/** Another department's content: no example ids, no Service Standard pages, no seeded checklists. */
export const DEPARTMENT_CONTENT = 'tests/fixtures/department-site/content';

/**
 * Fixture content trees without a settings.yaml of their own share
 * tests/fixtures/settings.yaml (the example organisation's settings, without
 * an incident page), as every fixture shared the engine's settings before sites had their own.
 */
export function fixtureSettings(content: string): Record<string, string> {
  if (existsSync(path.resolve(ROOT, content, 'settings.yaml'))) return {};
  return { OPS_MANUAL_SETTINGS: path.join(ROOT, 'tests/fixtures/settings.yaml') };
}

export interface BuildOptions {
  /** A name for this build's output folder under tests/.output/. */
  name: string;
  /** Content folder relative to the repository, default the example site's (EXAMPLE_CONTENT). */
  content?: string;
  /** Sub-path to build under, such as /ops-manual/. */
  base?: string;
  siteUrl?: string;
  env?: Record<string, string>;
  /** Options after `astro build`, as `npm run build -- …` passes them. */
  args?: string[];
  /** Build as a site's `npm run build` does, with `ops-manual build` (the search index once the build's process has ended), instead of `astro build`. */
  command?: 'astro' | 'ops-manual';
  /** Keep the last build of this name's cache folder, as a rebuild on the same machine does (by default every build starts clean). */
  rebuild?: boolean;
}

export interface BuildResult {
  status: number | null;
  output: string;
  outDir: string;
}

export function buildSite(options: BuildOptions & { inject?: { page: string; route: string; tamper?: boolean } }): BuildResult {
  const outDir = path.join(OUTPUT_ROOT, options.name, 'dist');
  const cacheDir = path.join(OUTPUT_ROOT, options.name, 'cache');
  if (!options.rebuild) rmSync(path.join(OUTPUT_ROOT, options.name), { recursive: true, force: true });
  // `inject` adds one page from a fixture (tests/support/build-with-page.ts), as a component change would.
  const command = options.inject
    ? [path.join(ROOT, 'tests/support/build-with-page.ts'), path.join(ROOT, options.inject.page), options.inject.route, ...(options.inject.tamper ? ['--tamper'] : [])]
    : options.command === 'ops-manual'
      ? [path.join(ROOT, 'bin/ops-manual.mjs'), 'build', ...(options.args ?? [])]
      : [path.join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build', ...(options.args ?? [])];
  const result = spawnSync(process.execPath, command, {
    cwd: ROOT,
    encoding: 'utf8',
    env: {
      ...process.env,
      ASTRO_TELEMETRY_DISABLED: '1',
      OPS_MANUAL_OUT_DIR: outDir,
      OPS_MANUAL_CACHE_DIR: cacheDir,
      OPS_MANUAL_CONTENT: options.content ?? EXAMPLE_CONTENT,
      ...fixtureSettings(options.content ?? EXAMPLE_CONTENT),
      SITE_BASE: options.base ?? '',
      SITE_URL: options.siteUrl ?? '',
      ...options.env,
    },
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}`, outDir };
}

/** Builds once per output name and test run; later calls reuse the output. */
const built = new Map<string, BuildResult>();
export function buildOnce(options: BuildOptions): BuildResult {
  const existing = built.get(options.name);
  if (existing) return existing;
  const result = buildSite(options);
  if (result.status !== 0) throw new Error(`Build "${options.name}" failed:\n${result.output}`);
  built.set(options.name, result);
  return result;
}

/** Every HTML page in a built site, as paths relative to its output folder. */
export function htmlPages(outDir: string): string[] {
  return globSync('**/*.html', { cwd: outDir, ignore: ['pagefind/**'] }).sort();
}

export function readPage(outDir: string, page: string): string {
  const file = path.join(outDir, page);
  if (!existsSync(file)) throw new Error(`No page ${page} in ${outDir}`);
  return readFileSync(file, 'utf8');
}

/** A built page's text as a reader sees it: tags become spaces, the entities builds write decoded, runs of space one. */
export function pageText(html: string): string {
  return html.replace(/<[^>]+>/g, ' ').replace(/&#39;|&#x27;/g, "'").replace(/&amp;/g, '&').replace(/\s+/g, ' ');
}
