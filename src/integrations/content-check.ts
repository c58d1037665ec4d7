import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { ViteDevServer } from 'vite';
import { checkContent, checkContentForBuild } from '../check/content-check.ts';
import { checkContentAndAssets } from './content-assets.ts';
import { contentDirectory } from '../collections.ts';
import { failures, formatReport, type Finding } from '../lib/core/findings.ts';
import { failBuild } from './fail-build.ts';
import { findingsPage, overlayPayload, plainLogMessage } from '../lib/build/dev-report.ts';
import { decideBuildToday } from '../data/today.ts';
import { siteSources } from '../lib/sources/site.ts';
import { parses } from '../kinds/read-entry.ts';

/**
 * Runs the content check before Astro loads any content, so authors see every
 * problem at once, with file, line and what to write, and the build stops.
 * Under `npm run dev` it runs again on every change to the content, and while
 * there are problems every page shows them instead of the last good page.
 */
export function contentCheck(): AstroIntegration {
  // Astro can set a server up outside `astro dev` (under Vitest, a build does): only the dev server checks on changes.
  let dev = false;
  let build = false;
  return {
    name: 'ops-manual:content-check',
    hooks: {
      'astro:config:setup': async ({ command, logger }) => {
        dev = command === 'dev';
        build = command === 'build';
        // Decide "today" once, before any page renders: a bad OPS_MANUAL_TODAY stops here, not halfway through.
        try {
          decideBuildToday((message) => logger.warn(message));
        } catch (error) {
          logger.error((error as Error).message);
          if (command === 'build') process.exit(1);
        }
        // Federated sources (content/sources.yaml) are fetched first, once, one line each: the check and the
        // content loaders read the same copies. A source that cannot be fetched is a finding the check reports.
        await siteSources(process.cwd(), contentDirectory(), { log: (line) => logger.info(line) });
        // The dev server checks when it starts and on every change (below).
        if (command === 'dev') plainAstroMessages(logger);
      },
      // After astro:routes:resolved, so links are checked against the routes Astro resolved (src/check/route-table.ts).
      'astro:config:done': async ({ logger }) => {
        if (dev) return;
        const started = performance.now();
        const { entries, findings } = await (build ? checkContentForBuild() : checkContent());
        if (findings.length === 0) {
          if (build) logger.info(`Checked ${entries.length} files in ${Math.round(performance.now() - started)} ms`);
          return;
        }
        const report = formatReport(findings);
        if (failures(findings).length === 0) {
          // Warnings only: the same report `npm run check` prints, and the build goes on.
          logger.warn(report);
          return;
        }
        if (!build) {
          logger.error(report);
          return;
        }
        failBuild(logger, `The content has problems, so the site was not built.\n${report}`);
      },
      'astro:build:done': ({ logger }) => {
        // The content loaders took what the check read: each file parsed once (a build test holds it to that).
        const read = parses();
        logger.info(`Read ${read.files} content files with ${read.parses} parses`);
      },
      'astro:server:setup': ({ server, logger }) => {
        if (dev) serveVerdict(server, logger);
      },
    },
  };
}

/** Astro's content errors are Markdown for its overlay; the terminal gets them plain (see plainLogMessage). */
function plainAstroMessages(logger: AstroIntegrationLogger): void {
  const destination = logger.options.destination;
  const write = destination.write.bind(destination);
  destination.write = (event) => write(typeof event.message === 'string' ? { ...event, message: plainLogMessage(event.message) } : event);
}

/** How long to wait for more changes before checking again (editors often write several files at once). */
const SETTLE_MS = 60;

async function findingsNow(root: string): Promise<Finding[]> {
  try {
    // What npm run check reports: the entries and the files beside them.
    return (await checkContentAndAssets(root)).findings;
  } catch (error) {
    const message = (error instanceof Error ? error.message : String(error)).split('\n')[0];
    return [{ file: contentDirectory(), line: 1, message: `could not be checked: ${message}. This is a fault in the check: please report it.` }];
  }
}

/** Requests for pages and endpoints; not Vite's own modules, source files or files in public/. */
function isRouteRequest(url: string | undefined, accept: string | undefined, base: string, root: string): boolean {
  if (!url) return false;
  const [pathname, query] = url.split('?', 2) as [string, string | undefined];
  const local = pathname.startsWith(base) ? `/${pathname.slice(base.length)}` : pathname;
  if (/^\/(@|__|src\/|node_modules\/|\.astro\/)/.test(local) || local.includes('/node_modules/')) return false;
  // A browser asking for a page, whatever its query; otherwise a query marks one of Vite's module requests.
  if (accept?.includes('text/html')) return true;
  if (query !== undefined && query !== '') return false;
  let decoded = local;
  try {
    decoded = decodeURIComponent(local);
  } catch {
    // Left as written.
  }
  return !(decoded !== '/' && !decoded.endsWith('/') && existsSync(path.join(root, 'public', decoded)));
}

function serveVerdict(server: ViteDevServer, logger: AstroIntegrationLogger): void {
  const root = process.cwd();
  const contentRoot = path.resolve(root, contentDirectory());
  const base = server.config.base.endsWith('/') ? server.config.base : `${server.config.base}/`;
  let current = findingsNow(root);
  let printed = '';
  let findingsShown: Finding[] = [];

  function show(findings: Finding[], from: Promise<Finding[]>): void {
    if (from !== current) return; // A newer check is on its way.
    const report = findings.length ? formatReport(findings) : '';
    if (report === printed) return;
    const wasBroken = printed !== '' && failures(findingsShown).length > 0;
    findingsShown = findings;
    printed = report;
    if (failures(findings).length === 0) {
      // Warnings only: printed as npm run check prints them; pages are served.
      if (report) logger.warn(report);
      if (wasBroken) {
        logger.info('The content check passes again.');
        server.ws.send({ type: 'full-reload', path: '*' });
      }
    } else {
      logger.error(`Every page shows these problems until they are fixed.\n${report}`);
      server.ws.send(overlayPayload(findings, (file) => path.resolve(root, file)));
    }
  }
  void current.then((findings) => show(findings, current));

  let waiting: { promise: Promise<Finding[]>; resolve: (findings: Finding[]) => void } | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  function recheck(): void {
    if (!waiting) {
      let resolve!: (findings: Finding[]) => void;
      const promise = new Promise<Finding[]>((done) => (resolve = done));
      waiting = { promise, resolve };
      current = promise;
      void promise.then((findings) => show(findings, promise));
    }
    clearTimeout(timer);
    timer = setTimeout(() => {
      const settled = waiting!;
      waiting = undefined;
      void findingsNow(root).then(settled.resolve);
    }, SETTLE_MS);
  }

  server.watcher.add(contentRoot);
  server.watcher.on('all', (_event, file) => {
    const relative = path.relative(contentRoot, path.resolve(file));
    if (!relative.startsWith('..') && !path.isAbsolute(relative)) recheck();
  });

  server.middlewares.use((request, response, next) => {
    if (!isRouteRequest(request.url, request.headers.accept, base, root)) return next();
    // Wait for the check of the latest change, so a page is never served from content that has just broken.
    void current.then((findings) => {
      if (failures(findings).length === 0) return next();
      response.statusCode = 500;
      response.setHeader('Content-Type', 'text/html; charset=utf-8');
      response.setHeader('Cache-Control', 'no-store');
      response.end(findingsPage(findings, `${base}@vite/client`));
    });
  });
}
