#!/usr/bin/env node
/**
 * Build benchmark: generates the shared synthetic corpus (../shared/bench/gen-corpus.mjs,
 * beside this repository) at two sizes, builds each with the real site code in
 * tests/.output/bench/ (removed afterwards unless --keep), and prints build and CPU
 * time, Pagefind time, peak memory, pages per second, dist size, median page
 * weight and search figures.
 *
 *   npm run bench                      # 500 and 1,000 pages
 *   npm run bench -- --pages 2000      # 1,000 and 2,000 pages
 *   npm run bench -- --sizes 250,500,1000 --runs 3 [--keep]
 *
 * Each build is cold (fresh output and cache folders). With --runs R the
 * figures are the median of R builds.
 */
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { globSync } from 'tinyglobby';
import { BUDGETS } from '../tests/support/quality/budgets.ts';
import { median, weighPages } from '../tests/support/quality/page-weight.ts';
import { benchSearch } from './bench-search.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
// OPS_MANUAL_BENCH_GENERATOR points at gen-corpus.mjs when the shared bench folder is elsewhere.
const GENERATOR = path.resolve(process.env.OPS_MANUAL_BENCH_GENERATOR ?? path.join(ROOT, '../shared/bench/gen-corpus.mjs'));
const BENCH_TEAM = 'bench-team';
const GNU_TIME = '/usr/bin/time';

const { values } = parseArgs({
  options: {
    pages: { type: 'string', default: '1000' },
    sizes: { type: 'string' },
    runs: { type: 'string', default: '1' },
    keep: { type: 'boolean', default: false },
  },
});
const largest = Number(values.pages);
const sizes = values.sizes ? values.sizes.split(',').map(Number) : [Math.round(largest / 2), largest];
const runs = Number(values.runs);
if (!sizes.every((n) => Number.isInteger(n) && n > 1) || !Number.isInteger(runs) || runs < 1) {
  fail('usage: npm run bench [-- --pages N] [--sizes A,B,...] [--runs R] [--keep]   (N, sizes > 1)');
}
if (!existsSync(GENERATOR)) {
  fail(`The corpus generator is missing: expected ../shared/bench/gen-corpus.mjs beside the repository (${GENERATOR}).
Check out the shared bench folder next to this repository, then run npm run bench again.`);
}

// Inside the repository on purpose: Astro puts a build's server chunks in <outDir>/.prerender/
// only when outDir is under the working directory, and otherwise in the shared .astro/,
// where two builds at once would overwrite each other's.
const work = path.join(ROOT, 'tests/.output/bench');
console.log(`ops-manual build benchmark: ${cpus().length} CPUs (${cpus()[0]?.model.trim()}), ${Math.round(totalmem() / 2 ** 30)} GiB RAM, Node ${process.version}`);
console.log(`Sizes ${sizes.join(', ')} pages; ${runs} cold build${runs === 1 ? '' : 's'} each (median shown); working folder ${work}\n`);

const results = [];
for (const size of sizes) {
  const folder = path.join(work, String(size));
  rmSync(folder, { recursive: true, force: true });
  const content = makeContentTree(size, folder);
  const measured = [];
  for (let run = 1; run <= runs; run++) {
    measured.push(await buildOnce(content, path.join(folder, `run-${run}`)));
    process.stdout.write(`  ${size} pages: run ${run}/${runs} took ${measured.at(-1).buildSeconds.toFixed(1)} s\n`);
  }
  results.push({ size, ...medianOf(measured) });
  if (!values.keep) rmSync(folder, { recursive: true, force: true });
}
printTable(results);
for (const { size, medianHtmlKb } of results) {
  if (medianHtmlKb * 1000 > BUDGETS.htmlMedian) console.log(`Warning: at ${size} pages the median page is ${medianHtmlKb.toFixed(2)} kB gzipped, over the ${BUDGETS.htmlMedian / 1000} kB budget.`);
}

/** Generates the corpus and maps it into the site's content layout, without loosening any schema. */
function makeContentTree(size, folder) {
  const corpus = path.join(folder, 'corpus');
  const content = path.join(folder, 'content');
  const generated = spawnSync(process.execPath, [GENERATOR, '--pages', String(size), '--out', corpus], { encoding: 'utf8' });
  if (generated.status !== 0) fail(`gen-corpus.mjs failed:\n${generated.stderr}`);

  // Sections become guidance sections beside the seed's; pages get the fields our schema requires and the corpus lacks.
  for (const section of readdirSync(corpus).filter((name) => statSync(path.join(corpus, name)).isDirectory()).sort()) {
    const files = readdirSync(path.join(corpus, section)).filter((file) => file.endsWith('.md')).sort();
    let order = 0;
    for (const file of files) {
      const text = readFileSync(path.join(corpus, section, file), 'utf8');
      const target = path.join(content, 'guidance', section, file);
      mkdirSync(path.dirname(target), { recursive: true });
      writeFileSync(target, adapt(text, file === 'index.md' ? 0 : ++order));
    }
  }
  // The corpus home page (index.md at its root) has no place in a site whose home is a
  // layout page, so it is left out; links to it then point at the guidance index, which
  // exists, but has none of the home page's #anchors, so those anchors are dropped.
  // The seed content comes too: the site's own pages link to some of it.
  cpSync(path.join(ROOT, 'content'), content, { recursive: true });
  writeFileSync(path.join(content, 'teams', `${BENCH_TEAM}.yaml`), 'name: Benchmark team\ncontact: "#bench-team"\n');
  return content;
}

function adapt(text, order) {
  const withFields = text.replace(/^---\n/, `---\norder: ${order}\nowner: ${BENCH_TEAM}\n`);
  return withFields.replace(/\]\(((?:\.\.\/)+)#[^)]*\)/g, (link, up) => (isHomeLink(up, order) ? `](${up})` : link));
}

/** `../` from a section index, or `../../` from a page, is the corpus home. */
function isHomeLink(up, order) {
  return up.length / 3 === (order === 0 ? 1 : 2);
}

/** One cold build with the real site code; samples the memory of the whole process tree. */
async function buildOnce(content, folder) {
  const outDir = path.join(folder, 'dist');
  const build = [process.execPath, path.join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build'];
  // GNU time adds the CPU seconds of the build and its children (Pagefind): unlike wall time,
  // they hardly change when other work shares the machine.
  const cpuFile = path.join(folder, 'cpu-seconds');
  mkdirSync(folder, { recursive: true });
  const command = existsSync(GNU_TIME) ? [GNU_TIME, '-f', '%U %S', '-o', cpuFile, ...build] : build;
  const started = performance.now();
  const child = spawn(command[0], command.slice(1), {
    cwd: ROOT,
    env: {
      ...process.env,
      ASTRO_TELEMETRY_DISABLED: '1',
      OPS_MANUAL_CONTENT: path.relative(ROOT, content),
      OPS_MANUAL_OUT_DIR: outDir,
      OPS_MANUAL_CACHE_DIR: path.join(folder, 'cache'),
      SITE_BASE: '',
      SITE_URL: '',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  let peakRss = 0;
  const sampler = setInterval(() => (peakRss = Math.max(peakRss, treeRss(child.pid))), 100);
  const status = await new Promise((resolve) => child.on('close', resolve));
  clearInterval(sampler);
  const buildSeconds = (performance.now() - started) / 1000;
  if (status !== 0) fail(`The build failed (exit ${status}):\n${output.slice(-4000)}`);

  const pagefindMs = Number(/Indexed \d+ pages in (\d+) ms/.exec(output)?.[1] ?? NaN);
  const cpuSeconds = existsSync(cpuFile) ? readFileSync(cpuFile, 'utf8').trim().split(/\s+/).map(Number).reduce((a, b) => a + b, 0) : NaN;
  const pages = globSync('**/*.html', { cwd: outDir, ignore: ['pagefind/**'] });
  const weights = weighPages(outDir, pages);
  // Search, measured in Chromium on the built site (scripts/bench-search.ts).
  const search = await benchSearch(outDir);
  return {
    buildSeconds,
    cpuSeconds,
    pagefindSeconds: pagefindMs / 1000,
    pages: pages.length,
    pagesPerSecond: pages.length / buildSeconds,
    peakRssMiB: peakRss / 1024,
    distMiB: folderBytes(outDir) / 2 ** 20,
    medianHtmlKb: median(weights.map((w) => w.html)) / 1000,
    searchIndexKiB: search.indexKiB,
    searchPageKiB: search.searchPageGzipKiB,
    firstQueryMs: search.firstQueryMs,
    queryMs: search.medianQueryMs,
  };
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
  const keys = Object.keys(measured[0]);
  return Object.fromEntries(keys.map((key) => [key, median(measured.map((m) => m[key]))]));
}

function printTable(rows) {
  const columns = [
    ['Corpus pages', (r) => String(r.size)],
    ['HTML pages', (r) => String(r.pages)],
    ['Build s', (r) => r.buildSeconds.toFixed(1)],
    ['CPU s', (r) => r.cpuSeconds.toFixed(1)],
    ['Pagefind s', (r) => r.pagefindSeconds.toFixed(1)],
    ['Pages/s', (r) => r.pagesPerSecond.toFixed(0)],
    ['Peak RSS MiB', (r) => r.peakRssMiB.toFixed(0)],
    ['dist MiB', (r) => r.distMiB.toFixed(1)],
    ['Median HTML gz kB', (r) => r.medianHtmlKb.toFixed(2)],
    ['Index KiB', (r) => r.searchIndexKiB.toFixed(0)],
    ['Search page gz KiB', (r) => r.searchPageKiB.toFixed(1)],
    ['1st query ms', (r) => r.firstQueryMs.toFixed(0)],
    ['Query ms', (r) => r.queryMs.toFixed(0)],
  ];
  const table = [columns.map(([title]) => title), ...rows.map((row) => columns.map(([, cell]) => cell(row)))];
  const widths = columns.map((_, i) => Math.max(...table.map((line) => line[i].length)));
  console.log('');
  for (const line of table) console.log(line.map((cell, i) => cell.padStart(widths[i])).join('  '));
  if (rows.length > 1) {
    const [small, big] = [rows[0], rows.at(-1)];
    const perPageMs = ((big.buildSeconds - small.buildSeconds) / (big.size - small.size)) * 1000;
    console.log(`\nEach extra page costs about ${perPageMs.toFixed(1)} ms of build time (from ${small.size} to ${big.size} pages).`);
  }
  console.log('Build s is the wall time of the whole `astro build` (content check, pages, link check, Pagefind); CPU s is its user + system CPU time, children included.');
  console.log('Peak RSS is the build and its child processes, sampled every 100 ms.');
  console.log('Index KiB is every file Pagefind wrote. Query ms is from submitting a search on the search page to its results painted, in Chromium: 1st query loads the engine and index; Query ms is the median of the next ones.');
}

function fail(message) {
  console.error(`bench: ${message}`);
  process.exit(1);
}
