import type { AstroIntegration } from 'astro';
import { afterBuild } from './after-build.ts';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { glob } from 'tinyglobby';
import { checkContentForBuild } from '../check/content-check.ts';
import { formatReport, type Finding } from '../lib/core/findings.ts';
import { gateFilesAlongside } from '../lib/safety/output-gate/files.ts';
import type { GateProblem } from '../lib/safety/output-gate/rules.ts';
import { settings } from '../settings.ts';
import { CSP_META } from '../lib/safety/csp/policy.ts';
import { alertPath } from '../lib/incidents/alerts.ts';
import { failBuild } from './fail-build.ts';
import { startLinkCheck } from './link-check.ts';

/** Files a worker thread takes at least: below that, starting one more costs more than it saves. */
const FILES_PER_WORKER = 200;

/**
 * After the build, reads every built HTML page and SVG file with an HTML
 * parser and fails the build, naming the file and line, on anything that
 * could run code or send the reader elsewhere (see src/lib/safety/output-gate/rules.ts):
 * whatever produced it, content, a component or a layout. Runs on every
 * build, before Pagefind, so `npm run build` and CI agree.
 * It also holds every page to carrying the CSP as a <meta> (src/lib/safety/csp/policy.ts).
 *
 * The pages are parsed in worker threads (one less than the cores, at least
 * one), while this thread runs the link check, which reads the same pages for
 * their links (src/integrations/link-check.ts reports it, after the gate), and
 * then gates a smaller share of the pages itself.
 */
export function outputGate(): AstroIntegration {
  return afterBuild('ops-manual:output-gate', async (outDir, logger) => {
    const { files, problems } = await gateAlongsideLinkCheck(outDir);
    const findings: Finding[] = files.flatMap((file, index) => {
      const shown = path.relative(process.cwd(), path.join(outDir, file)).split(path.sep).join('/');
      return problems[index]!.map((problem) => ({ file: shown, line: problem.line, message: problem.message }));
    });
    if (findings.length > 0) failBuild(logger, `The built site contains markup that could run code or send readers elsewhere, so the build failed.\n${formatReport(findings)}`);
    logger.info(`No script, event handler, redirect, form or embed that the site did not put there, in ${files.length} files`);
  });
}

/** Every built page and SVG file (sorted) with its problems, shared out file by file to worker threads and, once the link check is done, this thread. */
async function gateAlongsideLinkCheck(outDir: string): Promise<{ files: string[]; problems: GateProblem[][] }> {
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
  const workers = Math.max(1, Math.min(availableParallelism() - 1, Math.ceil(files.length / FILES_PER_WORKER)));
  return { files, problems: await gateFilesAlongside({ outDir, files, base: settings.base, redirects, csp: CSP_META }, workers, () => startLinkCheck(outDir)) };
}
