#!/usr/bin/env node
/**
 * Build benchmark. Generates content with the generators in scripts/bench/,
 * builds it with the real site code in tests/.output/bench/ (git-ignored,
 * removed afterwards unless --keep), and prints build time and where it goes,
 * CPU time, peak memory, the cost of a page of each kind, and the largest page
 * of each kind. Exits non-zero when a page breaks a weight budget or the build
 * log has a [WARN].
 *
 *   npm run bench                          # guidance corpus: 500 and 1,000 pages
 *   npm run bench -- --pages 3000          # 1,500 and 3,000 pages
 *   npm run bench -- --sizes 1000,3000     # the sizes you choose
 *   npm run bench -- --services 300        # the seed site, a 300-service portfolio, and a guidance
 *                                          # corpus of as many pages, to compare a page's cost
 *   options: --runs R (median of R builds, and of R rebuilds), --keep, --search (also time searches in Chromium),
 *            --no-starlight (skip the Starlight build), --no-dev (skip the dev server),
 *            --memory-pages N (the large build for peak memory, default 3000; 0 skips it),
 *            --warmup W (untimed builds of each before the timed pairs against Starlight, default 1)
 *
 * Without --pages, --sizes or --services, one run prints every figure issue 22 asks for:
 * the ratio to Starlight at 1,000 pages, the dev server's cold start and edit times (the
 * example site, and with 1,000 pages; scripts/bench/dev-server.ts), and peak memory at
 * 3,000 pages, each beside its target.
 *
 * Each build is cold (fresh output and cache folders). With a guidance corpus it
 * also builds Starlight on the largest corpus's guidance pages, right after
 * ops-manual, and prints the ratio of their times (scripts/bench/starlight.ts
 * installs Starlight into tests/.output/bench/starlight/ on first use).
 */
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { globSync } from 'tinyglobby';
import { BUDGETS } from './bench/budgets.ts';
import { budgetProblems, kB, median, weighPages } from './bench/page-weight.ts';
import { generateGuidance } from './bench/generate-guidance.ts';
import { generatePortfolio } from './bench/generate-portfolio.ts';
import { pageKind } from './bench/page-kind.ts';
import { ensureStarlight, makeStarlightSite } from './bench/starlight.ts';
import { compareTrees } from './bench/tree-hash.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
const BENCH_TEAM = 'bench-team';
const GNU_TIME = '/usr/bin/time';
const BENCH_TODAY = '2026-11-01';

/** Phases of `astro build`, each ending at the first log line after the previous one that matches. */
const PHASES = [
  ['start-up and content check', /\[content\] Syncing content/],
  ['content sync, types, build info', /Building static entrypoints/],
  ['bundling (Vite, MDX)', /generating static routes/],
  ['rendering pages', /✓ Completed in/],
  ['output gate', /\[ops-manual:output-gate\] No script/],
  ['link check', /\[ops-manual:link-check\]/],
  ['sitemap', /\[ops-manual:sitemap\]/],
  ['completeness check', /\[ops-manual:build-complete\]/],
  ['end of the build process', /\[build\] Complete!/],
  // ops-manual build indexes once the build's process has ended (src/cli/build.ts).
  ['Pagefind', /\[ops-manual:pagefind\] Indexed/],
  ['finish', null],
];

const { values } = parseArgs({
  options: {
    pages: { type: 'string' },
    sizes: { type: 'string' },
    services: { type: 'string' },
    runs: { type: 'string', default: '1' },
    seed: { type: 'string', default: '1' },
    keep: { type: 'boolean', default: false },
    search: { type: 'boolean', default: false },
    starlight: { type: 'boolean', default: true },
    dev: { type: 'boolean', default: true },
    'memory-pages': { type: 'string', default: '3000' },
    warmup: { type: 'string', default: '1' },
  },
  allowNegative: true,
});
const runs = Number(values.runs);
const warmups = Number(values.warmup);
const serviceCount = values.services === undefined ? undefined : Number(values.services);
const largest = Number(values.pages ?? 1000);
const sizes = values.sizes ? values.sizes.split(',').map(Number) : [Math.round(largest / 2), largest];
if (!sizes.every((n) => Number.isInteger(n) && n > 1) || !Number.isInteger(runs) || runs < 1 || !Number.isInteger(warmups) || warmups < 0 || (serviceCount !== undefined && !(Number.isInteger(serviceCount) && serviceCount > 0))) {
  fail('usage: npm run bench [-- --pages N | --sizes A,B,... | --services S] [--runs R] [--warmup W] [--keep] [--search]');
}

// Inside the repository on purpose: Astro puts a build's server chunks in <outDir>/.prerender/
// only when outDir is under the working directory, and otherwise in the shared .astro/,
// where two builds at once would overwrite each other's.
const work = path.join(ROOT, 'tests/.output/bench');
console.log(`ops-manual build benchmark: ${cpus().length} CPUs (${cpus()[0]?.model.trim()}), ${Math.round(totalmem() / 2 ** 30)} GiB RAM, Node ${process.version}`);

/** Each site to build: a name and how to fill its content folder (the seed content is always there). */
const sites =
  serviceCount === undefined
    ? sizes.map((size) => ({ name: `${size} guidance pages`, size, fill: (content) => void generateGuidance({ pages: size, out: content, owner: BENCH_TEAM, seed: values.seed }) }))
    : [
        { name: 'seed site', size: 0, fill: () => {} },
        {
          name: `${serviceCount} services`,
          size: serviceCount,
          fill: (content) => {
            const made = generatePortfolio({ services: serviceCount, out: content, seed: values.seed });
            console.log(`  generated ${made.teams} teams, ${made.services} services, ${made.runbooks} run books`);
          },
        },
        // As many guidance pages as the portfolio added HTML pages, filled in once that build is done.
        { name: 'guidance, same page count', size: 0, fill: null },
      ];
console.log(`${sites.map((site) => site.name).join('; ')}. ${runs} cold build${runs === 1 ? '' : 's'} each (median shown); working folder ${path.relative(ROOT, work)}\n`);

const results = [];
let starlight;
let rebuild;
for (const site of sites) {
  const folder = path.join(work, site.name.replace(/\W+/g, '-'));
  rmSync(folder, { recursive: true, force: true });
  if (site.fill === null) {
    const added = results[1].pages - results[0].pages;
    site.name = `${added} guidance pages`;
    site.size = added;
    site.fill = (content) => void generateGuidance({ pages: added, out: content, owner: BENCH_TEAM, seed: values.seed });
  }
  const content = makeContentTree(folder, site.fill);
  // Against Starlight, each of our builds is followed by one of Starlight's, so a host that gets busier or quieter weighs on both alike.
  const against = values.starlight && serviceCount === undefined && site === sites.at(-1) ? starlightSite(site, content) : undefined;
  const measured = [];
  const theirs = [];
  // Untimed builds of both first, one after the other, as a benchmark's warm-up: the first
  // timed build after the smaller corpus's was slower than the rest in half the runs.
  for (let run = 1; against && run <= warmups; run++) {
    const ours = await buildOnce(content, path.join(folder, `warm-up-${run}`));
    const starlightWarmUp = await against.build(`warm-up-${run}`, runs, { quiet: true });
    console.log(`  ${site.name}: warm-up ${run}/${warmups}, not counted: ${ours.buildSeconds.toFixed(1)} s, Starlight ${starlightWarmUp.buildSeconds.toFixed(1)} s`);
    rmSync(path.join(folder, `warm-up-${run}`), { recursive: true, force: true });
  }
  for (let run = 1; run <= runs; run++) {
    measured.push(await buildOnce(content, path.join(folder, `run-${run}`)));
    console.log(`  ${site.name}: run ${run}/${runs} took ${measured.at(-1).buildSeconds.toFixed(1)} s`);
    if (against) theirs.push(await against.build(run, runs));
  }
  results.push({ name: site.name, size: site.size, ...medianOf(measured), last: measured.at(-1) });
  if (against) starlight = against.finish(theirs, measured.map((ours, index) => ours.buildSeconds / theirs[index].buildSeconds));
  if (serviceCount === undefined && site === sites.at(-1)) rebuild = await measureRebuild(content, folder, path.join(folder, `run-${runs}`), results.at(-1).buildSeconds);
  if (!values.keep) rmSync(folder, { recursive: true, force: true });
}

// The whole picture from one run (issue 22): the dev server, and peak memory on a large site.
const fullRun = serviceCount === undefined && !values.sizes && !values.pages;
let memory;
const memoryPages = Number(values['memory-pages']);
if (fullRun && memoryPages > 0) {
  const folder = path.join(work, `memory-${memoryPages}`);
  rmSync(folder, { recursive: true, force: true });
  const content = makeContentTree(folder, (tree) => void generateGuidance({ pages: memoryPages, out: tree, owner: BENCH_TEAM, seed: values.seed }));
  const measured = await buildOnce(content, path.join(folder, 'run-1'));
  memory = { name: `${memoryPages} guidance pages`, ...measured, last: measured };
  console.log(`  ${memory.name}, for peak memory: took ${memory.buildSeconds.toFixed(1)} s`);
  if (!values.keep) rmSync(folder, { recursive: true, force: true });
}
const dev = [];
if (fullRun && values.dev) {
  const { measureDevServer } = await import('./bench/dev-server.ts');
  for (const pages of [0, largest]) dev.push({ pages, ...(await measureDevServer({ pages, starlight: values.starlight, log: (line) => console.log(`  ${line.trim()}`) })) });
}

printBuilds(memory ? [...results, memory] : results);
printPhases(rebuild ? [...results, { ...rebuild, name: 'rebuild, one page changed' }] : results);
printCostPerPage(results);
printLargest(results);
if (starlight) printStarlight(results.at(-1), starlight);
if (rebuild) printRebuild(rebuild);
if (fullRun) printSummary({ ratio: starlight ? results.at(-1).buildSeconds / starlight.buildSeconds : undefined, pairs: starlight?.pairs ?? [], rebuild, memory, dev });
const problems = [
  ...(rebuild?.differences.length ? [`the rebuild's output differs from a clean build's in ${rebuild.differences.length} file(s), first: ${rebuild.differences[0]}`] : []),
  ...[...results, ...(memory ? [memory] : [])].flatMap((result) => [
    ...result.last.problems.map((problem) => `${result.name}: ${problem}`),
    ...(result.last.warnings.length ? [`${result.name}: the build log has ${result.last.warnings.length} [WARN] line(s), first: ${result.last.warnings[0]}`] : []),
  ]),
];
if (problems.length) {
  console.error(`\nOver budget or not clean (${problems.length}):\n${problems.slice(0, 30).map((p) => `- ${p}`).join('\n')}`);
  process.exit(1);
}
console.log(`\nEvery page within budget (HTML ${kB(BUDGETS.htmlMax)} max, ${kB(BUDGETS.htmlMedian)} median; CSS ${kB(BUDGETS.css)}; JS ${kB(BUDGETS.jsBeforeSearch)}) and no [WARN] in any build log.`);

/** The seed content, plus what `fill` generates, in `<folder>/content`. */
function makeContentTree(folder, fill) {
  const content = path.join(folder, 'content');
  cpSync(path.join(ROOT, 'content'), content, { recursive: true });
  writeFileSync(path.join(content, 'teams', `${BENCH_TEAM}.yaml`), 'name: Benchmark team\ncontact: "#bench-team"\n');
  fill(content);
  return content;
}


/**
 * Runs one `astro build` in `cwd` and times it: wall time, the CPU time of the build and its
 * children (GNU time: user + system, Pagefind included), the peak memory of the process tree
 * (sampled every 100 ms), each log line's arrival and the load average before and after.
 */
async function timedBuild({ cwd, command: buildCommand, env, folder }) {
  const build = [process.execPath, ...buildCommand];
  // GNU time adds the CPU seconds of the build and its children (Pagefind): unlike wall time,
  // they hardly change when other work shares the machine.
  const cpuFile = path.join(folder, 'cpu-seconds');
  mkdirSync(folder, { recursive: true });
  const command = existsSync(GNU_TIME) ? [GNU_TIME, '-f', '%U %S', '-o', cpuFile, ...build] : build;
  const loadBefore = loadavg()[0];
  const started = performance.now();
  const child = spawn(command[0], command.slice(1), { cwd, env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  const lines = [];
  let pending = '';
  const collect = (chunk) => {
    const at = (performance.now() - started) / 1000;
    const parts = (pending + chunk).split('\n');
    pending = parts.pop();
    for (const text of parts) lines.push({ at, text });
  };
  child.stdout.setEncoding('utf8').on('data', collect);
  child.stderr.setEncoding('utf8').on('data', collect);
  let peakRss = 0;
  const sampler = setInterval(() => (peakRss = Math.max(peakRss, treeRss(child.pid))), 100);
  const status = await new Promise((resolve) => child.on('close', resolve));
  clearInterval(sampler);
  const buildSeconds = (performance.now() - started) / 1000;
  if (pending) lines.push({ at: buildSeconds, text: pending });
  const log = lines.map((line) => line.text).join('\n');
  writeFileSync(path.join(folder, 'build.log'), log);
  if (status !== 0) fail(`The build in ${path.relative(ROOT, cwd) || '.'} failed (exit ${status}):\n${log.slice(-4000)}`);
  const cpuSeconds = existsSync(cpuFile) ? readFileSync(cpuFile, 'utf8').trim().split(/\s+/).map(Number).reduce((a, b) => a + b, 0) : NaN;
  return { lines, log, buildSeconds, cpuSeconds, peakRssMiB: peakRss / 1024, load: [loadBefore, loadavg()[0]] };
}

/** One cold build with the real site code; samples the memory of the whole process tree and times each log line. */
async function buildOnce(content, folder) {
  const outDir = path.join(folder, 'dist');
  const { lines, log, buildSeconds, cpuSeconds, peakRssMiB, load } = await timedBuild({
    cwd: ROOT,
    // What a site's `npm run build` runs: astro build, then the search index once its process has ended.
    command: [path.join(ROOT, 'bin/ops-manual.mjs'), 'build'],
    folder,
    env: {
      OPS_MANUAL_CONTENT: path.relative(ROOT, content),
      OPS_MANUAL_OUT_DIR: outDir,
      OPS_MANUAL_CACHE_DIR: path.join(folder, 'cache'),
      // The generators date their content from 2026-11-01; reviews and readiness are judged on that day, so every run shows the same pages.
      OPS_MANUAL_TODAY: BENCH_TODAY,
      SITE_BASE: '',
      SITE_URL: '',
    },
  });

  const phases = {};
  let from = 0;
  let since = 0;
  for (const [label, marker] of PHASES) {
    const index = marker ? lines.findIndex((line, i) => i >= from && marker.test(line.text)) : -1;
    const until = index === -1 ? buildSeconds : lines[index].at;
    phases[label] = index === -1 && marker ? NaN : until - since;
    if (index !== -1) [from, since] = [index + 1, until];
  }
  const [, taken, rendered] = /(\d+) pages? unchanged since the last build, taken from it; (\d+) pages? rendered/.exec(log) ?? [];
  const contentCheckSeconds = Number(/\[ops-manual:content-check\] Checked \d+ files in (\d+) ms/.exec(log)?.[1] ?? NaN) / 1000;
  // Astro prints each page it renders with the time it took: "├─ /services/x/index.html (+12ms)".
  const renderMs = {};
  for (const [, page, ms] of log.matchAll(/[├└]─ \/(\S+) \(\+(\d+)ms\)/g)) (renderMs[pageKind(page)] ??= []).push(Number(ms));

  const pages = globSync('**/*.html', { cwd: outDir, ignore: ['pagefind/**'] }).sort();
  const weights = weighPages(outDir, pages);
  const largestByKind = {};
  for (const weight of weights) {
    const kind = pageKind(weight.page);
    if (!largestByKind[kind] || weight.html > largestByKind[kind].html) largestByKind[kind] = weight;
  }
  const search = values.search ? await (await import('./bench-search.ts')).benchSearch(outDir) : undefined;
  return {
    buildSeconds,
    cpuSeconds,
    contentCheckSeconds,
    pageCache: { taken: Number(taken), rendered: Number(rendered) },
    pages: pages.length,
    peakRssMiB,
    loadBefore: load[0],
    loadAfter: load[1],
    distMiB: folderBytes(outDir) / 2 ** 20,
    medianHtmlKb: median(weights.map((w) => w.html)) / 1000,
    maxCssKb: Math.max(...weights.map((w) => w.css)) / 1000,
    maxJsKb: Math.max(...weights.map((w) => w.jsBeforeSearch)) / 1000,
    ...(search ? { searchIndexKiB: search.indexKiB, firstQueryMs: search.firstQueryMs, queryMs: search.medianQueryMs } : {}),
    phases,
    renderMs,
    largestByKind,
    problems: budgetProblems(weights),
    warnings: lines.filter((line) => line.text.includes('[WARN]')).map((line) => line.text.trim()),
  };
}

/** Starlight on the same corpus's guidance pages, as many cold builds as ops-manual had (median). */
function starlightSite(site, content) {
  const { folder: installed, astroVersion } = ensureStarlight(work, ROOT);
  const root = makeStarlightSite(installed, site.name.replace(/\W+/g, '-'), content);
  return {
    /** One cold build of the Starlight site. */
    async build(run, count, { quiet = false } = {}) {
      rmSync(path.join(root, 'dist'), { recursive: true, force: true });
      rmSync(path.join(root, 'node_modules/.astro'), { recursive: true, force: true });
      rmSync(path.join(root, '.astro'), { recursive: true, force: true });
      const timed = await timedBuild({ cwd: root, command: [path.join(installed, 'node_modules/astro/bin/astro.mjs'), 'build'], folder: path.join(root, `run-${run}`), env: {} });
      const pages = globSync('**/*.html', { cwd: path.join(root, 'dist'), ignore: ['pagefind/**'] }).length;
      if (!quiet) console.log(`  Starlight, ${site.name}: run ${run}/${count} took ${timed.buildSeconds.toFixed(1)} s`);
      return { buildSeconds: timed.buildSeconds, cpuSeconds: timed.cpuSeconds, peakRssMiB: timed.peakRssMiB, loadBefore: timed.load[0], loadAfter: timed.load[1], pages };
    },
    /** The medians of its builds, and the ratio of each of ours to the Starlight build straight after it. */
    finish(measured, pairs) {
      if (!values.keep) rmSync(root, { recursive: true, force: true });
      const version = JSON.parse(readFileSync(path.join(installed, 'node_modules/@astrojs/starlight/package.json'), 'utf8')).version;
      return { version, astroVersion, pairs, ...Object.fromEntries(Object.keys(measured[0]).map((key) => [key, median(measured.map((m) => m[key]))])) };
    },
  };
}

/** Each of our builds against the Starlight build straight after it, as "0.47, 0.40, 0.57". */
function pairRatios(pairs) {
  return pairs.map((ratio) => ratio.toFixed(2)).join(', ');
}

/** Ops-manual against Starlight on the same corpus: the ratio issue 22 sets a target for (at most 0.45). */
function printStarlight(ours, theirs) {
  table(
    [`Same corpus (${ours.name})`, 'HTML pages', 'Build s', 'CPU s', 'Peak RSS MiB', 'Load avg before-after'],
    [
      ['ops-manual', ours.pages, ours.buildSeconds.toFixed(1), ours.cpuSeconds.toFixed(1), ours.peakRssMiB.toFixed(0), `${ours.loadBefore.toFixed(1)}-${ours.loadAfter.toFixed(1)}`],
      [`Starlight ${theirs.version} (Astro ${theirs.astroVersion})`, theirs.pages, theirs.buildSeconds.toFixed(1), theirs.cpuSeconds.toFixed(1), theirs.peakRssMiB.toFixed(0), `${theirs.loadBefore.toFixed(1)}-${theirs.loadAfter.toFixed(1)}`],
    ],
  );
  const pairs = theirs.pairs.length > 1 ? ` Each of our builds against the Starlight build straight after it: ${pairRatios(theirs.pairs)} (median ${median(theirs.pairs).toFixed(2)}).` : '';
  console.log(`ops-manual / Starlight: ${(ours.buildSeconds / theirs.buildSeconds).toFixed(2)} of the wall time, ${(ours.cpuSeconds / theirs.cpuSeconds).toFixed(2)} of the CPU time (target: at most 0.45 of the wall time).${pairs} ops-manual also builds the seed site's pages and checks, gates and indexes every page; Starlight builds the guidance pages with its defaults.`);
}

/**
 * Rebuilds after one guidance page's text changed, with the cache of the last
 * clean build (`lastRun`): `runs` of them, each after another change to the
 * same page, each with the cache the one before left (the median is shown);
 * then a clean build of the last content to compare the last rebuild's
 * output with. The page is put back afterwards.
 */
async function measureRebuild(content, folder, lastRun, cleanSeconds) {
  const pages = globSync('guidance/**/*.md', { cwd: content }).sort();
  const page = path.join(content, pages[Math.floor(pages.length / 2)]);
  const before = readFileSync(page, 'utf8');
  try {
    const measured = [];
    for (let run = 1; run <= runs; run++) {
      writeFileSync(page, `${before.trimEnd()}\n\nOne sentence added since the last build, ${run} of ${runs}.\n`);
      measured.push(await buildOnce(content, lastRun));
      const { taken, rendered } = measured.at(-1).pageCache;
      console.log(`  rebuild ${run}/${runs} after a change to ${path.relative(content, page)}: took ${measured.at(-1).buildSeconds.toFixed(1)} s (${taken} pages taken from the last build, ${rendered} rendered)`);
    }
    const { taken, rendered } = measured.at(-1).pageCache;
    const clean = await buildOnce(content, path.join(folder, 'rebuild-clean'));
    const { onlyInFirst, onlyInSecond, changed } = compareTrees(path.join(lastRun, 'dist'), path.join(folder, 'rebuild-clean', 'dist'));
    const differences = [...onlyInFirst, ...onlyInSecond, ...changed].sort();
    return { ...medianOf(measured), runs: measured.map((m) => m.buildSeconds), page: path.relative(content, page), taken, rendered, cleanSeconds, cleanAfter: clean.buildSeconds, differences };
  } finally {
    writeFileSync(page, before);
  }
}

function printRebuild(measured) {
  table(
    ['Rebuild after a one-page change', 'Build s', 'Pages taken', 'Pages rendered', 'Output as a clean build'],
    [[measured.page, measured.buildSeconds.toFixed(1), measured.taken, measured.rendered, measured.differences.length ? `no: ${measured.differences.length} files differ` : 'identical']],
  );
  const each = measured.runs.length > 1 ? `; each rebuild: ${measured.runs.map((seconds) => seconds.toFixed(1)).join(', ')} s` : '';
  console.log(`Rebuild / clean build: ${(measured.buildSeconds / measured.cleanSeconds).toFixed(2)} (rebuild ${measured.buildSeconds.toFixed(1)} s${measured.runs.length > 1 ? ', the median' : ''}${each}; clean: ${measured.cleanSeconds.toFixed(1)} s, the median above; the clean build of the changed content for the comparison took ${measured.cleanAfter.toFixed(1)} s).`);
}

/** Issue 22's figures, each against its target. */
function printSummary({ ratio, pairs, rebuild, memory, dev }) {
  console.log('\nAgainst the targets (issue 22)');
  const rows = [];
  if (ratio !== undefined) rows.push(['Build at 1,000 pages, share of Starlight\'s wall time', `${ratio.toFixed(2)}${pairs.length > 1 ? ` (build by build: ${pairRatios(pairs)})` : ''}`, 'at most 0.45']);
  if (rebuild) rows.push(['Rebuild after a one-page change, share of a clean build', `${(rebuild.buildSeconds / rebuild.cleanSeconds).toFixed(2)}${rebuild.differences.length ? ' (output differs)' : ', output identical'}`, 'at most 0.40']);
  for (const { pages, ours, starlight } of dev) {
    const site = pages ? `example site and ${pages} guidance pages` : 'example site';
    const theirs = starlight ? `at most Starlight's: ${starlight.map((run) => run.firstPage.toFixed(1)).join(', ')}` : 'at most Starlight\'s';
    rows.push([`Dev server cold start to a guidance page (${site}), s`, ours.map((run) => run.firstPage.toFixed(1)).join(', '), theirs]);
    rows.push([`Dev server: an edit shows (${site}), s`, ours.flatMap((run) => run.edits).map((edit) => edit.toFixed(1)).join(', '), `at most ${pages ? 2 : 1}${starlight ? ` (Starlight: ${starlight.flatMap((run) => run.edits).map((edit) => edit.toFixed(1)).join(', ')})` : ''}`]);
  }
  if (memory) rows.push([`Peak memory at ${memory.pages} pages (${memory.name}), MiB`, memory.peakRssMiB.toFixed(0), 'at most 1,536 (1.5 GiB)']);
  table(['Figure', 'Measured', 'Target'], rows);
}

/** Resident memory (kB) of a process and all its descendants, from /proc (Linux). */
function treeRss(pid) {
  if (!existsSync('/proc')) return 0;
  const children = new Map();
  for (const entry of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      children.set(parent, [...(children.get(parent) ?? []), Number(entry)]);
    } catch {
      // The process ended while we looked.
    }
  }
  let total = 0;
  const visit = (id) => {
    try {
      total += Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${id}/status`, 'utf8'))?.[1] ?? 0);
    } catch {
      return;
    }
    for (const child of children.get(id) ?? []) visit(child);
  };
  visit(pid);
  return total;
}

function folderBytes(folder) {
  return globSync('**/*', { cwd: folder, onlyFiles: true }).reduce((sum, file) => sum + statSync(path.join(folder, file)).size, 0);
}

function medianOf(measured) {
  const numeric = Object.keys(measured[0]).filter((key) => typeof measured[0][key] === 'number');
  const phases = Object.fromEntries(Object.keys(measured[0].phases).map((label) => [label, median(measured.map((m) => m.phases[label]))]));
  return { ...Object.fromEntries(numeric.map((key) => [key, median(measured.map((m) => m[key]))])), phases };
}

function table(header, rows) {
  const all = [header, ...rows];
  const widths = header.map((_, i) => Math.max(...all.map((row) => String(row[i]).length)));
  console.log('');
  for (const row of all) console.log(row.map((cell, i) => (i === 0 ? String(cell).padEnd(widths[i]) : String(cell).padStart(widths[i]))).join('  '));
}

function printBuilds(rows) {
  const withSearch = rows.some((r) => r.searchIndexKiB !== undefined);
  table(
    ['Site', 'HTML pages', 'Build s', 'CPU s', 'Pages/s', 'Peak RSS MiB', 'dist MiB', 'Median HTML gz kB', 'Max CSS gz kB', 'Max JS gz kB', ...(withSearch ? ['Index KiB', '1st query ms', 'Query ms'] : [])],
    rows.map((r) => [r.name, r.pages, r.buildSeconds.toFixed(1), r.cpuSeconds.toFixed(1), (r.pages / r.buildSeconds).toFixed(0), r.peakRssMiB.toFixed(0), r.distMiB.toFixed(1), r.medianHtmlKb.toFixed(2), r.maxCssKb.toFixed(2), r.maxJsKb.toFixed(2),
      ...(withSearch ? [r.searchIndexKiB.toFixed(0), r.firstQueryMs.toFixed(0), r.queryMs.toFixed(0)] : [])]),
  );
  console.log('Build s is the wall time of the whole build (`ops-manual build`, as `npm run build` runs it; `astro build` for Starlight); CPU s is its user + system CPU time, children (Pagefind) included. Peak RSS is the build and its child processes, sampled every 100 ms.');
  console.log(`Load average (1 min) at the start and end of each build: ${rows.map((r) => `${r.loadBefore.toFixed(1)}-${r.loadAfter.toFixed(1)} (${r.name})`).join(', ')}.`);
}

function printPhases(rows) {
  const labels = PHASES.map(([label]) => label);
  table(['Where the time goes (s)', ...rows.map((r) => r.name)], labels.map((label) => [label, ...rows.map((r) => (Number.isNaN(r.phases[label]) ? '-' : r.phases[label].toFixed(1)))]));
  const checked = rows.map((r) => r.contentCheckSeconds).filter((seconds) => !Number.isNaN(seconds));
  if (checked.length) console.log(`Of the start-up, the content check took ${rows.map((r) => `${r.contentCheckSeconds.toFixed(1)} s (${r.name})`).join(', ')}.`);
  console.log('Each phase runs from one line of the build log to the next, as the lines arrive. "Bundling" is Vite compiling the pages, the client scripts and every MDX entry (service manuals, run books).');
}

function printCostPerPage(rows) {
  if (rows.length < 2) return;
  const [first] = rows;
  const lines = rows.slice(1).map((r) => {
    const added = r.pages - first.pages;
    return [`${r.name} over ${first.name}`, added, (((r.buildSeconds - first.buildSeconds) / added) * 1000).toFixed(1), (((r.cpuSeconds - first.cpuSeconds) / added) * 1000).toFixed(1)];
  });
  table(['Cost per added HTML page', 'Pages added', 'Build ms/page', 'CPU ms/page'], lines);
  const kinds = ['service', 'run book', 'guidance', 'checklist', 'team', 'readiness', 'services index', 'search'];
  table(['Render time per page (median ms, from the build log)', ...rows.map((r) => r.name)], kinds.map((kind) => [kind, ...rows.map((r) => (r.last.renderMs[kind] ? median(r.last.renderMs[kind]).toFixed(0) : '-'))]));
  if (serviceCount !== undefined) {
    const [seed, portfolio, guidance] = rows;
    const perService = (portfolio.buildSeconds - seed.buildSeconds) / (portfolio.pages - seed.pages);
    const perGuidance = (guidance.buildSeconds - seed.buildSeconds) / (guidance.pages - seed.pages);
    console.log(`A portfolio page (service or run book) costs ${(perService / perGuidance).toFixed(2)} times a guidance page to build (wall time; CPU time: ${(((portfolio.cpuSeconds - seed.cpuSeconds) / (portfolio.pages - seed.pages)) / ((guidance.cpuSeconds - seed.cpuSeconds) / (guidance.pages - seed.pages))).toFixed(2)} times).`);
  } else {
    const [small, big] = [rows[0], rows.at(-1)];
    console.log(`From ${small.size} to ${big.size} pages the build takes ${(big.buildSeconds / small.buildSeconds).toFixed(2)} times as long for ${(big.size / small.size).toFixed(2)} times the pages.`);
  }
}

function printLargest(rows) {
  const kinds = [...new Set(rows.flatMap((r) => Object.keys(r.last.largestByKind)))].sort();
  table(['Largest page of each kind (HTML gz kB)', ...rows.map((r) => r.name)], kinds.map((kind) => [kind, ...rows.map((r) => {
    const page = r.last.largestByKind[kind];
    return page ? `${(page.html / 1000).toFixed(2)} ${page.page.replace(/index\.html$/, '')}` : '-';
  })]));
}

function fail(message) {
  console.error(`bench: ${message}`);
  process.exit(1);
}
