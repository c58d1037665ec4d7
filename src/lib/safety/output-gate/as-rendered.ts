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
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { sitePathOfHtmlFile } from '../../feeds/sitemap.ts';
import type { PageLinkTargets } from '../../links/html-links.ts';
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
  #worker: Worker | undefined;
  #results: Promise<Map<string, GatedPage>> | undefined;
  /** How many pages have been handed over. */
  pages = 0;

  constructor(options: AsRenderedOptions) {
    this.#options = options;
  }

  /** Gates a rendered page's bytes (copied to the worker). */
  page(bytes: Uint8Array): void {
    this.#start().postMessage(bytes);
    this.pages++;
  }

  /** Every page gated so far, once the worker has gated them all. */
  finish(): Promise<Map<string, GatedPage>> {
    if (!this.#worker) return Promise.resolve(new Map());
    // The worker runs unreferenced while pages render, so a build that stops early ends; here the build waits for it.
    this.#worker.ref();
    this.#worker.postMessage('finish');
    return this.#results!;
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
): { settled: (GateProblem[] | undefined)[]; remaining: string[]; pages: Map<string, GatedPage> } {
  const redirects = new Set(job.redirects);
  const remaining: string[] = [];
  const pages = new Map<string, GatedPage>();
  // Every page asks about the same few script files: each is looked up once.
  const there = new Map<string, boolean>();
  const existsNow = (file: string) => there.get(file) ?? there.set(file, exists(file)).get(file)!;
  const settled = job.files.map((file) => {
    const sitePath = sitePathOfHtmlFile(file);
    const page = file.endsWith('.html') && !(sitePath !== undefined && redirects.has(sitePath)) ? gated.get(fingerprint(read(file))) : undefined;
    if (page && page.asked.every(([asked, wasThere]) => existsNow(asked) === wasThere)) {
      pages.set(file, page);
      return page.problems;
    }
    remaining.push(file);
    return undefined;
  });
  return { settled, remaining, pages };
}

/** `settled` with its gaps filled, in order, from the problems of the files that were gated after the build. */
export function fillGaps(settled: readonly (GateProblem[] | undefined)[], rest: readonly GateProblem[][]): GateProblem[][] {
  let next = 0;
  return settled.map((problems) => problems ?? rest[next++]!);
}
