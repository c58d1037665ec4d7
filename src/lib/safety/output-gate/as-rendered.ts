/**
 * The output gate on each page as Astro renders it: the page's bytes go to a
 * worker thread (as-rendered-worker.mjs), which holds them to the gate's rules,
 * and reads their links and ids for the link check, on a core that rendering
 * leaves free, so little of either is left once the last page is written.
 *
 * What it gated counts only for a built file with exactly the same bytes
 * (their SHA-256): after the build every file is read again, and one whose
 * bytes it did not see, a redirect page (the only pages a meta refresh is
 * allowed on), an SVG file, or a page whose script files have come or gone
 * since, is gated in full as before (settleFromRendered). So the gate still
 * answers for every file in the built site, whatever wrote it.
 *
 * A page with exactly the bytes of a page the last build gated (a page taken
 * from the last build: src/lib/build/page-cache.ts) takes that verdict and is
 * not gated again, if the gate's code and options are unchanged
 * (`loadVerdicts`/`saveVerdicts`).
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { sitePathOfHtmlFile } from '../../feeds/sitemap.ts';
import type { PageLinkTargets } from '../../links/html-links.ts';
import { writeAtomic } from '../../core/write-atomic.ts';
import type { GateFilesJob } from './files.ts';
import type { GateProblem } from './rules.ts';

/** What the worker found on one rendered page. */
export interface GatedPage {
  problems: GateProblem[];
  /** Each built file the rules asked about (a script under `_astro/`), with whether it was there. */
  asked: [file: string, there: boolean][];
  /** The page's links and ids, read in the same pass for the link check (src/check/built-links.ts). */
  links: PageLinkTargets;
}

/** The options every page is gated with as it is rendered: never as a redirect page. */
export interface AsRenderedOptions {
  outDir: string;
  base: string;
  csp: string;
}

/** The key of a page's bytes. */
export function fingerprint(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('base64');
}

/**
 * A worker thread, started with the first page, that gates each page it is
 * given. `finish()` answers with every page it gated, by fingerprint, or with
 * none if the worker failed (then every file is gated after the build).
 */
export class GateAsRendered {
  readonly #options: AsRenderedOptions;
  readonly #known: ReadonlyMap<string, GatedPage>;
  #worker: Worker | undefined;
  #results: Promise<Map<string, GatedPage>> | undefined;
  /** How many pages have been handed over. */
  pages = 0;

  /** `known`: what the last build found on each page it gated, by fingerprint (loadVerdicts). */
  constructor(options: AsRenderedOptions, known: ReadonlyMap<string, GatedPage> = new Map()) {
    this.#options = options;
    this.#known = known;
  }

  /** Gates a rendered page's bytes (copied to the worker), or takes the last build's verdict on the same bytes. */
  page(bytes: Uint8Array): void {
    this.pages++;
    // The last build's verdict stands for the same bytes (finish() answers with it).
    if (this.#known.size > 0 && this.#known.has(fingerprint(bytes))) return;
    this.#start().postMessage(bytes);
  }

  /** Whether any built file may be settled by what this gate knows: pages handed to it, or the last build's verdicts. */
  get settles(): boolean {
    return this.pages > 0 || this.#known.size > 0;
  }

  /**
   * Every page gated so far, once the worker has gated them all, and the last
   * build's verdicts, for a built file with the bytes of a page it gated that
   * was never handed over (a page taken from the last build is placed in the
   * built site after rendering).
   */
  async finish(): Promise<Map<string, GatedPage>> {
    const gated = new Map(this.#known);
    if (!this.#worker) return gated;
    // The worker runs unreferenced while pages render, so a build that stops early ends; here the build waits for it.
    this.#worker.ref();
    this.#worker.postMessage('finish');
    for (const [key, page] of await this.#results!) gated.set(key, page);
    return gated;
  }

  #start(): Worker {
    if (this.#worker) return this.#worker;
    const worker = new Worker(new URL('./as-rendered-worker.mjs', import.meta.url), { workerData: this.#options });
    worker.unref();
    this.#results = new Promise((resolve) => {
      worker.once('message', (gated: [string, GatedPage][]) => {
        resolve(new Map(gated));
        void worker.terminate();
      });
      // A worker that fails leaves every page to be gated after the build: slower, never less safe.
      worker.once('error', () => resolve(new Map()));
      worker.once('exit', () => resolve(new Map()));
    });
    this.#worker = worker;
    return worker;
  }
}

/**
 * Which of `job.files` the pages gated as they were rendered settle, and
 * which must still be gated: `settled[i]` is file i's problems, or undefined
 * for a file in `remaining`; `pages` holds what was found on each settled file.
 */
export function settleFromRendered(
  job: GateFilesJob,
  gated: ReadonlyMap<string, GatedPage>,
  read: (file: string) => Uint8Array = (file) => readFileSync(path.join(job.outDir, file)),
  exists: (file: string) => boolean = (file) => existsSync(path.join(job.outDir, file)),
): { settled: (GateProblem[] | undefined)[]; remaining: string[]; pages: Map<string, GatedPage>; fingerprints: Map<string, string> } {
  const redirects = new Set(job.redirects);
  const remaining: string[] = [];
  const pages = new Map<string, GatedPage>();
  const fingerprints = new Map<string, string>();
  // Every page asks about the same few script files: each is looked up once.
  const there = new Map<string, boolean>();
  const existsNow = (file: string) => there.get(file) ?? there.set(file, exists(file)).get(file)!;
  const settled = job.files.map((file) => {
    const sitePath = sitePathOfHtmlFile(file);
    const key = file.endsWith('.html') && !(sitePath !== undefined && redirects.has(sitePath)) ? fingerprint(read(file)) : undefined;
    const page = key === undefined ? undefined : gated.get(key);
    if (page && page.asked.every(([asked, wasThere]) => existsNow(asked) === wasThere)) {
      pages.set(file, page);
      fingerprints.set(file, key!);
      return page.problems;
    }
    remaining.push(file);
    return undefined;
  });
  return { settled, remaining, pages, fingerprints };
}

/** The key the last build's verdicts are kept under: the gate's code (as a key of it) and options. */
function verdictsKey(code: string, options: AsRenderedOptions): string {
  return createHash('sha256').update(JSON.stringify([code, options])).digest('hex');
}

/** What the last build's gate found on each page, by fingerprint, if it ran the same code with the same options; else none. */
export function loadVerdicts(file: string, code: string, options: AsRenderedOptions): Map<string, GatedPage> {
  try {
    const saved = JSON.parse(readFileSync(file, 'utf8')) as { key: string; pages: [string, GatedPage][] };
    return saved.key === verdictsKey(code, options) ? new Map(saved.pages) : new Map();
  } catch {
    return new Map();
  }
}

/** Keeps what the gate found on each page without problems (by fingerprint) for the next build. */
export async function saveVerdicts(file: string, code: string, options: AsRenderedOptions, pages: ReadonlyMap<string, GatedPage>, fingerprints: ReadonlyMap<string, string>): Promise<void> {
  const kept: [string, GatedPage][] = [];
  for (const [page, gated] of pages) if (gated.problems.length === 0) kept.push([fingerprints.get(page)!, gated]);
  mkdirSync(path.dirname(file), { recursive: true });
  await writeAtomic(file, JSON.stringify({ key: verdictsKey(code, options), pages: kept }));
}

/** `settled` with its gaps filled, in order, from the problems of the files that were gated after the build. */
export function fillGaps(settled: readonly (GateProblem[] | undefined)[], rest: readonly GateProblem[][]): GateProblem[][] {
  let next = 0;
  return settled.map((problems) => problems ?? rest[next++]!);
}
