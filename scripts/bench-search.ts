/**
 * Search benchmark for a built site: the Pagefind index size, the search
 * page's weight (it carries the A to Z list), and the time from a query to
 * rendered results in Chromium, first search (engine and index cold) and
 * later ones (median). `npm run bench` calls it on each corpus it builds;
 * on its own:
 *
 *   node scripts/bench-search.ts dist/ [query ...]
 */
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { globSync } from 'tinyglobby';
import { launchChromium } from './bench/chromium.ts';
import { gzipSize, median } from './bench/page-weight.ts';
import { serveStatic } from './bench/static-server.ts';

/** Words the synthetic corpus (and real operations guidance) is full of. */
export const BENCH_QUERIES = ['incident', 'database backup', 'rollback', 'monitoring alerts', 'certificate rotation', 'on call', 'deployment pipeline', 'access'];

export interface SearchBench {
  /** Every file Pagefind wrote, as stored (its chunks are already compressed). */
  indexKiB: number;
  indexFiles: number;
  /** What the browser fetched for all the searches: engine, WebAssembly, index chunks, result fragments. */
  fetchedKiB: number;
  queries: number;
  searchPageGzipKiB: number;
  firstQueryMs: number;
  medianQueryMs: number;
  results: number;
}

export async function benchSearch(outDir: string, queries: readonly string[] = BENCH_QUERIES): Promise<SearchBench> {
  const indexFiles = globSync('pagefind/**/*', { cwd: outDir, onlyFiles: true });
  const indexBytes = indexFiles.reduce((sum, file) => sum + statSync(path.join(outDir, file)).size, 0);
  const searchPageGzip = gzipSize(readFileSync(path.join(outDir, 'search/index.html')));

  const server = await serveStatic({ root: outDir });
  const browser = await launchChromium();
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await page.goto(`${server.url}search/`, { waitUntil: 'load' });
    let fetched = 0;
    page.on('requestfinished', (request) => {
      if (request.url().includes('/pagefind/')) void request.sizes().then((sizes) => (fetched += sizes.responseBodySize));
    });
    const timings: number[] = [];
    let results = 0;
    for (const query of queries) {
      // Typed into the form and submitted as a reader would; timed in the page until the results are on screen.
      const timing = await page.evaluate(async (words) => {
        const input = document.querySelector<HTMLInputElement>('#search-input')!;
        const form = document.querySelector<HTMLFormElement>('[data-search-form]')!;
        const status = document.querySelector('[data-search-status]')!;
        const list = document.querySelector('[data-search-results]')!;
        const done = () => status.textContent?.includes(`“${words}”`) && !list.hasAttribute('aria-busy');
        const started = performance.now();
        const finished = new Promise<number>((resolve) => {
          new MutationObserver((_, observer) => {
            if (!done()) return;
            observer.disconnect();
            requestAnimationFrame(() => resolve(performance.now() - started)); // until the next frame paints them
          }).observe(status, { childList: true, characterData: true, subtree: true });
        });
        input.value = words;
        form.requestSubmit();
        return { ms: await finished, results: list.children.length };
      }, query);
      timings.push(timing.ms);
      results += timing.results;
    }
    await context.close();
    return {
      indexKiB: indexBytes / 1024,
      indexFiles: indexFiles.length,
      fetchedKiB: fetched / 1024,
      queries: queries.length,
      searchPageGzipKiB: searchPageGzip / 1024,
      firstQueryMs: timings[0]!,
      medianQueryMs: median(timings.slice(1)),
      results,
    };
  } finally {
    await browser.close();
    await server.close();
  }
}

export function describeSearchBench(bench: SearchBench): string {
  return [
    `Pagefind index ${bench.indexKiB.toFixed(0)} KiB in ${bench.indexFiles} files; ${bench.queries} searches fetched ${bench.fetchedKiB.toFixed(0)} KiB of it.`,
    `Search page (with the A to Z list) ${bench.searchPageGzipKiB.toFixed(1)} KiB gzip.`,
    `Query to rendered results in Chromium: first search ${bench.firstQueryMs.toFixed(0)} ms (engine and index loading), later searches ${bench.medianQueryMs.toFixed(0)} ms (median).`,
  ].join('\n');
}

if (import.meta.main) {
  const [outDir, ...queries] = process.argv.slice(2);
  if (!outDir) {
    console.error('usage: node scripts/bench-search.ts <built site folder> [query ...]');
    process.exit(1);
  }
  console.log(describeSearchBench(await benchSearch(path.resolve(outDir), queries.length ? queries : BENCH_QUERIES)));
}
