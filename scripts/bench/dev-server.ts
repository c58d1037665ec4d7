/**
 * The dev server as an author meets it (issue 22, item 3): from `astro dev`
 * to a guidance page served, and from saving that page's file to the page
 * serving the new text. Runs the real dev server on a copy of the
 * example site's content (plus `--pages N` generated guidance pages) in the git-ignored
 * tests/.output/bench/dev-server/, on 127.0.0.1 and a port of its own, cold
 * (fresh cache folder). "Shows" is measured over HTTP, by asking for the page
 * every 50 ms until its HTML has the new words: a browser's reload adds its own
 * time on top. Prints wall time, the server's CPU time (from /proc) and the load.
 *
 *   npm run bench:dev                                    # the example site
 *   npm run bench:dev -- --pages 1000                    # with 1,000 guidance pages
 *   npm run bench:dev -- --starlight                     # Starlight's dev server on the same guidance pages too
 *   options: --runs R (cold starts, each with 3 edits)
 *
 * `npm run bench` runs it too (measureDevServer), after its builds.
 */
import { spawn } from 'node:child_process';
import { cpSync, existsSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { generateGuidance } from './generate-guidance.ts';
import { ensureStarlight, makeStarlightSite } from './starlight.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');

export interface DevServerRun {
  /** Seconds from `astro dev` to the first page served (the guidance page that is then edited). */
  firstPage: number;
  listening: number;
  /** Server CPU seconds at the first page. */
  cpu: number;
  /** Seconds from saving the edited guidance page to the page serving the new text, one per edit. */
  edits: number[];
  load: number;
}

/** A site's dev server to time: where it runs, its Astro, and the guidance file and page to edit. */
interface DevServerTarget {
  label: string;
  cwd: string;
  astro: string;
  env: NodeJS.ProcessEnv;
  cache: string;
  edited: string;
  page: string;
}

const EDITED = 'guidance/operations/incident-management.md';
const EDITED_PAGE = '/guidance/operations/incident-management/';

/**
 * Cold starts of the dev server on the example content plus `pages` generated guidance pages, each with 3 edits;
 * with `starlight`, Starlight's dev server on the same guidance pages (scripts/bench/starlight.ts) the same way.
 */
export async function measureDevServer({ pages = 0, runs = 1, starlight = false, log = console.log }: { pages?: number; runs?: number; starlight?: boolean; log?: (line: string) => void } = {}): Promise<{ ours: DevServerRun[]; starlight?: DevServerRun[] }> {
  const work = path.join(ROOT, 'tests/.output/bench/dev-server');
  rmSync(work, { recursive: true, force: true });
  const content = path.join(work, 'content');
  // The engine's example site, never the repository's own content/.
  cpSync(path.join(ROOT, 'tests/fixtures/example-site/content'), content, { recursive: true });
  if (pages > 0) {
    writeFileSync(path.join(content, 'teams/bench-team.yaml'), 'name: Benchmark team\ncontact: "#bench-team"\n');
    generateGuidance({ pages, out: content, owner: 'bench-team', seed: '1' });
  }
  log(`Dev server: example site${pages ? ` and ${pages} guidance pages` : ''}; ${cpus().length} CPUs, Node ${process.version}, load average ${loadavg()[0]!.toFixed(1)}`);
  const ours = await timeDevServer(
    {
      label: 'ops-manual',
      cwd: ROOT,
      astro: path.join(ROOT, 'node_modules/astro/bin/astro.mjs'),
      env: { OPS_MANUAL_CONTENT: path.relative(ROOT, content), OPS_MANUAL_CACHE_DIR: path.join(work, 'cache'), SITE_BASE: '', SITE_URL: '' },
      cache: path.join(work, 'cache'),
      edited: path.join(content, EDITED),
      page: EDITED_PAGE,
    },
    runs,
    log,
  );
  let theirs: DevServerRun[] | undefined;
  if (starlight) {
    const { folder } = ensureStarlight(path.join(ROOT, 'tests/.output/bench'), ROOT);
    const root = makeStarlightSite(folder, `dev-${pages}`, content);
    theirs = await timeDevServer(
      { label: 'Starlight', cwd: root, astro: path.join(folder, 'node_modules/astro/bin/astro.mjs'), env: {}, cache: path.join(root, 'node_modules/.astro'), edited: path.join(root, 'src/content/docs', EDITED), page: EDITED_PAGE },
      runs,
      log,
    );
    rmSync(root, { recursive: true, force: true });
  }
  rmSync(work, { recursive: true, force: true });
  return { ours, ...(theirs ? { starlight: theirs } : {}) };
}

async function timeDevServer(target: DevServerTarget, runs: number, log: (line: string) => void): Promise<DevServerRun[]> {
  const original = readFileSync(target.edited, 'utf8');
  const results: DevServerRun[] = [];
  for (let run = 1; run <= runs; run++) {
    writeFileSync(target.edited, original);
    rmSync(target.cache, { recursive: true, force: true });
    // A cold start: Starlight's site keeps its data store in its own .astro/ (the engine's runs use the cache folder).
    if (target.cwd !== ROOT) rmSync(path.join(target.cwd, '.astro'), { recursive: true, force: true });
    const started = performance.now();
    const server = spawn(process.execPath, [target.astro, 'dev', '--host', '127.0.0.1', '--port', '0', '--ignore-lock'], {
      cwd: target.cwd,
      env: { ...withoutVitest(process.env), ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', ...target.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    server.stdout!.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
    server.stderr!.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
    try {
      const origin = await waitFor('the dev server to say where it listens', 180, () => /Local\s+(http:\/\/127\.0\.0\.1:\d+)\//.exec(output)?.[1]);
      const listening = performance.now() - started;
      await waitFor(target.page, 180, async () => ((await get(`${origin}${target.page}`))?.status === 200 ? true : undefined));
      const firstPage = performance.now() - started;
      const cpuAtFirstPage = treeCpuSeconds(server.pid!);
      const edits: number[] = [];
      for (let edit = 1; edit <= 3; edit++) {
        const marker = `Edited for the benchmark, run ${run} edit ${edit}`;
        const saved = performance.now();
        writeFileSync(target.edited, original.replace(/\n*$/, `\n\n${marker}.\n`));
        await waitFor(`the edit to show on ${target.page}`, 60, async () => ((await get(`${origin}${target.page}`))?.text.includes(marker) ? true : undefined));
        edits.push(performance.now() - saved);
      }
      const load = loadavg()[0]!;
      results.push({ firstPage: firstPage / 1000, listening: listening / 1000, cpu: cpuAtFirstPage, edits: edits.map((ms) => ms / 1000), load });
      log(
        `  ${target.label}, run ${run}: listening after ${seconds(listening)}, the guidance page after ${seconds(firstPage)} (server CPU ${cpuAtFirstPage.toFixed(1)} s); an edit shows after ${edits.map(seconds).join(', ')}; load average ${load.toFixed(1)}`,
      );
    } finally {
      server.kill('SIGTERM');
      await new Promise((resolve) => server.once('close', resolve));
      writeFileSync(target.edited, original);
    }
  }
  return results;
}

if (import.meta.main) {
  const { values } = parseArgs({ options: { pages: { type: 'string', default: '0' }, runs: { type: 'string', default: '1' }, starlight: { type: 'boolean', default: false } } });
  await measureDevServer({ pages: Number(values.pages), runs: Number(values.runs), starlight: values.starlight });
}

async function get(url: string): Promise<{ status: number; text: string } | undefined> {
  try {
    const response = await fetch(url, { headers: { accept: 'text/html' }, signal: AbortSignal.timeout(60_000) });
    return { status: response.status, text: await response.text() };
  } catch {
    return undefined;
  }
}

async function waitFor<T>(what: string, limitSeconds: number, probe: () => T | undefined | Promise<T | undefined>): Promise<T> {
  const until = performance.now() + limitSeconds * 1000;
  while (performance.now() < until) {
    const value = await probe();
    if (value !== undefined) return value;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`Waited ${limitSeconds} s for ${what}`);
}

/** User + system CPU seconds of a running process and its descendants (Linux /proc; NaN elsewhere). */
function treeCpuSeconds(pid: number): number {
  if (!existsSync('/proc')) return NaN;
  const ticks = 100; // USER_HZ on Linux
  const stats = readdirSync('/proc').filter((name) => /^\d+$/.test(name)).flatMap((name) => {
    try {
      const fields = readFileSync(`/proc/${name}/stat`, 'utf8').replace(/^.*\) /, '').split(' ');
      return [{ pid: Number(name), parent: Number(fields[1]), cpu: (Number(fields[11]) + Number(fields[12])) / ticks }];
    } catch {
      return [];
    }
  });
  const tree = new Set([pid]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const stat of stats) if (tree.has(stat.parent) && !tree.has(stat.pid)) (tree.add(stat.pid), (grew = true));
  }
  return stats.filter((stat) => tree.has(stat.pid)).reduce((sum, stat) => sum + stat.cpu, 0);
}

function withoutVitest(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(env).filter(([name]) => !name.startsWith('VITEST') && name !== 'TEST' && name !== 'NODE_ENV'));
}

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`;
}
