import type { AstroIntegration } from 'astro';
import { afterBuild } from './after-build.ts';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { glob } from 'tinyglobby';
import { checkContentForBuild } from '../check/content-check.ts';
import { formatReport, type Finding } from '../lib/core/findings.ts';
import { sitePathOfHtmlFile } from '../lib/feeds/sitemap.ts';
import { gateProblems } from '../lib/safety/output-gate/rules.ts';
import { svgProblems } from '../lib/safety/assets/content-assets.ts';
import { settings } from '../settings.ts';
import { CSP_META } from '../lib/safety/csp/policy.ts';
import { alertPath } from '../lib/incidents/alerts.ts';
import { failBuild } from './fail-build.ts';

/**
 * After the build, reads every built HTML page and SVG file with an HTML
 * parser and fails the build, naming the file and line, on anything that
 * could run code or send the reader elsewhere (see src/lib/safety/output-gate/rules.ts):
 * whatever produced it, content, a component or a layout. Runs on every
 * build, before the link check and Pagefind, so `npm run build` and CI agree.
 * It also holds every page to carrying the CSP as a <meta> (src/lib/safety/csp/policy.ts).
 */
export function outputGate(): AstroIntegration {
  return afterBuild('ops-manual:output-gate', async (outDir, logger) => {
    const { entries } = await checkContentForBuild();
    // The site's own redirect pages: each entry's `oldPaths`, and each run book's alert addresses.
    const redirects = new Set(
      entries.flatMap((entry) => [
        ...(entry.data.draft === true ? [] : ((entry.data.oldPaths as string[] | undefined) ?? [])),
        ...(entry.collection === 'runbooks' ? ((entry.data.alerts as string[] | undefined) ?? []).map(alertPath) : []),
      ]),
    );
    const files = (await glob(['**/*.html', '**/*.svg'], { cwd: outDir, ignore: ['pagefind/**'] })).sort();
    const findings: Finding[] = [];
    for (const file of files) {
      const html = await readFile(path.join(outDir, file), 'utf8');
      const sitePath = sitePathOfHtmlFile(file);
      // An SVG file (from public/ or an image a page shows) is held to the content SVG rules.
      const problems = file.endsWith('.svg')
        ? svgProblems(html).map((problem) => ({ ...problem, message: `the SVG ${problem.message}` }))
        : gateProblems(html, {
            base: settings.base,
            redirect: sitePath !== undefined && redirects.has(sitePath),
            exists: (asset) => existsSync(path.join(outDir, asset)),
            // Every page carries the policy as a <meta>.
            csp: CSP_META,
          });
      const shown = path.relative(process.cwd(), path.join(outDir, file)).split(path.sep).join('/');
      findings.push(...problems.map((problem) => ({ file: shown, line: problem.line, message: problem.message })));
    }
    if (findings.length > 0) failBuild(logger, `The built site contains markup that could run code or send readers elsewhere, so the build failed.\n${formatReport(findings)}`);
    logger.info(`No script, event handler, redirect, form or embed that the site did not put there, in ${files.length} files`);
  });
}
