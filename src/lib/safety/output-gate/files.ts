/**
 * The output gate over a list of built files: each file read once and held
 * to the gate's rules (an HTML page) or the content SVG rules (an SVG file).
 * Pure of Astro, so it runs in the build's worker threads (worker.mjs) as
 * well as in-process.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { sitePathOfHtmlFile } from '../../feeds/sitemap.ts';
import { svgProblems } from '../assets/content-assets.ts';
import { gateProblems, type GateProblem } from './rules.ts';

export interface GateFilesJob {
  /** The built site's folder. */
  outDir: string;
  /** Files relative to `outDir`: HTML pages and SVG files. */
  files: readonly string[];
  base: string;
  /** Site paths of the redirect pages (`oldPaths`, alert addresses), the only pages that may carry a meta refresh. */
  redirects: readonly string[];
  /** The policy every page carries as a <meta>. */
  csp: string;
}

/** Each file's problems, in the order of `job.files`. */
export async function gateFiles(job: GateFilesJob): Promise<GateProblem[][]> {
  const redirects = new Set(job.redirects);
  const results: GateProblem[][] = [];
  for (const file of job.files) {
    const html = await readFile(path.join(job.outDir, file), 'utf8');
    const sitePath = sitePathOfHtmlFile(file);
    // An SVG file (from public/ or an image a page shows) is held to the content SVG rules.
    results.push(
      file.endsWith('.svg')
        ? svgProblems(html).map((problem) => ({ ...problem, message: `the SVG ${problem.message}` }))
        : gateProblems(html, {
            base: job.base,
            redirect: sitePath !== undefined && redirects.has(sitePath),
            exists: (asset) => existsSync(path.join(job.outDir, asset)),
            // Every page carries the policy as a <meta>.
            csp: job.csp,
          }),
    );
  }
  return results;
}

/** `items` shared out to `count` workers one by one (worker w takes items w, w + count, ...), so each gets its share of every kind of page. */
export function shareOut<T>(items: readonly T[], count: number): T[][] {
  return Array.from({ length: count }, (_, worker) => items.filter((_, index) => index % count === worker));
}

/** The workers' results (one array each, in the order of their shares) back in the order of the items shared out. */
export function gatherBack<R>(results: readonly (readonly R[])[], total: number): R[] {
  return Array.from({ length: total }, (_, index) => results[index % results.length]![Math.floor(index / results.length)]!);
}

/**
 * gateFiles() in a worker thread (worker.mjs), so the main thread can do other work meanwhile. Rejects if the
 * worker stops before it answers, so a caller never waits for ever.
 */
export function gateFilesInWorker(job: GateFilesJob): Promise<GateProblem[][]> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./worker.mjs', import.meta.url), { workerData: job });
    let result: GateProblem[][] | undefined;
    worker.once('message', (message: GateProblem[][]) => (result = message));
    worker.once('error', reject);
    worker.once('exit', (code) => (result ? resolve(result) : reject(new Error(`The output gate's worker thread stopped (exit ${code}) before it checked its files`))));
  });
}

/** Of every this many files, the main thread gates one and the worker threads the rest: it runs the link check first. */
const MAIN_THREAD_SHARE = 3;

/**
 * gateFiles() over the worker threads and this thread at once: `workers`
 * threads take most of the files; once they have started, this thread runs
 * `meanwhile` (the link check), then takes one file in every
 * `workers * (MAIN_THREAD_SHARE - 1) + 1` itself, so neither core waits for
 * the other. Each file's problems, in the order of `job.files`.
 */
export async function gateFilesAlongside(job: GateFilesJob, workers: number, meanwhile: () => Promise<unknown>): Promise<GateProblem[][]> {
  const perWorker = MAIN_THREAD_SHARE - 1;
  const shares = shareOut(job.files, workers * perWorker + 1);
  const mine = shares.pop()!;
  const theirs = Array.from({ length: workers }, (_, worker) => shares.slice(worker * perWorker, (worker + 1) * perWorker));
  const fromWorkers = theirs.map(async (group) => {
    const problems = await gateFilesInWorker({ ...job, files: group.flat() });
    let at = 0;
    return group.map((share) => problems.slice(at, (at += share.length)));
  });
  // Whether or not the other work succeeded (it reports its own failure), this thread's share is gated.
  const fromHere = meanwhile()
    .catch(() => undefined)
    .then(() => gateFiles({ ...job, files: mine }));
  return gatherBack([...(await Promise.all(fromWorkers)).flat(), await fromHere], job.files.length);
}
