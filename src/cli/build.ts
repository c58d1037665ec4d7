/**
 * `ops-manual build` (a site's `npm run build`): `astro build` through every
 * gate, then the search index in this small process once the build's has
 * ended, so Pagefind and the build never hold memory at the same time (at
 * 3,000 pages they did: about 1.2 GiB and 0.65 GiB at once). The pages, the
 * index and the verdict are those of a plain `astro build`, which indexes in
 * its own process. Options after `build` go to `astro build`.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { INDEX_AFTER_BUILD, indexSite, type IndexRequest } from '../integrations/search-index.ts';
import { SEARCH_INDEX_ENTRY } from '../lib/build/generated.ts';

const STEP = 'ops-manual:pagefind';

/** A line in the build log's own form: time, [step], message. */
function log(message: string, stream: NodeJS.WriteStream = process.stdout): void {
  stream.write(`${new Date().toTimeString().slice(0, 8)} [${STEP}] ${message}\n`);
}

function fail(message: string): never {
  log(message, process.stderr);
  process.exit(1);
}

// The site's own Astro, as `astro build` in its folder would use.
const astro = path.join(path.dirname(createRequire(path.join(process.cwd(), 'package.json')).resolve('astro/package.json')), 'bin/astro.mjs');
// --expose-gc: the build collects its garbage before bundling and before rendering, for a lower peak (src/lib/build/memory.ts).
const build = spawn(process.execPath, ['--expose-gc', astro, 'build', ...process.argv.slice(2)], {
  stdio: ['inherit', 'inherit', 'inherit', 'ipc'],
  env: { ...process.env, [INDEX_AFTER_BUILD]: '1' },
});
let site: string | undefined;
build.on('message', (message: Partial<IndexRequest>) => {
  if (typeof message?.opsManualSearchIndex === 'string') site = message.opsManualSearchIndex;
});
const status = await new Promise<number>((resolve) => build.on('close', (code, signal) => resolve(code ?? (signal ? 1 : 0))));
if (status !== 0) process.exit(status);
if (site === undefined) fail('The build ended without reaching its search index step, so it failed: the site has no search index.');

const started = performance.now();
let pages: number;
try {
  pages = await indexSite(site);
} catch (error) {
  fail((error as Error).message);
}
if (!existsSync(path.join(site, SEARCH_INDEX_ENTRY))) fail(`The search index was not written (no ${SEARCH_INDEX_ENTRY}), so the build failed.`);
log(`Indexed ${pages} pages in ${Math.round(performance.now() - started)} ms`);
