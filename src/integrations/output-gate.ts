import type { AstroIntegration, AstroIntegrationLogger, AstroPrerenderer } from 'astro';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { glob } from 'tinyglobby';
import { checkContentForBuild } from '../check/content-check.ts';
import { formatReport, type Finding } from '../lib/core/findings.ts';
import { fillGaps, GateAsRendered, loadVerdicts, saveVerdicts, settleFromRendered, type AsRenderedOptions, type GatedPage } from '../lib/safety/output-gate/as-rendered.ts';
import { gateFilesAlongside, type GateFilesJob } from '../lib/safety/output-gate/files.ts';
import type { GateProblem } from '../lib/safety/output-gate/rules.ts';
import { settings } from '../settings.ts';
import { CSP_META } from '../lib/safety/csp/policy.ts';
import { alertPath } from '../lib/incidents/alerts.ts';
import { failBuild } from './fail-build.ts';
import { startLinkCheck } from './link-check.ts';
import { cachingPrerenderer } from './page-cache.ts';
import { assetsKey, codeKey, emptyOutDirKeepingPages, PageCache } from '../lib/build/page-cache.ts';
import { engineFile } from '../engine-root.ts';
import { countOf } from '../lib/core/count-of.ts';
import { collectGarbage } from '../lib/build/memory.ts';

/** Files a worker thread takes at least: below that, starting one more costs more than it saves. */
const FILES_PER_WORKER = 200;

/**
 * Holds every built HTML page and SVG file to the output gate, with an HTML
 * parser, and fails the build, naming the file and line, on anything that
 * could run code or send the reader elsewhere (see src/lib/safety/output-gate/rules.ts):
 * whatever produced it, content, a component or a layout. Runs on every
 * build, before Pagefind, so `npm run build` and CI agree.
 * It also holds every page to carrying the CSP as a <meta> (src/lib/safety/csp/policy.ts).
 *
 * Pages are gated as Astro renders them, in a worker thread
 * (src/lib/safety/output-gate/as-rendered.ts), through Astro's prerenderer
 * API, unless the site has an adapter (which may set a prerenderer of its own). After the build every file is read again: what was gated counts only
 * for a file with the same bytes, and every other file (an SVG, a redirect
 * page, a page written some other way) is gated then, in worker threads and
 * this thread, while this thread also runs the link check, with the links the
 * worker read from the pages it settled (src/integrations/link-check.ts reports it, after the gate).
 *
 * The same prerenderer takes pages that are unchanged since the last build
 * from it instead of rendering them (src/integrations/page-cache.ts), placed
 * in the built site here before the gate reads it, and the gate takes its
 * last verdict on a page with exactly the same bytes: Astro lets a build set
 * one prerenderer, so both live here.
 */
export function outputGate(): AstroIntegration {
  let outDir: string | undefined;
  let cacheDir: string | undefined;
  let adapter = false;
  let asRendered: GateAsRendered | undefined;
  let pages: PageCache | undefined;
  /** Where the gate's verdicts are kept for the next build, and the key of the code that reached them. */
  let verdicts: { file: string; code: string; options: AsRenderedOptions } | undefined;
  return {
    name: 'ops-manual:output-gate',
    hooks: {
      'astro:config:setup': ({ command, updateConfig }) => {
        // The engine empties the output folder itself, leaving the pages a rebuild takes again in place (build:start).
        if (command === 'build') updateConfig({ vite: { build: { emptyOutDir: false } } });
      },
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir);
        cacheDir = fileURLToPath(config.cacheDir);
        adapter = config.adapter !== undefined;
      },
      'astro:build:start': ({ setPrerenderer }) => {
        // What the content sync left behind goes before bundling adds to it (src/lib/build/memory.ts).
        collectGarbage();
        const folder = path.join(cacheDir!, 'ops-manual-pages');
        // An adapter may bring its own prerenderer, which Astro's API would let this one replace: then every file is gated after the build, and no page is taken.
        if (adapter) {
          emptyOutDirKeepingPages(outDir!);
          return;
        }
        const inPlace = emptyOutDirKeepingPages(outDir!, folder);
        const code = codeKey(engineFile('.'), process.cwd());
        const options: AsRenderedOptions = { outDir: outDir!, base: settings.base, csp: CSP_META };
        verdicts = { file: path.join(cacheDir!, 'ops-manual-gate.json'), code, options };
        const gate = new GateAsRendered(options, loadVerdicts(verdicts.file, code, options));
        asRendered = gate;
        // Pages whose inputs are unchanged since the last build are taken from it, not rendered (src/integrations/page-cache.ts).
        const open = () => (pages = new PageCache(folder, `${code}\n${assetsKey(outDir!)}`, outDir!, inPlace));
        setPrerenderer((rendering) => gatingPrerenderer(cachingPrerenderer(rendering, settings.base, outDir!, open), gate));
      },
      'astro:build:done': async ({ dir, logger }) => {
        const gate = asRendered;
        const cache = pages;
        asRendered = undefined;
        pages = undefined;
        const built = fileURLToPath(dir);
        // The pages taken from the last build and not in place already, which Astro never saw, go in before anything reads the built site.
        cache?.place();
        const gated = await gateBuiltSite(built, logger, gate);
        // The rendered pages are kept with the fingerprints the gate took of the built files.
        const fingerprintOf = (file: string) => gated?.fingerprints.get(path.relative(built, file).split(path.sep).join('/'));
        await Promise.all([cache?.finish(fingerprintOf), verdicts && gated && saveVerdicts(verdicts.file, verdicts.code, verdicts.options, gated.pages, gated.fingerprints)]);
        if (cache) logger.info(`${countOf(cache.taken, 'page')} unchanged since the last build, taken from it; ${countOf(cache.written, 'page')} rendered and kept for the next`);
      },
    },
  };
}

/**
 * Astro's prerenderer with each rendered page's bytes also handed to the
 * gate. Redirect pages and endpoints are not seen (they are gated after the
 * build); Astro writes the same bytes it is given back.
 */
export function gatingPrerenderer(rendering: AstroPrerenderer, gate: Pick<GateAsRendered, 'page'>): AstroPrerenderer {
  return {
    ...(rendering.setup ? { setup: () => rendering.setup!() } : {}),
    ...(rendering.collectStaticImages ? { collectStaticImages: () => rendering.collectStaticImages!() } : {}),
    ...(rendering.teardown ? { teardown: () => rendering.teardown!() } : {}),
    name: `${rendering.name}, gated by ops-manual`,
    getStaticPaths: () => rendering.getStaticPaths(),
    async render(request, options) {
      const result = await rendering.render(request, options);
      const response = result instanceof Response ? result : result.response;
      // As Astro writes them: a redirect's page is made by Astro from its answer, any other answer's body as it is (a 404 page's too).
      const redirect = response.status >= 300 && response.status < 400;
      if (options.routeData.type !== 'page' || redirect || !response.body) return result;
      const bytes = new Uint8Array(await response.arrayBuffer());
      gate.page(bytes);
      const same = new Response(bytes, { status: response.status, statusText: response.statusText, headers: response.headers });
      return result instanceof Response ? same : { ...result, response: same };
    },
  };
}

/** Gates the built site; what was found on each page gated as it was rendered, for the next build. */
async function gateBuiltSite(outDir: string, logger: AstroIntegrationLogger, asRendered: GateAsRendered | undefined): Promise<Settled | undefined> {
  const { files, problems, early, settled } = await gateAlongsideLinkCheck(outDir, asRendered);
  const findings: Finding[] = files.flatMap((file, index) => {
    const shown = path.relative(process.cwd(), path.join(outDir, file)).split(path.sep).join('/');
    return problems[index]!.map((problem) => ({ file: shown, line: problem.line, message: problem.message }));
  });
  if (findings.length > 0) failBuild(logger, `The built site contains markup that could run code or send readers elsewhere, so the build failed.\n${formatReport(findings)}`);
  logger.info(`No script, event handler, redirect, form or embed that the site did not put there, in ${files.length} files (${early} gated as they were rendered)`);
  return settled;
}

/** The pages gated as they were rendered (by built file), and their fingerprints. */
type Settled = { pages: Map<string, GatedPage>; fingerprints: Map<string, string> };

/**
 * Every built page and SVG file (sorted) with its problems, and how many the
 * gate settled as they were rendered. The files left are shared out to worker
 * threads and this thread, which runs the link check first (with the links
 * read from the pages as they were rendered, if they were).
 */
async function gateAlongsideLinkCheck(outDir: string, asRendered: GateAsRendered | undefined): Promise<{ files: string[]; problems: GateProblem[][]; early: number; settled?: Settled }> {
  const { entries } = await checkContentForBuild();
  // The site's own redirect pages: each entry's `oldPaths`, and each run book's alert addresses.
  const redirects = [
    ...new Set(
      entries.flatMap((entry) => [
        ...(entry.data.draft === true ? [] : ((entry.data.oldPaths as string[] | undefined) ?? [])),
        ...(entry.collection === 'runbooks' ? ((entry.data.alerts as string[] | undefined) ?? []).map(alertPath) : []),
      ]),
    ),
  ];
  const files = (await glob(['**/*.html', '**/*.svg'], { cwd: outDir, ignore: ['pagefind/**'] })).sort();
  const job: GateFilesJob = { outDir, files, base: settings.base, redirects, csp: CSP_META };
  if (!asRendered || !asRendered.settles) {
    const workers = Math.max(1, Math.min(availableParallelism() - 1, Math.ceil(files.length / FILES_PER_WORKER)));
    return { files, problems: await gateFilesAlongside(job, workers, () => startLinkCheck(outDir)), early: 0 };
  }
  const { settled, remaining, pages, fingerprints } = settleFromRendered(job, await asRendered.finish());
  const workers = Math.min(availableParallelism() - 1, Math.floor(remaining.length / FILES_PER_WORKER));
  // The link check takes the links the worker read from the pages settled; the gate goes on whether or not it succeeds (it reports its own failure).
  const rest = await gateFilesAlongside({ ...job, files: remaining }, workers, () => startLinkCheck(outDir, (file) => pages.get(file)?.links));
  return { files, problems: fillGaps(settled, rest), early: files.length - remaining.length, settled: { pages, fingerprints } };
}
